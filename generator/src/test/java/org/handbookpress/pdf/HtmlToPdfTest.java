package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlToPdfTest {

    private static final String HTML = """
            <html lang="en-GB"><head><title>Test</title><style>
            @page { size: A4; margin: 20mm; }
            body { font-family: 'Liberation Sans', 'DejaVu Sans'; }
            </style></head><body><h1>Gŵyl at the café</h1>
            <p>Tea costs £2 – “quoted” and ‘single’, naïve.</p></body></html>""";

    private static final PdfMetadata META = new PdfMetadata("Test pack", "Example Charity", "A test", "en-GB",
            Instant.parse("2026-11-01T00:00:00Z"));

    @Test
    void printsEveryCharacterWithEmbeddedFonts(@TempDir Path dir) throws Exception {
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(HTML), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Gŵyl at the café"), text);
            assertTrue(text.contains("£2 – “quoted” and ‘single’, naïve"), text);
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Test pack", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        }
    }

    /**
     * A time stays whole at the end of a line: the JDK's line breaker, the engine's own, broke "18:00" after its colon
     * (a Ukrainian chapter's "щосереди з 18:" above "00."). A column narrow enough to fill many lines with times,
     * each line's last word is a whole time or a word.
     */
    @Test
    void aTimeIsNotBrokenAtTheEndOfALine(@TempDir Path dir) throws Exception {
        String times = ("щосереди з 18:00 до 19:30, у п'ятницю о 10:15 ").repeat(30);
        String html = HTML.replace("<p>Tea costs", "<p style=\"width: 61mm\">" + times + "</p><p>Tea costs");
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            java.util.List<String> lines = text.lines().filter(l -> l.contains("щосереди") || l.contains("19:30") || l.contains("10:15")).toList();
            assertTrue(lines.size() > 10, text);
            for (String line : lines) {
                assertTrue(!line.strip().matches(".*\\d:$") && !line.strip().matches("^\\d\\d[,.]?( .*)?$"), "a time broken at: " + line);
            }
        }
    }

    /**
     * The XMP packet says what the information dictionary says (PDF/A asks them to agree), from the values the build
     * sets last: the layout engine's own packet took its description from the print's {@code <meta name="subject">}
     * (the handbook's title, for a page's PDF) while the dictionary carried the page's description.
     */
    @Test
    void metadataPacketAgreesWithTheInformationDictionary(@TempDir Path dir) throws Exception {
        String html = HTML.replace("<title>Test</title>", "<title>Test</title><meta name=\"subject\" content=\"The whole handbook\"/>");
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var info = pdf.getDocumentInformation();
            var xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals("A test", info.getSubject());
            assertEquals(info.getSubject(), xmp.getDublinCoreSchema().getDescription());
            assertEquals(info.getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(java.util.List.of(info.getAuthor()), xmp.getDublinCoreSchema().getCreators());
            assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals(info.getCreator(), xmp.getXMPBasicSchema().getCreatorTool());
            assertEquals(info.getCreationDate().toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(info.getModificationDate().toInstant(), xmp.getXMPBasicSchema().getModifyDate().toInstant());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            assertTrue(pdf.getDocumentCatalog().getMetadata().getCOSObject().getFilters() == null
                    || pdf.getDocumentCatalog().getMetadata().getCOSObject().getFilters() instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 0,
                    "PDF/A: the metadata stream is not compressed");
        }
    }

    /**
     * SVG pictures' text is drawn in the PDF font it names (given to Batik once for all prints, SvgDrawer), also in a
     * print whose style sheet has {@code @font-face} rules of its own: a serif and a monospaced font draw the same
     * words differently, and without the fonts Batik would draw both in one fallback font.
     */
    @Test
    void svgTextIsDrawnInTheFontItNames(@TempDir Path dir) throws Exception {
        HtmlToPdf printer = new HtmlToPdf();
        for (String fontFace : new String[] {"", "@font-face { font-family: 'Nowhere'; src: url(nowhere.ttf); }"}) {
            java.awt.image.BufferedImage serif = svgPage(printer, dir, "Liberation Serif", fontFace);
            java.awt.image.BufferedImage mono = svgPage(printer, dir, "Liberation Mono", fontFace);
            assertTrue(darkPixels(serif) > 100, "the text is drawn");
            assertTrue(differentPixels(serif, mono) > 100, "each in its own font " + (fontFace.isEmpty() ? "" : "(with @font-face)"));
            assertEquals(0, differentPixels(serif, svgPage(printer, dir, "Liberation Serif", fontFace)), "and the same again");
        }
    }

    private static java.awt.image.BufferedImage svgPage(HtmlToPdf printer, Path dir, String family, String fontFace) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("words.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"60\">"
                + "<text x=\"5\" y=\"40\" font-family=\"" + family + "\" font-size=\"28\">Illegible mimic words</text></svg>");
        String html = "<html lang=\"en-GB\"><head><title>SVG</title><style>@page { size: A5; margin: 10mm; } " + fontFace
                + "</style></head><body><img src=\"words.svg\" alt=\"Words\" style=\"width: 400px; height: 60px\"/></body></html>";
        byte[] bytes = printer.render(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 72);
        }
    }

    private static int darkPixels(java.awt.image.BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return dark;
    }

    private static int differentPixels(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        int different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                different += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return different;
    }

    /** The fonts read ahead on another thread (HtmlToPdf.warmUp) are the ones a print would read: the same PDF, SVG text included. */
    @Test
    void fontsReadAheadGiveTheSamePdf(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("words.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"60\">"
                + "<text x=\"5\" y=\"40\" font-family=\"Liberation Serif\" font-size=\"28\">Words in a picture</text></svg>");
        String html = HTML.replace("</body>", "<img src=\"words.svg\" alt=\"Words\" style=\"width: 400px; height: 60px\"/></body>");
        byte[] asUsual = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        HtmlToPdf ahead = new HtmlToPdf();
        ahead.warmUp(true);
        byte[] readAhead = ahead.render(Jsoup.parse(html), dir, META, doc -> { }); // waits for the fonts if still reading
        assertArrayEquals(asUsual, readAhead);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("handbook-pdf-warm-up") && !t.isDaemon()),
                "the warm-up never holds the JVM open");
    }

    @Test
    void sameInputGivesSameBytes(@TempDir Path dir) throws Exception {
        byte[] first = new HtmlToPdf().render(Jsoup.parse(HTML), dir, META, doc -> { });
        byte[] second = new HtmlToPdf().render(Jsoup.parse(HTML), dir, META, doc -> { });
        assertArrayEquals(first, second);
    }

    /**
     * Through the PDF cache, with or without a folder, the document ID is the first 16 bytes of the digest of the PDF's
     * inputs (not of the cache key, which holds the plugin jar's time on this machine): no digest of the output.
     */
    @Test
    void theDocumentIdIsTheDigestOfItsInputs(@TempDir Path dir) throws Exception {
        HtmlToPdf engine = new HtmlToPdf();
        PdfCache cache = PdfCache.in(null, engine);
        org.jsoup.nodes.Document html = Jsoup.parse(HTML);
        byte[] key = PdfCache.inputs(html, dir, META, "plain", new java.util.HashMap<>());
        byte[] bytes = cache.render(Jsoup.parse(HTML), dir, META, "plain", doc -> { }, doc -> { }).bytes();
        byte[] other = cache.render(Jsoup.parse(HTML.replace("café", "caffi")), dir, META, "plain", doc -> { }, doc -> { }).bytes();
        assertArrayEquals(java.util.Arrays.copyOf(key, 16), documentId(bytes, 0));
        assertArrayEquals(java.util.Arrays.copyOf(key, 16), documentId(bytes, 1));
        assertTrue(!java.util.Arrays.equals(documentId(bytes, 0), documentId(other, 0)), "another input, another ID");
        // Printed without a digest, the ID is taken from the saved bytes: 16 bytes, the same for the same input.
        byte[] plain = engine.render(Jsoup.parse(HTML), dir, META, doc -> { });
        assertEquals(16, documentId(plain, 0).length);
        assertArrayEquals(documentId(plain, 0), documentId(engine.render(Jsoup.parse(HTML), dir, META, doc -> { }), 0));
    }

    private static byte[] documentId(byte[] pdf, int index) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.cos.COSArray id = doc.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID);
            return ((org.apache.pdfbox.cos.COSString) id.get(index)).getBytes();
        }
    }
}
