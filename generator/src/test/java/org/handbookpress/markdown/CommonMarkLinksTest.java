package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Collections;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CommonMarkLinksTest {

    private static final Pattern FLEXMARKS = new Parsing(new MutableDataSet()).HTML_TAG;

    @Test
    void theSafeInlineHtmlExpressionMatchesWhatFlexmarksDoes() {
        Pattern safe = CommonMarkLinks.safeHtmlTag(FLEXMARKS);
        assertNotEquals(FLEXMARKS.pattern(), safe.pattern(), "both repeated groups found in Flexmark's expression");
        String[] pieces = {"<", ">", "/", "!--", "-", "--", "->", "-->", "a", "b1", " ", "\n", "=", "\"", "'", "x=y", "?", "![CDATA[", "]]>",
                "!DOCTYPE ", ":", "_", "`", "{"};
        Random random = new Random(3);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder("<");
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(end(FLEXMARKS, text), end(safe, text), text.toString());
        }
    }

    private static int end(Pattern pattern, CharSequence text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.end() : -1;
    }

    @Test
    void aLongCommentOrAStrayTagInAParagraphConverts() {
        // A paragraph commented out after some text, and a "<b" before a long line, ran out of stack: the page failed.
        String words = String.join(" ", Collections.nCopies(4000, "care"));
        Element body = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(
                "Our policy. <!-- " + words + " -->\n\nIf a <b " + words + "\n\nEnd.\n", 1)).body();
        assertEquals("Our policy.", body.child(0).text(), "the comment is a comment");
        assertEquals("End.", body.child(2).text());
    }

    @Test
    void aLineStartingAsATagAndNeverClosingItConverts() {
        // <svg or <TabItem value="a" at the start of a line of 1,000 words: the parser's test for raw HTML alone on its
        // line read each word as an attribute, a level deeper in the stack each, and the page failed.
        String words = String.join(" ", Collections.nCopies(4000, "care"));
        for (String tag : new String[] {"<svg", "<TabItem value=\"a\"", "  <b"}) { // and MkDocs' "??? note", below
            Element body = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml("# Home\n\n" + tag + " " + words + "\n\nEnd.\n", 1)).body();
            assertEquals(tag.strip() + " care care", body.child(1).text().substring(0, tag.strip().length() + 10), tag);
            assertEquals("End.", body.child(2).text(), tag);
        }
        Element folded = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml("??? note " + words + "\n\nEnd.\n", 1)).body();
        assertEquals("End.", folded.children().last().text());
        String div = "<div class=\"box\">\n\nText.\n\n</div>\n";
        assertEquals(div, LongTagLines.escape(div), "a short line, or a block tag, as written");
        String code = "```\n<svg " + words + "\n```\n\n<svg " + words + "\n";
        assertEquals("```\n<svg " + words + "\n```\n\n\\<svg " + words + "\n", LongTagLines.escape(code), "in code as written");
    }

    @Test
    void aLinkTitleNeverClosedBeforeALongParagraphConverts() {
        Pattern flexmarks = new Parsing(new MutableDataSet()).LINK_TITLE;
        assertEquals(3, CommonMarkLinks.safeLinkTitle(flexmarks).pattern().split("x00\\]\\)\\*\\+", -1).length - 1, "all three kinds made possessive");
        String words = String.join(" ", Collections.nCopies(4000, "care"));
        Element body = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(
                "See [the policy](policy.md \"Our policy) " + words + "\n\nAnd [this](a.md \"A \\\"quoted\\\" title\").\n", 1)).body();
        assertTrue(body.child(0).text().startsWith("See [the policy](policy.md \"Our policy) care care"), "no title: as written");
        assertEquals("A \"quoted\" title", body.selectFirst("a").attr("title"));
    }
}
