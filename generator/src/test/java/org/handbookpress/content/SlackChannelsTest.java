package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * 18F's {@code {% slack_channel "name" %}} is the channel's name as text: before, the tag was shown as written (and
 * reported as Liquid); the site links to no chat workspace, which the handbook does not name.
 */
class SlackChannelsTest {

    @Test
    void aChannelTagIsItsNameAsText(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Team handbook\n",
                "index.md", """
                        # Leave

                        Ask in {% slack_channel "people-ops" %} before you book, or in {%- slack_channel '#leave_questions' -%}.

                        {% slack_channel "tts-hr" "the HR channel" %} answers within a day; so does {% slack_channel "payroll", "#payroll" %}.

                        {% slack_channel "front-desk" %} is staffed in the mornings.

                        | Team | Where |
                        |------|-------|
                        | IT   | {% slack_channel "it_help" %} |

                        <p>Urgent: {% slack_channel "incidents" %}</p>

                        To link a channel, write `{% slack_channel "name" %}`.

                        ```liquid
                        {% slack_channel "name" %}
                        ```

                        {% raw %}{% slack_channel "shown" %}{% endraw %} and {% slack_channel page.channel %}
                        """));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        List<String> paragraphs = page.select("main p").eachText();
        assertTrue(paragraphs.contains("Ask in #people-ops before you book, or in #leave_questions."), paragraphs.toString());
        assertTrue(paragraphs.contains("the HR channel (#tts-hr) answers within a day; so does #payroll."), paragraphs.toString());
        assertTrue(paragraphs.contains("#front-desk is staffed in the mornings."), "a text, not a heading: " + paragraphs);
        assertEquals("#it_help", page.select("main td").get(1).text(), "in a table's cell, still one cell");
        assertTrue(paragraphs.contains("Urgent: #incidents"), "in raw HTML: " + paragraphs);
        assertEquals(List.of("{% slack_channel \"name\" %}", "{% slack_channel \"name\" %}"), page.select("main code").eachText(),
                "code shows the tag as written");
        assertTrue(paragraphs.contains("{% slack_channel \"shown\" %} and {% slack_channel page.channel %}"), paragraphs.toString());
        assertFalse(page.select("main a").stream().anyMatch(a -> a.attr("href").contains("slack")), "no link to a workspace");
        assertEquals(List.of("syntax.liquid:21"), result.findings().stream().filter(f -> f.code().equals("syntax.liquid"))
                .map(f -> f.code() + ":" + f.line()).toList(), "only the tag with a variable is reported, on its line");
    }
}
