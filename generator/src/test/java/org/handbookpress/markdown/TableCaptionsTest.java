package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableCaptionsTest {

    @Test
    void aColonParagraphBesideATableIsItsCaptionAndItsAttributesItsId() {
        PageHtml html = PageFixture.html("guides/a.md", """
                | Day | Hours |
                |-----|-------|
                | Mon | 4     |

                : Shifts a *week* {#tbl-shifts}

                Table: Before the second one

                | Day | Hours |
                |-----|-------|
                | Tue | 2     |

                | A | B |
                |---|---|
                | 1 | 2 |

                A paragraph: not a caption.
                """);
        new TableCaptions().apply(html);
        List<Element> tables = html.content().select("table");
        assertEquals("tbl-shifts", tables.get(0).id());
        assertEquals("Shifts a week", tables.get(0).selectFirst("caption").text());
        assertEquals("week", tables.get(0).selectFirst("caption em").text(), "its markup stays");
        assertEquals("Before the second one", tables.get(1).selectFirst("caption").text());
        assertEquals(null, tables.get(2).selectFirst("caption"));
        assertEquals(List.of("A paragraph: not a caption."), html.content().select("p").eachText());
    }
}
