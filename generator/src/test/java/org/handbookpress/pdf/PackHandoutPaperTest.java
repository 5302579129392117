package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack prints the handout of a deck it includes on its own paper. The handout's pages were A4 whatever the pack's
 * paper: an A5 pocket guide and a Letter workbook had A4 pages in their middle, and on A5 the column beside each slide
 * was a few points wide (the engine sizes the handout from the A5 page's content), its speaker notes printed a letter a
 * line and its writing lines gone.
 */
class PackHandoutPaperTest {

    private static final String NOTE = "Introduce both trainers and say briefly why each of you started.";

    private static final String DECK = """
            ---
            title: Induction slides
            kind: slides
            handout: notes
            ---

            ## Welcome to facilitating

            Note: %s

            ---

            ## Tonight

            - What a circle is
            - Practising listening

            Note: Point to the agenda on the flipchart.

            ---

            ## Questions
            """.formatted(NOTE);

    @Test
    void anA5PackPrintsTheHandoutOnA5OneSlideAPageWithItsNotesWhole(@TempDir Path dir) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pack(dir, "A5").toFile())) {
            List<Integer> slidePages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertEquals(PDRectangle.A5.getWidth(), box.getWidth(), 1.0, "page " + page + " is A5");
                assertEquals(PDRectangle.A5.getHeight(), box.getHeight(), 1.0, "page " + page + " is A5");
                String text = text(pdf, page);
                for (int slide = 1; slide <= 3; slide++) {
                    if (text.contains("Slide " + slide + " of 3")) {
                        slidePages.add(page);
                    }
                }
            }
            assertEquals(3, slidePages.size(), "each slide's caption once: " + slidePages);
            assertEquals(3, slidePages.stream().distinct().count(), "one slide a page: " + slidePages);
            // Beside the slide the notes had a column a letter wide; under it, a sentence fits on a line.
            String first = text(pdf, slidePages.get(0)).replaceAll("\\s+", " ");
            assertTrue(first.contains(NOTE), "the speaker notes in words: " + first);
        }
    }

    @Test
    void aLetterPackPrintsTheHandoutOnLetterThreeSlidesAPage(@TempDir Path dir) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pack(dir, "Letter").toFile())) {
            int handoutPages = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertEquals(PDRectangle.LETTER.getWidth(), box.getWidth(), 1.0, "page " + page + " is Letter");
                assertEquals(PDRectangle.LETTER.getHeight(), box.getHeight(), 1.0, "page " + page + " is Letter");
                String text = text(pdf, page);
                if (text.contains("Slide 1 of 3")) {
                    handoutPages++;
                    assertTrue(text.contains("Slide 3 of 3"), "the three slides on one page: " + text);
                    assertTrue(text.replaceAll("\\s+", " ").contains(NOTE), text);
                }
            }
            assertEquals(1, handoutPages);
        }
    }

    private static Path pack(Path dir, String paper) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", """
                        title: Carers' Circle
                        language: en-GB
                        packs:
                          - id: guide
                            title: Pocket guide
                            paper: %s
                            include: [toolkit/first.md, training/deck.md]
                        """.formatted(paper),
                "index.md", "# Home\n\nHello.\n",
                "toolkit/first.md", "---\ntitle: First steps\nkind: chapter\n---\nArrange the chairs in a circle.\n",
                "training/deck.md", DECK));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        return site.resolve("downloads/guide.pdf");
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
