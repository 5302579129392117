package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An Arabic table prints with its first column at the right, as the web page shows it; an English one is unchanged. */
class RightToLeftTablesTest {

    private static final PdfMetadata META = new PdfMetadata("دليل", "Example Charity", "A test", "ar",
            Instant.parse("2026-11-01T00:00:00Z"));

    private static final String TABLE = "<table><thead><tr><th>A1</th><th>B2</th><th>C3</th></tr></thead>"
            + "<tbody><tr><td>شارة</td><td>D4</td><td>E5</td></tr></tbody></table>";

    private static String html(String tableDir) {
        return "<html lang=\"ar\" dir=\"rtl\"><head><title>دليل</title><style>@page { size: A5; margin: 15mm; }"
                + " body { font-family: 'Liberation Sans', 'DejaVu Sans'; } table { width: 100%; }</style></head><body>"
                + "<p>ما الذي تحمله</p><div" + tableDir + ">" + TABLE + "</div></body></html>";
    }

    /** The x of the first glyph of each of the words, as printed. */
    private static List<Float> xOf(String html, List<String> words) throws IOException {
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(html), Path.of("."), META, doc -> { });
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.writeText(pdf, new StringWriter());
        }
        List<Float> xs = new ArrayList<>();
        for (String word : words) {
            xs.add(all.stream().filter(p -> p.getUnicode().equals(word.substring(0, 1))).findFirst().orElseThrow().getX());
        }
        return xs;
    }

    @Test
    void anArabicTablesFirstColumnPrintsAtTheRight() throws Exception {
        List<Float> header = xOf(html(""), List.of("A1", "B2", "C3"));
        assertTrue(header.get(0) > header.get(1) && header.get(1) > header.get(2), "columns from the right: " + header);
        List<Float> row = xOf(html(""), List.of("D4", "E5"));
        assertTrue(row.get(0) > row.get(1), "the body's cells under their headings: " + row);
    }

    @Test
    void aLeftToRightTableInsideAnArabicPageKeepsItsOrder() throws Exception {
        List<Float> header = xOf(html(" dir=\"ltr\""), List.of("A1", "B2", "C3"));
        assertTrue(header.get(0) < header.get(1) && header.get(1) < header.get(2), "columns from the left: " + header);
    }

    @Test
    void aTableWithACellSpanningRowsIsLeftAsWritten() {
        Document html = Jsoup.parse("<html dir=\"rtl\"><body><table><tr><td rowspan=\"2\">x</td><td>a</td><td>b</td></tr>"
                + "<tr><td>c</td><td>d</td></tr></table><table><colgroup><col class=\"p\"><col class=\"q\"></colgroup>"
                + "<tr><td>e</td><td>f</td></tr></table></body></html>");
        RightToLeftTables.mirror(html);
        assertEquals("xabcd", html.select("table").get(0).select("td").eachText().stream().reduce("", String::concat));
        assertEquals("fe", html.select("table").get(1).select("td").eachText().stream().reduce("", String::concat));
        assertEquals("q", html.select("col").get(0).className());
    }
}
