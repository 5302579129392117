package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScreenOnlyMarkupTest {

    @Test
    void dropsScreenOnlyPartsAndPrintsInlineListsAsText() {
        Element body = Jsoup.parseBodyFragment("""
                <nav class="glossary-az"><ul><li><a href="#letter-a">A</a></li></ul></nav>
                <p>Text<sup><a class="footnote-ref" href="#fn-1">1</a></sup></p>
                <ol><li id="fn-1">Note <a class="footnote-backref" href="#fnref-1">↩</a></li></ol>
                <div class="glossary-used-in">Used in: <ul><li><a href="a.html">A page</a></li><li><a href="b.html">B page</a></li></ul></div>
                """).body();
        ScreenOnlyMarkup.tidy(body);
        assertEquals(0, body.select(".glossary-az, .footnote-backref, .glossary-used-in ul").size());
        assertEquals("Used in: A page, B page", body.selectFirst(".glossary-used-in").text());
        assertEquals(2, body.select(".glossary-used-in a").size());
        assertEquals(1, body.select(".footnote-ref").size());
    }

    /** Quarto's when-format parts: the web page's left out of print, the print's shown. */
    @Test
    void printsThePartsForPrintAndLeavesOutThoseForTheWeb() {
        Element body = Jsoup.parseBodyFragment("<div class=\"content-hidden screen-only\"><p>Fill in the form below.</p></div>"
                + "<div class=\"content-visible print-only\" hidden><p>Fill in the form overleaf.</p></div>").body();
        ScreenOnlyMarkup.tidy(body);
        assertEquals("Fill in the form overleaf.", body.text());
        assertEquals(0, body.select("[hidden]").size());
    }

    /**
     * What the web page hides (HTML's hidden, as an mdBook book's class="hidden" is given) is left out of print too: the
     * PDF engine does not hide it, and printed it. Text a find-in-page opens (hidden="until-found") is the page's, printed.
     */
    @Test
    void leavesOutWhatThePageHides() {
        Element body = Jsoup.parseBodyFragment("<p>Shifts start at nine.</p><div class=\"hidden\" hidden>This will not be seen.</div>"
                + "<p hidden>Nor this.</p><div hidden=\"until-found\">Found by a search.</div>").body();
        ScreenOnlyMarkup.tidy(body);
        assertEquals("Shifts start at nine. Found by a search.", body.text());
    }

    /** The glossary page writes its label as a span with no space after it (the web page spaces them by style). */
    @Test
    void theLabelAndTheListKeepASpaceBetweenThem() {
        Element body = Jsoup.parseBodyFragment("<div class=\"glossary-used-in\"><span class=\"glossary-used-in-label\">Used in:</span>"
                + "<ul><li><a href=\"a.html\">Sgiliau Gwrando</a></li></ul></div>").body();
        ScreenOnlyMarkup.tidy(body);
        assertEquals("Used in: Sgiliau Gwrando", body.selectFirst(".glossary-used-in").text());
    }
}
