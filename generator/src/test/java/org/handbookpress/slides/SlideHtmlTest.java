package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlideHtmlTest {

    @Test
    void theDeckSendsAnchorLinksBackToThePage() {
        assertEquals("<p><a href=\"deck.html#roles\">roles</a> <a href=\"../toolkit/a.html\">a</a></p>",
                SlideHtml.forDeck("<p><a href=\"#roles\">roles</a> <a href=\"../toolkit/a.html\">a</a></p>", "deck.html"));
    }

    @Test
    void printResolvesImagesFromTheSiteRootAndLinksWithTheBaseUrl() {
        String html = "<p><img src=\"../images/a.png\" alt=\"A\"> <a href=\"../toolkit/a.html#x\">a</a> <a href=\"#y\">y</a>"
                + " <a href=\"https://example.org/\">out</a></p>";
        assertEquals("<p><img src=\"images/a.png\" alt=\"A\"> <a href=\"https://h.example/toolkit/a.html#x\">a</a>"
                        + " <a href=\"#y\">y</a> <a href=\"https://example.org/\">out</a></p>",
                SlideHtml.forPrint(html, "training/deck.html", "print.html", "https://h.example"));
        assertEquals("<p><img src=\"images/a.png\" alt=\"A\"> <span>a</span> <a href=\"#y\">y</a> <a href=\"https://example.org/\">out</a></p>",
                SlideHtml.forPrint(html, "training/deck.html", "print.html", null));
    }

    @Test
    void theReadingPageDemotesSlideTitles() {
        assertEquals("<h2 id=\"t\">Title</h2><h2>Next</h2>", SlideHtml.forReadingPage("<h1 id=\"t\">Title</h1><h2>Next</h2>"));
    }
}
