package org.handbookpress.slides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.handbookpress.pdf.PdfCache;
import org.handbookpress.pdf.PdfMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints a deck's slides PDF and measures it: each slide starts a page and carries a bookmark, so a
 * slide whose content does not fit its page pushes the next bookmark one page further. Measuring the
 * real layout beats guessing from the text's length, and costs nothing extra (a PDF reused from the
 * cache is measured the same way, from its bookmarks).
 */
final class SlidesPdf {

    /**
     * @param overflowing the numbers (1-based) of slides that ran over their page
     * @param measured    false when the PDF had no outline to measure with (a user's own print layout
     *                    without bookmarks); {@code overflowing} is then empty
     */
    record Printed(byte[] bytes, int pages, List<Integer> overflowing, boolean measured) {
    }

    private final PdfCache pdf;

    SlidesPdf(PdfCache pdf) {
        this.pdf = pdf;
    }

    Printed print(String html, Path baseDir, PdfMetadata meta, int slideCount) throws IOException {
        Document doc = Jsoup.parse(html);
        // The HTML parser ends the head at the unknown <bookmarks> element and moves it, and anything
        // after it, into the body; OpenHTMLtoPDF reads bookmarks and styles only from the head.
        for (Element misplaced : doc.body().select("> bookmarks, > style, > meta, > link, > title")) {
            doc.head().appendChild(misplaced);
        }
        List<Integer> starts = new ArrayList<>();
        int[] pages = new int[1];
        byte[] bytes;
        try {
            bytes = pdf.render(doc, baseDir, meta, "slides", printed -> { }, printed -> {
                pages[0] = printed.getNumberOfPages();
                starts.addAll(slideStarts(printed));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        boolean measured = starts.size() == slideCount;
        return new Printed(bytes, pages[0], measured ? overflowing(starts, pages[0]) : List.of(), measured);
    }

    /** The page index on which each top-level bookmark lands, in order. */
    private static List<Integer> slideStarts(PDDocument doc) {
        List<Integer> starts = new ArrayList<>();
        PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return starts;
        }
        try {
            for (PDOutlineItem item : outline.children()) {
                PDPage page = item.findDestinationPage(doc);
                starts.add(page == null ? -1 : doc.getPages().indexOf(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts;
    }

    /** Slides that take more than one page: the next slide starts two or more pages later. */
    static List<Integer> overflowing(List<Integer> starts, int pageCount) {
        List<Integer> spilled = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int next = i + 1 < starts.size() ? starts.get(i + 1) : pageCount;
            if (starts.get(i) >= 0 && next >= 0 && next - starts.get(i) > 1) {
                spilled.add(i + 1);
            }
        }
        return spilled;
    }
}
