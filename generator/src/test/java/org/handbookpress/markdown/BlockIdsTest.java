package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockIdsTest {

    @Test
    void blocksEndingInACaretNameTakeItAsTheirId() {
        PageHtml html = PageFixture.html("toolkit/a.md", """
                A paragraph to link to. ^para

                - an item ^item
                - x^2 is no marker, nor is a^b
                - a ^caret earlier, the marker last ^last
                - a marker after a tab	^tabbed
                - the last caret is no marker ^one x^2

                | a | b |
                |---|---|
                | 1 | 2 |

                ^table

                ```
                code ^kept
                ```

                ## Heading {#own}
                """);
        new BlockIds().apply(html);
        Element c = html.content();
        assertEquals("A paragraph to link to.", c.getElementById("^para").text());
        assertEquals("an item", c.getElementById("^item").text());
        Element table = c.getElementById("^table");
        assertTrue(table != null && (table.normalName().equals("table") || table.selectFirst("table") != null), c.html());
        assertTrue(!c.text().contains("^para") && !c.text().contains("^table"), c.html());
        assertTrue(c.text().contains("x^2 is no marker, nor is a^b"), c.text());
        assertEquals("a ^caret earlier, the marker last", c.getElementById("^last").text());
        assertEquals("a marker after a tab", c.getElementById("^tabbed").text());
        assertTrue(c.text().contains("the last caret is no marker ^one x^2") && c.getElementById("^one") == null, c.html());
        assertTrue(c.selectFirst("pre").text().contains("code ^kept"));
    }
}
