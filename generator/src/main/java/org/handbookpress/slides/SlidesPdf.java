package org.handbookpress.slides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.pdf.HtmlToPdf;
import org.handbookpress.pdf.PdfCache;
import org.handbookpress.pdf.PdfMetadata;
import org.handbookpress.pdf.PrintNote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints a deck's slides PDF and measures it: each slide starts a page and carries a bookmark, so a
 * slide whose content does not fit its page pushes the next bookmark one page further. Measuring the
 * real layout beats guessing from the text's length, and costs nothing extra (a PDF reused from the
 * cache is measured the same way, from its bookmarks). How far a too-full slide runs on (the lowest text on
 * its last page) gives the size it fits at ({@link SlideFits}): the deck is then printed again with it, a page a slide.
 */
final class SlidesPdf {

    /**
     * @param overflowing the numbers (1-based) of slides that ran over their page
     * @param measured    false when the PDF had no outline to measure with (a user's own print layout
     *                    without bookmarks); {@code overflowing} is then empty
     * @param fits        the size each overflowing slide would fit at, as far as this print tells
     */
    record Printed(byte[] bytes, int pages, List<Integer> overflowing, boolean measured, List<PrintNote> notes, SlideFits fits) {
    }

    /** CSS px in a PDF point. */
    private static final double PX = 4.0 / 3;
    /** The slides layout's bottom margin, and a slide's border and padding above its content (print/slides.ftlh), in px. */
    private static final double BOTTOM = 36;
    private static final double CHROME = 40;

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
        Map<Integer, Double> scales = new TreeMap<>();
        HtmlToPdf.Printed result;
        try {
            result = pdf.render(doc, baseDir, meta, "slides", printed -> { }, printed -> {
                pages[0] = printed.getNumberOfPages();
                starts.addAll(slideStarts(printed));
                if (starts.size() == slideCount) {
                    for (int number : overflowing(starts, pages[0])) {
                        int next = number < starts.size() ? starts.get(number) : pages[0];
                        scales.put(number, scale(printed, starts.get(number - 1), next - 1));
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        boolean measured = starts.size() == slideCount;
        Map<Integer, Integer> percents = new TreeMap<>();
        scales.forEach((number, scale) -> percents.put(number, SlideFits.step(scale)));
        return new Printed(result.bytes(), pages[0], measured ? overflowing(starts, pages[0]) : List.of(), measured, result.notes(),
                new SlideFits(percents, Set.of()));
    }

    /**
     * The size a slide's content fits its page at: its height is read from where it ends, the lowest text on the last
     * page it runs onto (a page after the first has no top margin). Smaller type wraps into fewer lines, so the content
     * needs at most that much of its height at that size. A last page with no text (a picture) counts whole.
     */
    static double scale(PDDocument doc, int first, int last) {
        double page = doc.getPage(last).getMediaBox().getHeight() * PX - BOTTOM;
        double end = lowestText(doc, last, page);
        double needed = (last - first) * page + (end < 0 ? page : end) - CHROME;
        return needed <= 0 ? 1 : (page - CHROME) / needed;
    }

    /** The bottom of the lowest text above {@code limit} (the slide number is under it) on a page (0-based), in px from its top; -1 when none. */
    private static double lowestText(PDDocument doc, int index, double limit) {
        double[] lowest = {-1};
        try {
            PDFTextStripper text = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        double baseline = position.getYDirAdj() * PX;
                        if (baseline <= limit) {
                            // The baseline, and the font's descent under it.
                            lowest[0] = Math.max(lowest[0], baseline + 0.25 * position.getFontSizeInPt() * PX);
                        }
                    }
                }
            };
            text.setStartPage(index + 1);
            text.setEndPage(index + 1);
            text.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lowest[0];
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
