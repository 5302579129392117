package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a Jekyll site raw HTML ends where kramdown ends it: at the line closing its element, the Markdown after it read. */
class KramdownBlockEndsTest {

    @Test
    void markdownStraightUnderAClosingTagIsReadWithTheLinesKept() {
        String page = """
                <div class="clearfix mb-4">
                  <input type="checkbox" id="cbox12">
                  <label for="cbox12">At least two people can publish</label>
                </div>
                ## You did it!

                Text.
                """;
        String read = KramdownBlockEnds.apply(page);
        assertEquals("""
                <div class="clearfix mb-4">
                  <input type="checkbox" id="cbox12">
                  <label for="cbox12">At least two people can publish</label></div>

                ## You did it!

                Text.
                """, read);
        assertEquals(page.lines().count(), read.lines().count(), "every line keeps its number");
    }

    @Test
    void nestedElementsCloseAtTheOutermostAndOtherHtmlIsLeft() {
        String nested = "<div class=\"outer\">\n<div class=\"inner\">\n</div>\nStill in the outer one\n</div>\nAfter it\n";
        assertEquals("<div class=\"outer\">\n<div class=\"inner\">\n</div>\nStill in the outer one</div>\n\nAfter it\n",
                KramdownBlockEnds.apply(nested));
        String followedByHtml = "<div>\nx\n</div>\n<p>more HTML</p>\n";
        assertEquals(followedByHtml, KramdownBlockEnds.apply(followedByHtml));
        String blankAfter = "<div>\nx\n</div>\n\n## Heading\n";
        assertEquals(blankAfter, KramdownBlockEnds.apply(blankAfter));
        String boxes = "<div class=\"note\" markdown=\"1\">\n**Note** this\n</div>\n## Next\n";
        assertEquals(boxes, KramdownBlockEnds.apply(boxes), "kramdown's markdown=\"1\" boxes are KramdownHtmlBlocks' to read");
        String inParagraph = "Words and\n<div>\nx\n</div>\n## Heading\n";
        assertEquals(inParagraph, KramdownBlockEnds.apply(inParagraph), "a tag in a paragraph continues it, as in CommonMark");
        // just-the-docs' examples: a fence straight under the example's </div> is a fence, as kramdown reads it.
        assertEquals("<div class=\"code-example\">\nButton</div>\n\n```html\n<button>Button</button>\n```\n",
                KramdownBlockEnds.apply("<div class=\"code-example\">\nButton\n</div>\n```html\n<button>Button</button>\n```\n"));
        String fenceInside = "<details>\n<summary>More</summary>\n```\ncode\n```\n</details>\n";
        assertEquals(fenceInside, KramdownBlockEnds.apply(fenceInside), "a fence inside the element stays inside it");
        String inCode = "```\n<div>\nx\n</div>\n## not a heading\n```\n";
        assertEquals(inCode, KramdownBlockEnds.apply(inCode));
    }

    /** The Standard for Public Code's print breaks: an element on a line of its own, a heading straight under it. */
    @Test
    void anElementOnOneLineMovesUpIntoTheBlankLineBeforeIt() {
        assertEquals("* Present at them.\n<p style=\"page-break-after: always;\"></p>\n\n## Further reading\n\nText\n",
                KramdownBlockEnds.apply("* Present at them.\n\n<p style=\"page-break-after: always;\"></p>\n## Further reading\n\nText\n"));
        String noBlankBefore = "Words\n<p class=\"x\"></p>\n## Heading\n";
        assertEquals(noBlankBefore, KramdownBlockEnds.apply(noBlankBefore), "a tag in a paragraph continues it");
        String first = "<p class=\"x\"></p>\n## Heading\n";
        assertEquals(first, KramdownBlockEnds.apply(first), "no blank line to move into: left as written");
    }

    @Test
    void onlyAJekyllSitesPagesAreReadSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("_config.yml"), "title: Site\n");
        assertFalse(JekyllSite.of(dir).rendersWithKramdown(), "a _config.yml alone may be Hexo's or a Jupyter Book's");
        Files.createDirectories(dir.resolve("_layouts"));
        assertTrue(JekyllSite.of(dir).rendersWithKramdown());
        Files.writeString(dir.resolve("_toc.yml"), "root: intro\n");
        assertFalse(JekyllSite.of(dir).rendersWithKramdown(), "a Jupyter Book is MyST, CommonMark's kin");
    }
}
