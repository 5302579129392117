package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handout's row is a slide and a column for notes beside it: read from the slide to the notes, so a right-to-left
 * deck's slide stands on the right, its notes and lines on the left, with the gap between them.
 */
class RightToLeftHandoutTest {

    /** The middle of an A4 page, in points; and the right edge of the handout's content (its page's margins are 14 mm). */
    private static final float RIGHT_HALF = 595.28f / 2;
    private static final float CONTENT_RIGHT = 595.28f - 14 / 25.4f * 72;
    /** The same on Letter paper, which a pack on Letter prints its handout on. */
    private static final float LETTER_RIGHT_HALF = 612f / 2;
    private static final float LETTER_CONTENT_RIGHT = 612f - 14 / 25.4f * 72;

    private static final String DECK = """
            ---
            title: Deck
            kind: slides
            handout: notes
            ---

            ## ALPHA

            مرحبا بكم.

            Note: BRAVO ملاحظة.

            ---

            ## ثانيا

            - نقطة
            - نقطة أخرى

            ---

            ## ثالثا

            ---

            ## رابعا
            """;

    @Test
    void aRightToLeftDecksSlideIsOnTheRightAndItsNotesOnTheLeft(@TempDir Path dir) throws Exception {
        float[] arabic = positions(dir.resolve("ar"), "ar");
        assertTrue(arabic[0] > RIGHT_HALF && arabic[1] < RIGHT_HALF, "right to left, the slide at the right (its title at x "
                + arabic[0] + ") and the notes at the left (x " + arabic[1] + ")");
        // The handout's title ends at its page's right margin, not in it (it stood 7.5 pt into it, cut off).
        assertTrue(arabic[2] <= CONTENT_RIGHT + 0.5f, "the title ends at x " + arabic[2] + ", past the margin at " + CONTENT_RIGHT);
        float[] english = positions(dir.resolve("en"), "en-GB");
        assertTrue(english[0] < RIGHT_HALF && english[1] > RIGHT_HALF, "left to right, the slide at the left (its title at x "
                + english[0] + "), the notes at the right (x " + english[1] + ")");
    }

    @Test
    void anArabicDeckInAnEnglishHandbooksFolderOfTranslationsHasItsSlideOnTheRight(@TempDir Path dir) throws Exception {
        // The handout's mirrored layout followed the handbook's language: an English handbook's Arabic deck was unmirrored.
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Handbook\nlanguage: en-GB\nlanguages:\n  ar:\n    title: دليل\n",
                "index.md", "# Home\n\nHello.\n",
                "training/deck.md", DECK,
                "ar/index.md", "# الرئيسية\n\nمرحبا.\n",
                "ar/training/deck.md", DECK));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/ar/training/deck-handout.pdf").toFile())) {
            float[] arabic = positions(pdf, 1);
            assertTrue(arabic[0] > RIGHT_HALF && arabic[1] < RIGHT_HALF, "the slide at the right (its title at x "
                    + arabic[0] + ") and the notes at the left (x " + arabic[1] + ")");
        }
    }

    @Test
    void aRightToLeftPackOnLetterPaperPrintsTheHandoutTheSameWay(@TempDir Path dir) throws Exception {
        Path site = build(dir, "ar", coursePack("Letter"));
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/course.pdf").toFile())) {
            int page = firstPageWith(pdf, "BRAVO");
            assertTrue(page > 0, "the pack has the handout");
            assertEquals(612, pdf.getPage(page - 1).getMediaBox().getWidth(), 1.0, "on the pack's Letter paper");
            float[] pack = positions(pdf, page);
            assertTrue(pack[0] > LETTER_RIGHT_HALF && pack[1] < LETTER_RIGHT_HALF, "slide at x " + pack[0] + ", notes at x " + pack[1]);
            assertTrue(pack[2] <= LETTER_CONTENT_RIGHT + 0.5f, "the title ends at x " + pack[2] + ", past the margin at " + LETTER_CONTENT_RIGHT);
        }
    }

    /**
     * An A5 pack prints a slide a page, the notes under it; right to left, the slide stands at the right, level with the
     * lines and the caption under it (it stood at the left, 7 mm short of them, the gap at the side a reader starts from).
     */
    @Test
    void aRightToLeftPackOnA5PaperPrintsTheSlideAtTheRight(@TempDir Path dir) throws Exception {
        Path site = build(dir, "ar", coursePack("A5"));
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/course.pdf").toFile())) {
            int page = firstPageWith(pdf, "ALPHA");
            assertTrue(page > 0, "the pack has the handout");
            List<TextPosition> all = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    all.addAll(positions);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            float right = 0;
            for (TextPosition p : all) {
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj()); // the caption and notes end at the content's edge
            }
            int alpha = index(all, "ALPHA");
            assertTrue(alpha >= 0, "the slide's title on the page");
            TextPosition a = all.get(alpha + 4);
            float alphaEnd = a.getXDirAdj() + a.getWidthDirAdj();
            // Inside the frame the title ends its padding (29 px at 0.45 of a slide, 22 pt) and its bar from the frame's edge.
            assertTrue(right - alphaEnd < 45, "the slide's title ends at x " + alphaEnd + ", " + (right - alphaEnd)
                    + " pt short of the text beside and under it at " + right);
        }
    }

    private static int index(List<TextPosition> all, String word) {
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p.getUnicode()));
        return text.indexOf(word);
    }

    private static Path build(Path dir, String language, String more) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Handbook\nlanguage: " + language + "\n" + more,
                "index.md", "# Home\n\nHello.\n",
                "training/deck.md", DECK));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        return site;
    }

    /** The x of the slide's title and of the notes' first word on the handout's first page, and where the deck's title ends. */
    private static float[] positions(Path dir, String language) throws Exception {
        Path site = build(dir, language, "");
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/deck-handout.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages(), "three slides a page, as left to right");
            return positions(pdf, 1);
        }
    }

    private static float[] positions(PDDocument pdf, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                all.addAll(positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p.getUnicode()));
        TextPosition k = all.get(text.indexOf("Deck") + 3);
        return new float[] {x(all, "ALPHA"), x(all, "BRAVO"), k.getXDirAdj() + k.getWidthDirAdj()};
    }

    private static float x(List<TextPosition> all, String word) {
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p.getUnicode()));
        int at = text.indexOf(word);
        assertTrue(at >= 0, word + " in " + text);
        return all.get(at).getXDirAdj();
    }

    /** The number of the first page whose text holds {@code word}, from 1; 0 when none does. */
    private static int firstPageWith(PDDocument pdf, String word) throws IOException {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(i + 1);
            text.setEndPage(i + 1);
            if (text.getText(pdf).contains(word)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** handbook.yml's packs: one pack of the deck alone, on {@code paper}. */
    private static String coursePack(String paper) {
        return "packs:\n  - id: course\n    title: Course\n    paper: " + paper + "\n    include: [training/deck.md]\n";
    }
}
