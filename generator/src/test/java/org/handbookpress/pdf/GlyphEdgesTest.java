package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick reading of glyph positions finds the same pages near an edge as PDFBox's stream engine, or leaves a page
 * to the engine; never another answer.
 */
class GlyphEdgesTest {

    private static final PdfMetadata META = new PdfMetadata("Edges", "Example Charity", "A test", "en-GB",
            Instant.parse("2026-11-01T00:00:00Z"));
    private static final float WIDTH = PDRectangle.A4.getWidth();

    @Test
    void judgesSimpleTextAsTheEngineDoes() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            page(pdf, "BT /F1 12 Tf 72 700 Td (Well inside the margins.) Tj ET");
            page(pdf, "BT /F1 12 Tf " + (WIDTH - 60) + " 700 Td (Runs past the right edge) Tj ET");
            page(pdf, "BT /F1 12 Tf 1 0 0 1 -40 700 Tm (Starts left of the page) Tj ET");
            page(pdf, "BT /F1 12 Tf 1 0 0 1 72 700 Tm [(Pushed) -45000 (along)] TJ ET"); // TJ's adjustment: 540 pt on
            page(pdf, "BT /F1 12 Tf 30 Tc 1 0 0 1 72 700 Tm (Spaced out letters) Tj ET"); // 30 pt after each letter
            page(pdf, "BT /F1 12 Tf 1 0 0 1 72 700 Tm <48656C6C6F> Tj (\\(escaped\\) \\101 text) ' ET");
            page(pdf, "BT /F1 12 Tf 1 0 0 1 72 700 Tm 0 0 (Twice) \" 200 Tz (as wide, and wider still, much wider than the page) Tj ET");
            page(pdf, "q 1 0 0 1 0 0 cm BT /F1 12 Tf 1 0 0 1 72 700 Tm (Identity transformation) Tj ET Q");
            page(pdf, "q 2 0 0 2 0 0 cm BT /F1 12 Tf 1 0 0 1 72 300 Tm (Scaled twice over, and so past the right edge) Tj ET Q");
            page(pdf, "q 0.5 0 0 0.5 0 0 cm BT /F1 12 Tf 1 0 0 1 72 300 Tm (Scaled down) Tj ET Q");
            // q and Q restore the font and its size: the second line is 12 pt, not 40.
            page(pdf, "BT /F1 12 Tf ET q BT /F1 40 Tf ET Q BT 1 0 0 1 300 700 Tm (Restored to twelve points) Tj ET");
            form(pdf, page(pdf, "q 1 0 0 1 " + (WIDTH - 150) + " 0 cm /Fm1 Do Q"), "Text in a form, off the page");
            form(pdf, page(pdf, "q 1 0 0 1 100 0 cm /Fm1 Do Q BT /F1 12 Tf 1 0 0 1 72 700 Tm (After a form) Tj ET"), "Short");
            // A form's own unbalanced Q pops nothing of the page's: the page's Q restores the scale of 2, so the text is past the edge.
            PDPage unbalanced = page(pdf, "q 2 0 0 2 0 0 cm q /Fm2 Do Q BT /F1 12 Tf 1 0 0 1 250 300 Tm (Twice as wide) Tj ET Q");
            PDFormXObject popping = new PDFormXObject(pdf);
            popping.setBBox(PDRectangle.A4);
            popping.setResources(new PDResources());
            try (var out = popping.getContentStream().createOutputStream()) {
                out.write("Q".getBytes(StandardCharsets.ISO_8859_1));
            }
            unbalanced.getResources().put(COSName.getPDFName("Fm2"), popping);

