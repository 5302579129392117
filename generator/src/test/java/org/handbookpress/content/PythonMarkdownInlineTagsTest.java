package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PythonMarkdownInlineTagsTest {

    @Test
    void aLoneTagOfTextOpensAParagraphWhoseMarkdownIsRead() {
        // A volunteers' page as MkDocs shows it: a photo alone on its line, then the name and a biography with a link.
        String page = """
                ## Our volunteers

                <img src="photos/sam.jpg" alt="Sam" class="portrait"/>
                **Sam Okafor**, driver
                Runs the [Tuesday round](rounds.md).

                <br/>
                Also on *Thursdays*.
                """;
        String read = PythonMarkdownInlineTags.apply(page);
        assertEquals(page.split("\n", -1).length, read.split("\n", -1).length, "the page keeps its lines");
        Element body = Jsoup.parseBodyFragment(new MarkdownConverter().toHtml(read, 1)).body();
        assertEquals("rounds.md", body.selectFirst("p a").attr("href"));
        assertEquals("Sam Okafor", body.selectFirst("p strong").text());
        assertEquals("Sam", body.selectFirst("p img").attr("alt"));
        assertEquals("Thursdays", body.selectFirst("p em").text());
    }

    @Test
    void blockElementsLoneTagsAndCodeStayAsCommonMarkReadsThem() {
        List<String> same = List.of(
                "<div class=\"card\">\n**raw** in MkDocs too\n</div>\n", // a block element's tag: raw HTML in both
                "<video src=\"clip.mp4\">\nraw\n</video>\n", // one of Python-Markdown's own block elements
                "<img src=\"a.png\"/>\n\nnothing under it\n", // a tag with a blank line under it
                "Text\n<img src=\"a.png\"/>\nin a paragraph already\n", // inside a paragraph
                "```html\n<span>\ncode\n```\n", // code
                "<span>see *this*</span>\nmore\n"); // not alone on its line: a paragraph in both
        for (String text : same) {
            assertSame(text, PythonMarkdownInlineTags.apply(text), text);
        }
    }
}
