package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RawHtmlTest {

    private static Element body(String markdown) {
        return Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(markdown, 1)).body();
    }

    @Test
    void anUnclosedDivInOneBlockSwallowsNothingAfterIt() {
        Element body = body("Before.\n\n<div class=\"notes\">\nopen\n\nAfter *this*.\n\n---\n\n## Next\n");
        Element div = body.selectFirst("div.notes");
        assertEquals("open", div.text(), body.html());
        assertTrue(div.hasAttr(MarkdownConverter.UNCLOSED), "marked for the sanitiser to report: " + body.html());
        assertEquals("3", div.attr(MarkdownConverter.LINE));
        assertEquals(body, body.selectFirst("hr").parent(), "the break stays at the top level: " + body.html());
        assertEquals(body, body.selectFirst("h2").parent());
    }

    /** Raw HTML is given its line by the same rule as the blocks around it, whatever the file's line ends. */
    @Test
    void rawHtmlLinesCountEveryKindOfLineEnd() {
        for (String end : java.util.List.of("\n", "\r\n", "\r")) {
            Element body = body(String.join(end, "Before.", "", "<div class=\"box\">", "", "Inside <kbd>k</kbd>.", "", "</div>", ""));
            assertEquals("3", body.selectFirst("div.box").attr(MarkdownConverter.LINE), "line ends " + end.replace("\r", "\\r").replace("\n", "\\n"));
            assertEquals("5", body.selectFirst("kbd").attr(MarkdownConverter.LINE), body.html());
            assertEquals("1", body.selectFirst("p").attr(MarkdownConverter.LINE));
        }
    }

    @Test
    void aWrapperClosedByALaterBlockKeepsItsMarkdown() {
        Element body = body("<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\nAfter.\n");
        Element details = body.selectFirst("details");
        assertNotNull(details.selectFirst("em"), body.html());
        assertFalse(details.hasAttr(MarkdownConverter.UNCLOSED), "closed by its author");
        assertEquals("2", details.selectFirst("summary").attr(MarkdownConverter.LINE));
        assertEquals(body, body.select("p").last().parent(), "After. is outside: " + body.html());
    }

    @Test
    void aWrapperIsNeverKeptOpenAcrossAThematicBreak() {
        Element body = body("<div>\n\nOne.\n\n---\n\nTwo.\n\n</div>\n");
        assertEquals(body, body.selectFirst("hr").parent(), body.html());
        assertTrue(body.selectFirst("div").hasAttr(MarkdownConverter.UNCLOSED));
    }

    @Test
    void anOuterWrapperLeftOpenIsClosedAtTheEndOfItsContainer() {
        Element body = body("> <div class=\"outer\">\n> <div class=\"inner\">\n>\n> Quoted.\n>\n> </div>\n\nAfter.\n");
        Element outer = body.selectFirst("div.outer");
        assertTrue(outer.hasAttr(MarkdownConverter.UNCLOSED), body.html());
        assertEquals("blockquote", outer.parent().tagName());
        assertEquals(body, body.select("p").last().parent(), body.html());
    }

    @Test
    void inlineHtmlLeftOpenIsClosedAtTheEndOfItsParagraph() {
        Element body = body("Press <kbd>Ctrl</kbd> and <span class=\"x\">more\n\nNext paragraph.\n\nA <div>block in text\n\nLast.\n");
        assertEquals("Ctrl", body.selectFirst("kbd").text());
        assertEquals("1", body.selectFirst("kbd").attr(MarkdownConverter.LINE));
        assertEquals("5", body.selectFirst("div").attr(MarkdownConverter.LINE));
        assertTrue(body.selectFirst("span.x").hasAttr(MarkdownConverter.UNCLOSED));
        assertEquals("more", body.selectFirst("span.x").text());
        assertEquals("block in text", body.selectFirst("div").text(), body.html());
        assertEquals(body, body.select("p").last().parent(), body.html());
    }

    /** As GitHub writes a table whose cells hold Markdown: each cell tag in a block of its own, or a whole cell in one. */
    @Test
    void tableCellsInBlocksOfTheirOwnStayCells() {
        Element body = body("<table>\n<tr>\n\n<td>\n\nCell **one**\n\n</td>\n\n<td>Cell two</td>\n\n</tr>\n</table>\n\nAfter.\n");
        assertEquals(List.of("Cell one", "Cell two"), body.select("table > tbody > tr > td").eachText(), body.html());
        assertEquals("one", body.selectFirst("td strong").text());
        assertEquals("After.", body.selectFirst("table + p").text());
    }

    @Test
    void aTagMissingItsCloseBeforeALongParagraphIsText() {
        // <div class="note" without its ">", then 3,000 words in the same block: the tag expression, matched a
        // character at a time, ran out of stack, and the whole page failed.
        String words = String.join(" ", java.util.Collections.nCopies(3000, "care"));
        Element body = body("# Home\n\n<div class=\"note\"\n" + words + "\n</div>\n\nAfter, <b title=\"a/b\">bold</b> and <br/>.\n");
        assertEquals("Home", body.selectFirst("h1").text(), "converted (the words read as the tag's, as a browser reads them)");
        assertEquals("bold", body.selectFirst("b").text(), "a tag after it is read as before");
        assertEquals("a/b", body.selectFirst("b").attr("title"));
        assertNotNull(body.selectFirst("br"));
    }

    @Test
    void scriptTextAndCommentsAreNotTags() {
        Element body = body("<script>if (a <b) { x('<div>'); }</script>\n\nAfter.\n");
        assertEquals(body, body.selectFirst("p").parent(), body.html());
        assertTrue(body.selectFirst("script").data().contains("'<div>'"));
    }
}
