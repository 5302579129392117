package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RawHtmlShortcodesTest {

    @Test
    void aRawHtmlShortcodeHoldsOneBlockOfRawHtmlOverItsBlankLines() {
        // A quiz's sign-up box written in HTML inside the site's own rawhtml shortcode, blank lines and indentation and all.
        String page = """
                Before.

                {{< rawhtml >}}
                <div class="quiz">
                  <label for="answer">Your answer</label>

                      <input id="answer" type="text">

                      <p>Press <b>Check</b>.</p>
                </div>
                {{< /rawhtml >}}

                After *this*.
                """;
        String read = RawHtmlShortcodes.apply(page);
        assertEquals(page.split("\n", -1).length, read.split("\n", -1).length, "the page keeps its lines");
        Element body = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(read, 1)).body();
        assertNotNull(body.selectFirst("div.raw-html div.quiz input#answer"), body.html());
        assertEquals("Check", body.selectFirst("div.quiz p b").text());
        assertTrue(body.select("pre, code").isEmpty(), "no line of it is code: " + body.html());
        assertFalse(body.text().contains("{{"), body.html());
        assertEquals("this", body.selectFirst("p em").text());
    }

    @Test
    void codeAndATagNeverClosedStay() {
        String code = "```\n{{< rawhtml >}}\n<b>x</b>\n\n{{< /rawhtml >}}\n```\n";
        assertSame(code, RawHtmlShortcodes.apply(code));
        String open = "{{< rawhtml >}}\n<b>x</b>\n\nmore\n";
        assertSame(open, RawHtmlShortcodes.apply(open));
    }
}
