package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Cutting the private attributes from a frozen page's HTML gives what stripping its tree and writing it out gives. */
class SourceLinesTest {

    /** The HTML as a frozen page holds it, and as the layouts wrote it by stripping the tree. */
    private static void sameAsTheTree(String html) {
        Document frozen = Jsoup.parseBodyFragment(html);
        frozen.outputSettings().prettyPrint(false);
        String text = frozen.body().html();
        Document tree = Jsoup.parseBodyFragment(text);
        tree.outputSettings().prettyPrint(false);
        SourceLines.strip(tree.body());
        assertEquals(tree.body().html(), SourceLines.stripped(text), text);
    }

    @Test
    void privateAttributesAreCutFromTagsOnly() {
        for (String html : List.of(
                "<p data-hb-line=\"3\">Text that says data-hb-line=\"4\" in so many words, and &lt;p data-hb-line=\"5\"&gt;.</p>",
                "<p data-hb-line=\"1\" class=\"x\" title=\"a &gt; b data-hb-line=&quot;2&quot;\" data-hb-wiki=\"Page#Part\">t</p>",
                "<details data-hb-line=\"2\" data-hb-unclosed=\"\" open><summary data-hb-line=\"2\">More</summary></details>",
                "<div data-hb-unsupported=\"grid\" data-hb-line=\"9\"><img src=\"a.png\" alt=\"A &quot;quoted&quot; &lt;alt&gt;\" data-hb-line=\"10\"></div>",
                "<!-- <p data-hb-line=\"1\"> kept as written --><p data-hb-line=\"2\">after</p>",
                "<script>var s = '<p data-hb-line=\"1\">';</script><style>p[data-hb-line=\"1\"] {}</style><p data-hb-line=\"3\">x</p>",
                "<textarea data-hb-line=\"4\"><b data-hb-line=\"5\"></textarea><title>t</title>",
                "<svg data-hb-line=\"6\" viewBox=\"0 0 1 1\"><circle r=\"1\"></circle></svg><br data-hb-line=\"7\">",
                "<p data-hb-lines=\"1\" data-hb-line-x=\"2\" data-hb-line=\"3\">near names stay</p>",
                "<P DATA-HB-LINE=\"1\">upper case</P> and a lone < in text, and &nbsp;space",
                "plain text, no tags at all")) {
            sameAsTheTree(html);
        }
        assertTrue(SourceLines.stripped("<p data-hb-line=\"1\">a</p>").equals("<p>a</p>"));
        assertFalse(SourceLines.stripped("<p title=\"x\" data-hb-wiki=\"P\">a</p>").contains("data-hb"));
    }

    /** Every page of the example handbook and, when ../shared is beside the repository, of the real-world curricula. */
    @Test
    void realPagesGiveWhatTheTreeGives() throws IOException {
        MarkdownConverter converter = new MarkdownConverter();
        List<Path> pages = TestHandbooks.realMarkdownPages();
        for (Path page : pages) {
            sameAsTheTree(converter.toHtml(Files.readString(page, StandardCharsets.UTF_8), 1));
        }
        assertTrue(pages.size() >= 16, "pages compared: " + pages.size());
    }
}
