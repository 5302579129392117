package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KramdownHtmlBlocksTest {

    @Test
    void aDivOfMarkdownIsAFencedDivOfTheSameLines() {
        String page = """
                <div class="code-example note" id="ex" markdown="1">
                [Link button](https://example.org/)

                <div class="inner">
                Raw.
                </div>

                </div>
                """;
        assertEquals("""
                ::: {.code-example .note #ex}
                [Link button](https://example.org/)

                <div class="inner">
                Raw.
                </div>

                :::
                """, KramdownHtmlBlocks.apply(page));
    }

    @Test
    void asidesAndParagraphsToo() {
        assertEquals("::: {.aside .pquote}\n  Quote.\n::: {.p .credit}\n  — [Ann](https://example.org/)\n:::\n:::\n",
                KramdownHtmlBlocks.apply("<aside markdown=\"1\" class=\"pquote\">\n  Quote.\n  <p markdown=\"1\" class=\"credit\">\n"
                        + "  — [Ann](https://example.org/)\n  </p>\n</aside>\n"));
    }

    @Test
    void anElementWhoseEndRawHtmlWouldSwallowStaysAsWritten() {
        // The picture's line starts raw HTML that runs to the blank line, past both closing tags.
        String page = "<aside markdown=\"1\" class=\"pquote\">\n<img src=\"a.png\" alt=\"\">\nQuote.\n<p markdown=\"1\">\n"
                + "— Ann\n</p>\n</aside>\n\nAfter.\n";
        assertEquals(page, KramdownHtmlBlocks.apply(page));
    }

    @Test
    void divsWithoutItAndCodeStayAsWritten() {
        String page = "<div class=\"x\">\n*raw*\n</div>\n\n```\n<div markdown=\"1\">\n</div>\n```\n";
        assertEquals(page, KramdownHtmlBlocks.apply(page));
    }
}
