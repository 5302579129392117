package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The words at every page's foot (a GitHub wiki's _Footer.md) are made once, as on a page at the top; a page in a folder
 * shows them with their relative links and pictures from its own folder, so that they lead to the same files.
 */
class SiteFooterTest {

    private static final String HTML = "<p><a href=\"Plot-Rules.html\">rules</a> <a href=\"seasons/Spring.html#beans\">beans</a>"
            + " <a href=\"#top\">top</a> <a href=\"mailto:s@example.org\">write</a> <a href=\"https://example.org/\">site</a>"
            + " <a href=\"/elsewhere/\">server</a> <img src=\"images/badge.png\" alt=\"badge\"></p>"
            + "<picture><source srcset=\"images/dark.png, images/dark@2x.png 2x\"><img src=\"images/light.png\" alt=\"\"></picture>"
            + "<h2 id=\"contact\">Contact</h2>";

    @Test
    void onAPageAtTheTopItIsAsMade() {
        SiteFooter footer = SiteFooter.of(HTML);
        assertTrue(footer.at("index.html").contains("<a href=\"Plot-Rules.html\">rules</a>"), footer.at("index.html"));
        assertEquals(footer.at("index.html"), footer.at("Joining.html"));
    }

    @Test
    void onAPageInAFolderItsRelativeAddressesLeadFromThere() {
        String shown = SiteFooter.of(HTML).at("seasons/plots/Spring.html");
        assertTrue(shown.contains("href=\"../../Plot-Rules.html\""), shown);
        assertTrue(shown.contains("href=\"../../seasons/Spring.html#beans\""), shown);
        assertTrue(shown.contains("src=\"../../images/badge.png\""), shown);
        assertTrue(shown.contains("srcset=\"../../images/dark.png, ../../images/dark@2x.png 2x\""), shown);
        assertTrue(shown.contains("src=\"../../images/light.png\""), shown);
        // Within the page, another scheme's, from the server's top: as written.
        assertTrue(shown.contains("href=\"#top\"") && shown.contains("href=\"mailto:s@example.org\"")
                && shown.contains("href=\"https://example.org/\"") && shown.contains("href=\"/elsewhere/\""), shown);
    }

    /** A page with its own "Contact" heading has the id already: the footer's copy of it is no second target. */
    @Test
    void itsHeadingsHaveNoIds() {
        assertTrue(SiteFooter.of(HTML).at("index.html").contains("<h2>Contact</h2>"), SiteFooter.of(HTML).at("index.html"));
    }

    @Test
    void blankIsNone() {
        assertTrue(SiteFooter.of("  \n").isEmpty());
        assertTrue(SiteFooter.NONE.at("a/b.html").isEmpty());
    }
}
