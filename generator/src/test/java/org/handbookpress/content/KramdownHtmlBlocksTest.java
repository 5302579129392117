package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KramdownHtmlBlocksTest {

    /** opensource.guide's quote box as written, opening with the speaker's avatar, and as it becomes. */
    private static final String QUOTE_BOX = "<aside markdown=\"1\" class=\"pquote\">\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">\n";
    private static final String QUOTE_FENCE = "::: {.aside .pquote}\n  <img src=\"a.png\" class=\"avatar\" alt=\"Ann\">"
            + KramdownHtmlBlocks.IN_PARAGRAPH + "\n";

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
        // The table's first line starts raw HTML that runs to the blank line, past both closing tags.
        String page = "<aside markdown=\"1\" class=\"pquote\">\n<table><tr><td>1</td></tr>\n</table>\nQuote.\n<p markdown=\"1\">\n"
                + "— Ann\n</p>\n</aside>\n\nAfter.\n";
        assertEquals(page, KramdownHtmlBlocks.apply(page));
    }

    /**
     * MkDocs Material's figure (md_in_html): the attribute bare or {@code "span"}, the picture's Markdown and its caption on
     * the lines between, without blank lines; the caption's element, raw HTML to CommonMark up to the next blank line, took
     * the closing line into it, and the figure was shown as typed. The caption is a block of its one line now. An element
     * marked {@code markdown="0"} holds none.
     */
    @Test
    void mdInHtmlFiguresHoldMarkdownAndTheirCaptionEndsOnItsLine() {
        String page = """
                <figure markdown="span">
                  ![Our values](images/values.png){ width="300" }
                  <figcaption>Click to enlarge</figcaption>
                </figure>
                <figure markdown>
                  ![Map](map.png)
                  <figcaption class="small">Where we meet</figcaption>
                </figure>
                <figure markdown="0">
                  ![Kept](kept.png)
                </figure>
                """;
        assertEquals("""
                ::: {.figure}
                  ![Our values](images/values.png){ width="300" }
                <!----><figcaption>Click to enlarge</figcaption>
                :::
                ::: {.figure}
                  ![Map](map.png)
                <!----><figcaption class="small">Where we meet</figcaption>
                :::
                <figure markdown="0">
                  ![Kept](kept.png)
                </figure>
                """, KramdownHtmlBlocks.apply(page));
    }

    @Test
    void aPictureAloneOnItsLineOpensTheParagraphAsInKramdown() {
        // opensource.guide's quotes: the avatar, the words, the credit; CommonMark alone would take the picture's line for raw
        // HTML running past both closing tags, and show the credit's link as typed.
        String page = QUOTE_BOX + "  Quote.\n"
                + "  <p markdown=\"1\" class=\"credit\">\n— [Ann](https://example.org/)\n  </p>\n</aside>\n\nAfter.\n";
        assertEquals(QUOTE_FENCE
                + "  Quote.\n::: {.p .credit}\n— [Ann](https://example.org/)\n:::\n:::\n\nAfter.\n", KramdownHtmlBlocks.apply(page));
        assertEquals("::: {.aside .pquote}\nQuote.\n:::\n", KramdownHtmlBlocks.apply("<aside markdown = \"1\" class = \"pquote\">\nQuote.\n</aside>\n"),
                "spaces around the equals signs, as opensource.guide's translations write them");
        String outside = "<img src=\"a.png\" alt=\"\">\nRaw, as CommonMark says.\n";
        assertEquals(outside, KramdownHtmlBlocks.apply(outside + "<div markdown=\"1\">\n</div>\n").substring(0, outside.length()));
    }

    @Test
    void aParagraphOfMarkdownOnOneLineIsASpanOfTheSameLine() {
        // opensource.guide's translations: the credit opened and closed on its line, its link to be read as Markdown.
        String page = QUOTE_BOX + "  Quote.\n"
                + "  <p markdown=\"1\" class= \"pquote-credit\" >— @ann, [\"Healthy\"](https://example.org/)</p>\n</aside>\n\nAfter.\n";
        assertEquals(QUOTE_FENCE
                + "  Quote.\n  <span class= \"pquote-credit\">— @ann, [\"Healthy\"](https://example.org/)</span>\n:::\n\nAfter.\n",
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

    @Test
    void aCreditOpeningWithALinkIsTextNotRawHtml() {
        // opensource.guide's translations: the credit's line starts with a link, then words; CommonMark reads it as a
        // paragraph (a tag starts raw HTML only alone on its line, or a block element's), so the box stays a box.
        String page = QUOTE_BOX + " Quote.\n"
                + "  <p markdown=\"1\" class=\"pquote-credit\">\n<a href=\"https://example.org/ann\">— [@ann](https://example.org/ann)</a>, who keeps it\n"
                + "  </p>\n</aside>\n\nAfter.\n";
        assertEquals(QUOTE_FENCE
                + " Quote.\n::: {.p .pquote-credit}\n<a href=\"https://example.org/ann\">— [@ann](https://example.org/ann)</a>, who keeps it\n"
                + ":::\n:::\n\nAfter.\n", KramdownHtmlBlocks.apply(page));
        assertEquals("::: {.aside}\n<i>Quote.</i>\n<a href=\"x\">Ann</a>\n:::\n",
                KramdownHtmlBlocks.apply("<aside markdown=\"1\">\n<i>Quote.</i>\n<a href=\"x\">Ann</a>\n</aside>\n"), "words in tags are words");
        // A tag alone on its line continues a paragraph (CommonMark's type 7 may not interrupt one); anywhere else it starts
        // raw HTML, running past the box's end, and the box is left as written. So does a block element's tag, words or not.
        // (A picture, link or other span-level tag opening a paragraph is kramdown's, above; this is an element of another kind.)
        assertEquals("::: {.aside}\nQuote.\n<x-note title='Ann' data-x=y>\n:::\n",
                KramdownHtmlBlocks.apply("<aside markdown=\"1\">\nQuote.\n<x-note title='Ann' data-x=y>\n</aside>\n"));
        for (String before : List.of("Quote.\n\n", "## Quote\n", "", "---\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "\n    code\n")) {
            String tagAlone = "<aside markdown=\"1\">\n" + before + "<x-note title='Ann' data-x=y>\n</aside>\n";
            assertEquals(tagAlone, KramdownHtmlBlocks.apply(tagAlone), before);
        }
        String blockFirst = "<aside markdown=\"1\">\nQuote.\n<div>Ann and more</div> words\n</aside>\n";
        assertEquals(blockFirst, KramdownHtmlBlocks.apply(blockFirst), "a block element's tag starts raw HTML whatever follows");
    }

    @Test
    void aParagraphOpenedAtTheEndOfALineIsASpanToItsClosingLine() {
        // The quote's words, then the credit's paragraph opened on the same line and closed on a line of its own.
        String page = QUOTE_BOX
                + "Words of the quote.  <p markdown=\"1\" class=\"pquote-credit\">\n— <a href=\"https://example.org/ann\">@ann</a>, from [Saying no](https://example.org/no)\n"
                + "  </p>\n</aside>\n\nAfter.\n";
        assertEquals(QUOTE_FENCE
                + "Words of the quote.  <span class=\"pquote-credit\">\n— <a href=\"https://example.org/ann\">@ann</a>, from [Saying no](https://example.org/no)\n"
                + "  </span>\n:::\n\nAfter.\n", KramdownHtmlBlocks.apply(page));
        String unclosed = "Words.  <p markdown=\"1\">\nCredit.\n\n</p>\n";
        assertEquals(unclosed, KramdownHtmlBlocks.apply(unclosed), "closed only past a blank line: left as written");
    }

    @Test
    void aBareParagraphInABoxIsAParagraphAsInKramdown() {
        // opensource.guide's translations: the quote in its own language, then in English in <p><em>…</em></p>, then the
        // credit. CommonMark's raw HTML from the <p> line would run past the credit's fence to the blank line.
        String page = QUOTE_BOX + "  Citat.\n"
                + "  <p>\n    <em>\n      The quote.\n    </em>\n  </p>\n  <p markdown=\"1\" class=\"pquote-credit\">\n— [Ann](https://example.org/)\n"
                + "  </p>\n</aside>\n\nAfter.\n";
        assertEquals(QUOTE_FENCE
                + "  Citat.\n\n<em>" + KramdownHtmlBlocks.IN_PARAGRAPH + "\nThe quote.\n</em>\n\n::: {.p .pquote-credit}\n"
                + "— [Ann](https://example.org/)\n:::\n:::\n\nAfter.\n", KramdownHtmlBlocks.apply(page));
        String outsideABox = "<p>\n*raw*\n</p>\n";
        assertEquals(outsideABox, KramdownHtmlBlocks.apply(outsideABox + "<div markdown=\"1\">\n</div>\n").substring(0, outsideABox.length()));
        String withAttributes = "<div markdown=\"1\">\n<p class=\"x\">\nText.\n</p>\n</div>\n";
        assertEquals(withAttributes, KramdownHtmlBlocks.apply(withAttributes), "a <p> with attributes is left, and its raw HTML keeps the box as written");
    }
}
