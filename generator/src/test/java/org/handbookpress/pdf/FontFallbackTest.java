package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FontFallbackTest {

    private static final String SHEET = "h2 { font-family: Arial, Helvetica; } p { font: bold 12pt/1.4 'Liberation Serif'; }";

    @Test
    void everyPrintOfTheSameStyleSheetGetsTheFallback() {
        for (int print = 0; print < 3; print++) { // the second and third from the sheets already fixed
            Document html = Jsoup.parse("<html><head><style>" + SHEET + "</style></head><body>"
                    + "<p style=\"font-family: Verdana\">x</p></body></html>");
            FontFallback.apply(html);
            assertEquals("h2 { font-family: Arial, Helvetica, sans-serif; } p { font: bold 12pt/1.4 'Liberation Serif'; }",
                    html.selectFirst("style").data(), "print " + print);
            assertEquals("font-family: Verdana, sans-serif", html.selectFirst("p").attr("style"), "print " + print);
        }
    }

    @Test
    void manyDifferentStyleSheetsAreEachFixed() {
        for (int i = 0; i < 100; i++) {
            Document html = Jsoup.parse("<html><head><style>.c" + i + " { font-family: Nowhere" + i + " }</style></head></html>");
            FontFallback.apply(html);
            assertEquals(".c" + i + " { font-family: Nowhere" + i + ", sans-serif }", html.selectFirst("style").data());
        }
    }
}
