package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquid's comments are the editors' notes, left out as Jekyll and Eleventy leave them out: before, they were published
 * as written, with the notes in them.
 */
class LiquidCommentsTest {

    @Test
    void aCommentIsLeftOutAndItsLinesKept() {
        // A comment over lines leaves its line breaks: the paragraph after it is still on line 6.
        assertEquals("- Book the hall \n- Order the tea\n\n\n\nNext, the rota.\n", LiquidComments.apply("""
                - Book the hall {% comment %}TODO link to the venues page{% endcomment %}
                - Order the tea{%- comment -%} ask Sam which supplier {%- endcomment -%}
                {% comment %}
                The old rota went here.
                {% endcomment %}
                Next, the rota.
                """));
    }

    @Test
    void aCommentInCodeOrARawBlockIsShownAndOneNeverClosedStays() {
        String page = """
                To hide a note, write `{% comment %}a note{% endcomment %}`.

                ```liquid
                {% comment %}shown{% endcomment %}
                ```

                {% raw %}{% comment %}also shown{% endcomment %}{% endraw %}

                {% comment %} never closed
                """;
        assertEquals(page, LiquidComments.apply(page));
    }

    @Test
    void aBuiltPageShowsNoCommentAndReportsNone(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Team handbook\n",
                "index.md", """
                        # Events

                        - Book the hall {% comment %}TODO link to the venues page{% endcomment %}
                        - Order the tea

                        {% comment %}
                        Ask Sam which supplier.
                        {% endcomment %}
                        See [the rota](rota.md).
                        """,
                "rota.md", "# Rota\n\nMondays.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Book the hall", "Order the tea"), page.select("main li").eachText());
        assertFalse(page.select("main").text().contains("Sam"), page.select("main").html());
        assertEquals(List.of(), result.findings().stream().map(f -> f.code() + ":" + f.line()).toList());
    }
}
