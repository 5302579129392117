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

    @Test
    void sameInputGivesSameBytes(@TempDir Path dir) throws Exception {
        byte[] first = new HtmlToPdf().render(Jsoup.parse(HTML), dir, META, doc -> { });
        byte[] second = new HtmlToPdf().render(Jsoup.parse(HTML), dir, META, doc -> { });
        assertArrayEquals(first, second);
    }
}
