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
        assertTrue(c.selectFirst("pre").text().contains("code ^kept"));
    }
}
