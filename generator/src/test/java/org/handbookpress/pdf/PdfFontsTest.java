package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fonts' glyph substitutions are left out only where they would change nothing. */
class PdfFontsTest {

    private static final PdfMetadata META = new PdfMetadata("Fonts", "Example Charity", "A test", "en-GB",
            Instant.parse("2026-12-01T00:00:00Z"));
    private static final String SANS = "/liberation/LiberationSans-Regular.ttf";

    @Test
    void theTextFontsSubstituteOnlyForIpaToneLetters() throws Exception {
        PdfFonts fonts = PdfFonts.load();
        assertEquals(Set.of(0x02E5, 0x02E6, 0x02E7, 0x02E8, 0x02E9), fonts.substitutedCharacters(SANS));
        assertEquals(Set.of(), fonts.substitutedCharacters("/liberation/LiberationMono-Regular.ttf"));
    }

    @Test
    void ordinaryTextPrintsTheSameBytesWithSubstitutionOnAsOff(@TempDir Path dir) throws Exception {
        String text = "Office, affinity, fjord – “quotes”, £25, café, Gŵyl, naïve. ffi fl ﬁ 0123456789";
        // A tone letter in a comment is not printed, but switches the fonts' substitutions on for this document.
        byte[] off = print(dir, "<p>" + text + "</p>");
        byte[] on = print(dir, "<!-- \u02E5 --><p>" + text + "</p>");
        assertArrayEquals(off, on);
    }

    @Test
    void toneLettersAreStillComposedIntoOneContourGlyph(@TempDir Path dir) throws Exception {
        HtmlToPdf engine = new HtmlToPdf();
        List<byte[]> letters = shownStrings(engine, dir, "<p>\u02E5\u02E9\u02E9</p>");
        List<byte[]> control = shownStrings(engine, dir, "<p>\u02E5 \u02E9 \u02E9</p>");
        // Apart, the three letters and two spaces are five glyphs (two bytes each); together, one composed glyph.
        assertEquals(10, control.stream().mapToInt(b -> b.length).sum(), "three letters, two spaces");
        assertEquals(2, letters.stream().mapToInt(b -> b.length).sum(), "one glyph for the contour");
    }

    /** Printed through the PDF cache, the print reads the characters from the markup the cache digested: the same glyphs. */
    @Test
    void toneLettersAreComposedWhenPrintedThroughTheCache(@TempDir Path dir) throws Exception {
        PdfCache cache = PdfCache.in(null, new HtmlToPdf());
        byte[] pdf = cache.render(Jsoup.parse(page("<p>\u02E5\u02E9\u02E9</p>")), dir, META, "", doc -> { }, doc -> { }).bytes();
        assertEquals(2, shownStrings(pdf).stream().mapToInt(b -> b.length).sum(), "one glyph for the contour");
    }

    @Test
    void fontsAreReusedAcrossPrintsWithoutChangingTheirOutput(@TempDir Path dir) throws Exception {
        HtmlToPdf engine = new HtmlToPdf();
        String body = "<p>First print, <b>bold</b> and <i>italic</i>; then again with the same fonts.</p>";
        byte[] first = engine.print(Jsoup.parse(page(body)), dir, META, doc -> { }).bytes();
        engine.print(Jsoup.parse(page("<p>Something else entirely: <code>mono</code> ✓ ☺</p>")), dir, META, doc -> { });
        byte[] again = engine.print(Jsoup.parse(page(body)), dir, META, doc -> { }).bytes();
        assertArrayEquals(first, again);
        assertArrayEquals(first, new HtmlToPdf().print(Jsoup.parse(page(body)), dir, META, doc -> { }).bytes(), "same as a fresh engine");
    }

    /**
     * A print measures its lines by every font of the family list, the fallback's too: the first print makes the
     * fallback font part of its document to read its metrics; the prints after it use the metrics kept, and make only
     * the fonts they draw with, while a print whose text needs the fallback still gets it.
     */
    @Test
    void laterPrintsMakeOnlyTheFontsTheyDrawWith(@TempDir Path dir) throws Exception {
        HtmlToPdf engine = new HtmlToPdf();
        String plain = "<p>Text that Liberation Sans draws on its own.</p>";
        byte[] first = engine.print(Jsoup.parse(page(plain)), dir, META, doc -> { }).bytes();
        int afterFirst = engine.fontsMade();
        assertEquals(2, afterFirst, "Liberation Sans, and DejaVu Sans for its metrics");
        byte[] second = engine.print(Jsoup.parse(page(plain)), dir, META, doc -> { }).bytes();
        assertEquals(afterFirst + 1, engine.fontsMade(), "Liberation Sans only");
        assertArrayEquals(first, second, "measured the same");
        byte[] symbol = engine.print(Jsoup.parse(page("<p>Done \u2713</p>")), dir, META, doc -> { }).bytes();
        assertEquals(List.of("LiberationSans", "DejaVuSans"), fontNames(symbol), "the tick from the fallback");
    }

    private static List<String> fontNames(byte[] pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                String font = doc.getPage(0).getResources().getFont(name).getName();
                names.add(font.substring(font.indexOf('+') + 1));
            }
        }
        return names;
    }

    private static byte[] print(Path dir, String body) throws Exception {
        return new HtmlToPdf().print(Jsoup.parse(page(body)), dir, META, doc -> { }).bytes();
    }

    private static String page(String body) {
        return "<html><head><style>@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans', 'DejaVu Sans'; }"
                + " code { font-family: 'Liberation Mono', 'DejaVu Sans'; }</style></head><body>" + body + "</body></html>";
    }

    /** The strings the first page's content shows with Tj and TJ, in order. */
    private static List<byte[]> shownStrings(HtmlToPdf engine, Path dir, String body) throws Exception {
        return shownStrings(engine.print(Jsoup.parse(page(body)), dir, META, doc -> { }).bytes());
    }

    private static List<byte[]> shownStrings(byte[] pdf) throws Exception {
        List<byte[]> shown = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            try (var in = doc.getPage(0).getContents()) {
                in.transferTo(content);
            }
            List<Object> tokens = new PDFStreamParser(content.toByteArray()).parse();
            List<COSBase> operands = new ArrayList<>();
            for (Object token : tokens) {
                if (token instanceof Operator op) {
                    if (op.getName().equals("Tj") || op.getName().equals("TJ")) {
                        for (COSBase operand : operands) {
                            if (operand instanceof COSString s) {
                                shown.add(s.getBytes());
                            } else if (operand instanceof COSArray array) {
                                array.forEach(item -> {
                                    if (item instanceof COSString s) {
                                        shown.add(s.getBytes());
                                    }
                                });
                            }
                        }
                    }
                    operands.clear();
                } else if (token instanceof COSBase base) {
                    operands.add(base);
                }
            }
        }
        assertFalse(shown.isEmpty(), "the page shows some text");
        assertTrue(shown.stream().allMatch(b -> b.length % 2 == 0), "two bytes a glyph");
        return shown;
    }
}
