package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class UnrenderedMarkdownTest {

    private static List<String> found(String markdown) {
        PageHtml html = PageFixture.html("toolkit/a.md", markdown);
        Findings findings = new Findings();
        new UnrenderedMarkdown(findings).apply(html);
        return findings.sorted().stream().map(f -> f.line() + ":" + f.column() + " " + f.message().replaceAll(".*looks like (.*?) in.*", "$1")).toList();
    }

    @Test
    void markdownThatDidNotRenderIsReportedWithItsLine() {
        assertEquals(List.of("4:1 a heading", "4:9 an image", "6:5 a table"), found("""
                # Title

                <div class="box">
                # Tools ![pic](images/a b.png)
                | a | b |
                    |---|---|
                </div>
                """).stream().sorted().toList());
        // Inside a paragraph: the line of the text, not of the paragraph.
        assertEquals(List.of("3:5 a link"), found("""
                First line
                second **line**
                and [a](b c) here.
                """));
        assertEquals(List.of("1:6 strong emphasis"), found("Some **unclosed text.\n"));
    }

    @Test
    void renderedMarkdownAndCodeAreNotReported() {
        assertEquals(List.of(), found("""
                # Title

                ![Toolkit Pic](<../images/Toolkit Pic.png>) and [a link](page.md) and **bold**.

                | a | b |
                |---|---|
                | 1 | 2 |

                `[x](y)` and `**`

                ```
                # not a heading
                ![x](y)
                ```

                5 * 3 = 15, and [square brackets] are fine, as is a #hashtag.
                """));
    }
}