            GlyphEdges.Scan quick = GlyphEdges.scan(pdf, PageOverflow.NEAR);
            assertEquals(new BitSet(), quick.unsure(), "every page judged");
            assertEquals(PageOverflow.engineScan(pdf, all(pdf)), quick.near());
            BitSet expected = new BitSet();
            for (int page : new int[] {2, 3, 4, 5, 7, 9, 12, 14}) {
                expected.set(page);
            }
            assertEquals(expected, quick.near());
        }
    }

    @Test
    void leavesWhatItDoesNotFollowToTheEngine() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            page(pdf, "q 0 1 -1 0 300 0 cm BT /F1 12 Tf 1 0 0 1 72 300 Tm (Turned by the transformation) Tj ET Q");
            page(pdf, "BT /F1 12 Tf 0 1 -1 0 300 300 Tm (Turned by the text matrix) Tj ET");
            page(pdf, "BT /F9 12 Tf 1 0 0 1 72 700 Tm (No such font) Tj ET");
            page(pdf, "q /Fm9 Do Q BT /F1 12 Tf 1 0 0 1 72 700 Tm (After no such form) Tj ET");
            page(pdf, "BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI BT /F1 12 Tf 72 700 Td (After an inline image) Tj ET");
            page(pdf, "BT /F1 12 Tf 1 0 0 1 72 700 Tm (Unclosed string Tj ET");
            page(pdf, "BT /F1 12 Tf 1 0 0 1 72 700 Tm (Inside) Tj ET q 0 1 -1 0 0 0 cm Q"); // judged: turned after the text

            GlyphEdges.Scan quick = GlyphEdges.scan(pdf, PageOverflow.NEAR);
            assertEquals(BitSet.valueOf(new long[] {0b111_1110}), quick.unsure(), "pages 1-6 left to the engine: " + quick.unsure());
            assertTrue(quick.near().isEmpty(), quick.near().toString());
            assertEquals(PageOverflow.engineScan(pdf, all(pdf)), PageOverflow.pagesNearAnEdge(pdf),
                    "the two readings together give the engine's answer");
        }
    }

    /**
     * What the layout engine writes: justified and spaced text, a table too wide, a line that cannot wrap, a box wider than the page, a turned word,
     * an SVG picture with text, running headers, text pushed left of the page, over several pages.
     */
    @Test
    void readsPrintedPagesAsTheEngineDoes(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append("<h2>Section ").append(i).append("</h2><p style=\"text-align: justify\">")
                    .append("Volunteers meet each week to plan sessions, share what worked and agree what to try next. ".repeat(6))
                    .append("</p><p style=\"letter-spacing: 0.2em\">Spaced letters in a short line.</p>");
            if (i % 3 == 0) {
                body.append("<table><tr>").append("<td>cell-with-a-long-value</td>".repeat(9)).append("</tr></table>");
            }
            if (i % 5 == 2) {
                body.append("<p>Before <span style=\"display: inline-block; transform: rotate(20deg)\">turned</span> after.</p>");
                body.append("<img src=\"words.svg\" alt=\"Words\" style=\"width: 200px; height: 60px\"/>");
            }
            if (i % 6 == 5) {
                body.append("<p style=\"margin-left: -40mm\">Pushed out to the left of the page edge.</p>");
                body.append("<p style=\"white-space: nowrap\">").append("a line that runs on ".repeat(10)).append("</p>");
                body.append("<div style=\"width: 230mm\">").append("a box wider than the page ".repeat(12)).append("</div>");
            }
        }
        Files.writeString(dir.resolve("words.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\">"
                + "<text x=\"5\" y=\"30\" font-family=\"Liberation Sans\" font-size=\"20\">SVG words</text></svg>");
        String html = "<html><head><style>@page { size: A4; margin: 20mm; font-family: 'Liberation Sans'; @top-right { content: 'A running header that is long'; font-family: 'Liberation Sans' }"
                + " @bottom-center { content: 'Page ' counter(page); font-family: 'Liberation Sans' } } html, body { font-family: 'Liberation Sans'; }"
               + "</style></head><body>" + body + "</body></html>";
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), dir, META, doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            GlyphEdges.Scan quick = GlyphEdges.scan(pdf, PageOverflow.NEAR);
            BitSet engine = PageOverflow.engineScan(pdf, all(pdf));
            assertSameAnswer(pdf, quick, engine, "the printed document");
            assertFalse(engine.isEmpty(), "some text reaches an edge");
            assertTrue(quick.unsure().cardinality() < pdf.getNumberOfPages(),
                    "pages without a turned word or a picture judged without the engine: " + quick.unsure() + " of " + pdf.getNumberOfPages());
        }
    }

    /** Every PDF of the example handbook: packs, chapters, slides, large print. */
    @Test
    void readsTheExampleHandbooksPdfsAsTheEngineDoes() throws Exception {
        Path site = TestHandbooks.example().output();
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(site)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(pdfs.isEmpty());
        int pages = 0;
        int judged = 0;
        for (Path file : pdfs) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                GlyphEdges.Scan quick = GlyphEdges.scan(pdf, PageOverflow.NEAR);
                assertSameAnswer(pdf, quick, PageOverflow.engineScan(pdf, all(pdf)), site.relativize(file).toString());
                pages += pdf.getNumberOfPages();
                judged += pdf.getNumberOfPages() - quick.unsure().cardinality();
            }
        }
        assertTrue(judged * 2 > pages, judged + " of " + pages + " pages judged without the engine");
    }

    private static void assertSameAnswer(PDDocument pdf, GlyphEdges.Scan quick, BitSet engine, String what) {
        BitSet judged = all(pdf);
        judged.andNot(quick.unsure());
        BitSet engineOnJudged = (BitSet) engine.clone();
        engineOnJudged.and(judged);
        assertEquals(engineOnJudged, quick.near(), what + ": the pages judged near an edge");
    }

    private static BitSet all(PDDocument pdf) {
        BitSet all = new BitSet();
        all.set(1, pdf.getNumberOfPages() + 1);
        return all;
    }

    /** A page of the given content, with Helvetica as /F1. */
    private static PDPage page(PDDocument pdf, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        page.setResources(resources);
        PDStream stream = new PDStream(pdf);
        try (var out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        pdf.addPage(page);
        return page;
    }

    /** Gives {@code page} a form /Fm1, scaled by half, that shows {@code text} at its x of 100. */
    private static void form(PDDocument pdf, PDPage page, String text) throws IOException {
        PDFormXObject form = new PDFormXObject(pdf);
        form.setBBox(PDRectangle.A4);
        form.setResources(new PDResources());
        form.setMatrix(java.awt.geom.AffineTransform.getScaleInstance(0.5, 0.5));
        try (PDFormContentStream drawing = new PDFormContentStream(form)) {
            drawing.beginText();
            drawing.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
            drawing.newLineAtOffset(100, 500);
            drawing.showText(text);
            drawing.endText();
        }
        page.getResources().put(COSName.getPDFName("Fm1"), form);
    }
}
