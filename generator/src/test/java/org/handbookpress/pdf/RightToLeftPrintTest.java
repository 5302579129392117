package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arabic and Hebrew print joined and in their order, right to left, with English and numbers inside kept left to right. */
class RightToLeftPrintTest {

    private static final String ARABIC = "مرحبا بكم في دليل المتطوعين";
    private static final String MIXED = "اتصل بفريق Safeguarding على الرقم 0800 123 456 (مجانا).";
    private static final String HEBREW = "שלום לכולם";

    private static final PdfMetadata META = new PdfMetadata("دليل", "Example Charity", "A test", "ar",
            Instant.parse("2026-11-01T00:00:00Z"));

    private static String html(String dir) {
        return "<html lang=\"ar\"" + dir + "><head><title>دليل</title><style>@page { size: A5; margin: 15mm; }"
                + " body { font-family: 'Liberation Sans', 'DejaVu Sans'; }</style></head><body>"
                + "<h1>" + ARABIC + "</h1><p>" + MIXED + "</p><p>" + HEBREW + "</p></body></html>";
    }

    /** The drawn glyphs' characters, page by page, and the text as a reader's tools extract it. */
    private record Drawn(String glyphs, String text) {
    }

    private static Drawn print(String html, Path dir) throws IOException {
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        Files.write(dir.resolve("rtl.pdf"), bytes);
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper raw = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                }
            };
            raw.writeText(pdf, new StringWriter());
            return new Drawn(glyphs.toString(), new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void arabicLettersAreJoinedAndReadBackInTheirOrder(@TempDir Path dir) throws Exception {
        Drawn drawn = print(html(" dir=\"rtl\""), dir);
        // Presentation forms: initial, medial and final shapes (U+FE70–U+FEFF), not the letters' isolated forms.
        assertTrue(drawn.glyphs().chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFC), drawn.glyphs());
        assertFalse(drawn.glyphs().contains("مرحبا"), "drawn unjoined: " + drawn.glyphs());
        // Extraction that follows the bidi algorithm (PDFBox's, as a screen reader's) gets the words in reading order.
        String text = java.text.Normalizer.normalize(drawn.text(), java.text.Normalizer.Form.NFKC);
        assertTrue(text.contains("مرحبا بكم في دليل"), text); // the heading's first line
        assertTrue(text.contains("على الرقم"), text);
        assertTrue(text.contains("Safeguarding"), text);
        // Digits keep their own order, the groups of a number read right to left as in a browser (bidi rule N1).
        assertTrue(text.contains("456 123 0800"), text);
        assertTrue(text.contains(HEBREW), text);
    }

    /** A right-to-left run is drawn last letter first, so the first word read is the rightmost on the line. */
    @Test
    void rightToLeftTextIsDrawnFromTheRight(@TempDir Path dir) throws Exception {
        Drawn drawn = print(html(" dir=\"rtl\""), dir);
        String hebrew = new StringBuilder(HEBREW).reverse().toString();
        assertTrue(drawn.glyphs().contains(hebrew), drawn.glyphs());
    }

    /**
     * English spanning a link (or a bold word) inside Arabic reads left to right, with its spaces, as a browser shows it:
     * the engine placed each piece of it from the right, "for the day the planThis is".
     */
    @Test
    void englishAroundALinkInAnArabicParagraphKeepsItsOrderAndSpaces(@TempDir Path dir) throws Exception {
        String body = "<p>انظر This is <a href=\"https://example.org/\">the plan</a> for the day للمزيد.</p>"
                + "<p>This is the plan for the day that every new <a href=\"https://example.org/\">peer mentor</a> attends.</p>"
                + "<ul><li>زاي انظر <strong>the</strong> policy للمزيد</li></ul>"
                // Mostly English: laid out left to right, not one inline block wider than the line.
                + "<p>هاء This is the plan for the training day, the one-day course that every new <a href=\"https://example.org/\">"
                + "peer mentor</a> attends before co-facilitating their first group, run by two mentors.</p>";
        String html = "<html lang=\"ar\" dir=\"rtl\"><head><title>دليل</title><style>@page { size: A5; margin: 15mm; }"
                + " html { direction: rtl; } body { font-family: 'Liberation Sans', 'DejaVu Sans'; }"
                + " ul > li::marker { content: \"\\2022\"; }</style></head><body>" + body + "</body></html>";
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("This is the plan for the day"), text);
            assertTrue(text.contains("This is the plan for the day that every new peer mentor attends"), text);
            assertTrue(text.contains("the policy"), text);
            assertTrue(text.contains("every new peer mentor attends"), text);
        }
    }

    /** Only a document with right-to-left text gets the plug-ins: any other is laid out exactly as before. */
    @Test
    void rightToLeftTextIsFoundInAnyPlane() {
        assertFalse(RightToLeftText.present("<p>Gŵyl at the café – naïve “quotes”, Ελληνικά, русский</p>"));
        assertTrue(RightToLeftText.present("<p>" + HEBREW + "</p>"));
        assertTrue(RightToLeftText.present("x\uD802\uDD00")); // Phoenician, beyond the first plane
    }

    @Test
    void shapingJoinsLettersAndUnshapingUndoesIt() {
        RightToLeftText text = new RightToLeftText();
        String shaped = text.shapeText("سلام");
        // seen initial, lam-alef final as one ligature (U+FEFC)
        assertEquals("\uFEB3\uFEFC\uFEE1", shaped); // meem isolated: lam-alef does not join to the next letter
        assertEquals("سلام", text.deshapeText(shaped));
        assertEquals("Hello", text.shapeText("Hello"));
        // Reversed for drawing, each bracket mirrored so that it still opens towards its words.
        assertEquals("(ba)", text.reorderRTLTextToLTR("(ab)"));
    }
}
