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
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack prints the handout of a deck it includes on its own paper. The handout's pages were A4 whatever the pack's
 * paper: an A5 pocket guide and a Letter workbook had A4 pages in their middle, and on A5 the column beside each slide
 * was a few points wide (the engine sizes the handout from the A5 page's content), its speaker notes printed a letter a
 * line and its writing lines gone. The handout's pages keep the pack's margins, so its running head and foot stand where
 * they do on the pack's other pages; and a deck's handout PDF on its own is on the paper of a page's own PDF.
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

    /**
     * The running head (the pack's title) and foot ("Page 5 of 6") of a handout page where
     * they are on a chapter's page: with margins of its own the handout's page had them 7 mm higher, 6 mm further out
     * (A4), or 10 mm (Letter). The three slides still share one page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"A4", "Letter", "A5"})
    void theHandoutsRunningHeadAndFootStandWhereThePacksOthersDo(String paper, @TempDir Path dir) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pack(dir, paper).toFile())) {
            int chapter = firstPageWith(pdf, "Arrange the chairs");
            int handout = firstPageWith(pdf, "Slide 1 of 3");
            assertTrue(chapter > 0 && handout > 0, "a chapter's page and a handout page");
            if (!paper.equals("A5")) {
                assertTrue(text(pdf, handout).contains("Slide 3 of 3"), "three slides a page: " + text(pdf, handout));
            }
            List<String> words = List.of("Pocket guide", "Page");
            Map<String, float[]> onChapter = marginTexts(pdf, chapter, words);
            Map<String, float[]> onHandout = marginTexts(pdf, handout, words);
            for (String start : words) {
                float[] expected = onChapter.get(start);
                float[] actual = onHandout.get(start);
                assertTrue(expected != null && actual != null, start + " on both pages: " + onChapter.keySet() + ", " + onHandout.keySet());
                assertEquals(expected[0], actual[0], 0.5, start + ": x on the handout's page");
                assertEquals(expected[1], actual[1], 0.5, start + ": y on the handout's page");
            }
        }
    }

    /** A deck's handout PDF on its own is on the paper of the handbook's other PDFs outside a pack: the first pack's. */
    @ParameterizedTest
    @ValueSource(strings = {"A5", "Letter"})
    void theHandoutOnItsOwnIsOnThePaperOfAPagesOwnPdf(String paper, @TempDir Path dir) throws Exception {
        Path site = pack(dir, paper).getParent().getParent();
        PDRectangle expected = paper.equals("A5") ? PDRectangle.A5 : PDRectangle.LETTER;
        for (String file : List.of("downloads/training/deck-handout.pdf", "downloads/toolkit/first.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve(file).toFile())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                    assertEquals(expected.getWidth(), box.getWidth(), 1.0, file + ", page " + page);
                    assertEquals(expected.getHeight(), box.getHeight(), 1.0, file + ", page " + page);
                }
                if (file.contains("handout")) {
                    // On its own no running head names the deck: each sheet's title does, on A5 too.
                    assertTrue(text(pdf, 1).contains("Induction slides · handout"), text(pdf, 1));
                }
            }
        }
    }

    /**
     * A deck's handout on its own on A5, one slide a page: each page is headed by the deck's name, where only every third
     * was (the first and the fourth of a pantry network's five slides), its slide lower than on the pages between.
     */
    @Test
    void anA5HandoutOnItsOwnHeadsEveryPageAlike(@TempDir Path dir) throws Exception {
        Path site = pack(dir, "A5").getParent().getParent();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/deck-handout.pdf").toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "one slide a page");
            for (int page = 1; page <= 3; page++) {
                String text = text(pdf, page);
                assertTrue(text.contains("Induction slides · handout") && text.contains("Slide " + page + " of 3"), "page " + page + ": " + text);
            }
        }
    }

    /** Where each of {@code words} starts in a page's margins (its top and bottom 12 %): x and y of its first letter. */
    private static Map<String, float[]> marginTexts(PDDocument pdf, int page, List<String> words) throws Exception {
        float height = pdf.getPage(page - 1).getMediaBox().getHeight();
        StringBuilder letters = new StringBuilder();
        List<TextPosition> at = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    float y = position.getYDirAdj();
                    if (!position.getUnicode().isBlank() && (y < height * 0.12f || y > height * 0.88f)) {
                        letters.append(position.getUnicode());
                        at.add(position);
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        Map<String, float[]> found = new java.util.LinkedHashMap<>();
        for (String word : words) {
            int index = letters.indexOf(word.replace(" ", ""));
            if (index >= 0) {
                found.put(word, new float[] {at.get(index).getXDirAdj(), at.get(index).getYDirAdj()});
            }
        }
        return found;
    }

    private static int firstPageWith(PDDocument pdf, String words) throws Exception {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page).contains(words)) {
                return page;
            }
        }
        return -1;
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
