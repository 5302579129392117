package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PythonMarkdownHtmlBlocksTest {

    @Test
    void aBlockElementRunsToItsClosingTagOverBlankLines() {
        assertEquals("Intro.\n\n<div class=\"doc\">\n<!---->\n<h4>f()</h4>\n<!---->\n    <div class=\"inner\">\n<!---->\n    <p>Text</p>\n"
                        + "    </div>\n</div>\n\nAfter **this**.\n",
                PythonMarkdownHtmlBlocks.apply("Intro.\n\n<div class=\"doc\">\n\n<h4>f()</h4>\n\n    <div class=\"inner\">\n\n    <p>Text</p>\n"
                        + "    </div>\n</div>\n\nAfter **this**.\n"));
    }

    @Test
    void whatPythonMarkdownReadsAsMarkdownStays() {
        String[] same = {
            "Text <div>\n\nnot a block\n</div>\n", // not at the start of a block
            "  <div>\n\n  indented\n</div>\n", // not at a line's start
            "<div markdown=\"1\">\n\n**Markdown**\n\n</div>\n", // md_in_html: Markdown inside
            "<figure markdown>\n\n| a | b |\n|---|---|\n\n</figure>\n", // the attribute without a value
            "<div class=\"x\" markdown>\n\n*M*\n\n</div>\n",
            "<div>\n\nnever closed\n", // no end: as CommonMark reads it
            "```html\n<div>\n\n</div>\n```\n", // code
            "<span>\n\ninline\n</span>\n"}; // not a block element
        for (String text : same) {
            assertSame(text, PythonMarkdownHtmlBlocks.apply(text), text);
        }
    }

    @Test
    void manyElementsNeverClosedAreReadInTime() {
        String text = "\n<div>\n".repeat(20_000);
        assertSame(text, org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> PythonMarkdownHtmlBlocks.apply(text)));
        String closedAtTheEnd = "\n<div>\n".repeat(20_000) + "</div>\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> PythonMarkdownHtmlBlocks.apply(closedAtTheEnd));
    }

    @Test
    void nestedElementsOfTheSameNameAreCounted() {
        assertEquals("<div>\n<div>\n<!---->\n</div>\n<!---->\n</div>\n\nx\n", PythonMarkdownHtmlBlocks.apply("<div>\n<div>\n\n</div>\n\n</div>\n\nx\n"));
    }

    @Test
    void fencedCodeInsideAnElementIsLeftToBeCode() {
        // A worked answer folded away: MkDocs takes the fence out before it reads the raw HTML, and shows it as code.
        assertEquals("<details>\n<summary>Answer</summary>\n\n```python\ntotal = 0\n\nfor n in range(3):\n    total += n\n```\n<!---->\n"
                        + "Prose stays raw.\n<!---->\n</details>\n",
                PythonMarkdownHtmlBlocks.apply("<details>\n<summary>Answer</summary>\n\n```python\ntotal = 0\n\nfor n in range(3):\n"
                        + "    total += n\n```\n\nProse stays raw.\n\n</details>\n"));
    }
}
