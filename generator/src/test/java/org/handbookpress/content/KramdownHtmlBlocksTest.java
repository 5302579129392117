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
        // The table's line starts raw HTML that runs to the blank line, past both closing tags.
        String page = "<aside markdown=\"1\" class=\"pquote\">\n<table><tr><td>1</td></tr></table>\nQuote.\n<p markdown=\"1\">\n"
                + "— Ann\n</p>\n</aside>\n\nAfter.\n";
        assertEquals(page, KramdownHtmlBlocks.apply(page));
    }

    @Test
    void aPictureAloneOnItsLineOpensTheParagraphAsInKramdown() {
        // opensource.guide's quotes: the avatar, the words, the credit; CommonMark alone would take the picture's line for raw
        // HTML running past both closing tags, and show the credit's link as typed.
        String page = "<aside markdown=\"1\" class=\"pquote\">\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">\n  Quote.\n"
                + "  <p markdown=\"1\" class=\"credit\">\n— [Ann](https://example.org/)\n  </p>\n</aside>\n\nAfter.\n";
        assertEquals("::: {.aside .pquote}\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">" + KramdownHtmlBlocks.IN_PARAGRAPH
                + "\n  Quote.\n::: {.p .credit}\n— [Ann](https://example.org/)\n:::\n:::\n\nAfter.\n", KramdownHtmlBlocks.apply(page));
        assertEquals("::: {.aside .pquote}\nQuote.\n:::\n", KramdownHtmlBlocks.apply("<aside markdown = \"1\" class = \"pquote\">\nQuote.\n</aside>\n"),
                "spaces around the equals signs, as opensource.guide's translations write them");
        String outside = "<img src=\"a.png\" alt=\"\">\nRaw, as CommonMark says.\n";
        assertEquals(outside, KramdownHtmlBlocks.apply(outside + "<div markdown=\"1\">\n</div>\n").substring(0, outside.length()));
    }

    @Test
    void aParagraphOfMarkdownOnOneLineIsASpanOfTheSameLine() {
        // opensource.guide's translations: the credit opened and closed on its line, its link to be read as Markdown.
        String page = "<aside markdown=\"1\" class=\"pquote\">\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">\n  Quote.\n"
                + "  <p markdown=\"1\" class= \"pquote-credit\" >— @ann, [\"Healthy\"](https://example.org/)</p>\n</aside>\n\nAfter.\n";
        assertEquals("::: {.aside .pquote}\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">" + KramdownHtmlBlocks.IN_PARAGRAPH
                + "\n  Quote.\n  <span class= \"pquote-credit\">— @ann, [\"Healthy\"](https://example.org/)</span>\n:::\n\nAfter.\n",
                KramdownHtmlBlocks.apply(page), "the box is a box again: the credit's line no longer opens raw HTML");
        assertEquals("<span>*a* [b](c.md)</span>\n", KramdownHtmlBlocks.apply("<p markdown=\"1\">*a* [b](c.md)</p>\n"), "outside a box too");
        String nested = "<p markdown=\"1\">a <p>b</p></p>\n";
        assertEquals(nested, KramdownHtmlBlocks.apply(nested), "a paragraph inside is left as written");
    }

    @Test
    void divsWithoutItAndCodeStayAsWritten() {
        String page = "<div class=\"x\">\n*raw*\n</div>\n\n```\n<div markdown=\"1\">\n</div>\n```\n";
        assertEquals(page, KramdownHtmlBlocks.apply(page));
    }
}
