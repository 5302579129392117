package org.handbookpress.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A chapter holding every element the sanitiser lets a page keep, each around a word of its own, with a style sheet of
 * its own and inline SVG: for the tests that the PDF prints every word and the page passes axe-core.
 */
public final class EveryElementPage {

    /** Inline elements, each around a word of its own. */
    private static final List<String> INLINE = List.of("a href=\"index.md\"", "abbr title=\"t\"", "b", "bdi", "bdo dir=\"ltr\"", "cite",
            "code", "data value=\"1\"", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
            "strong", "sub", "sup", "time datetime=\"2026-01-01\"", "u", "var", "label");

    /** Block elements, each around a word of its own. */
    private static final List<String> BLOCK = List.of("address", "article", "aside", "blockquote", "div", "figure", "footer",
            "header", "section", "h2", "h3", "h4", "h5", "h6", "p", "pre");

    /** The page's Markdown, front matter included (kind: chapter, so it has a PDF of its own). */
    public final String markdown;
    /** The words of text the page shows (not those of its SVG, drawn as outlines in PDFs). */
    public final List<String> words;

    private EveryElementPage(String markdown, List<String> words) {
        this.markdown = markdown;
        this.words = List.copyOf(words);
    }

    public static EveryElementPage make() {
        StringBuilder page = new StringBuilder("---\ntitle: Elements\nkind: chapter\n---\n# Elements\n\n<p>");
        List<String> words = new ArrayList<>();
        for (String tag : INLINE) {
            String name = tag.split(" ")[0];
            String word = "inline" + name + "word";
            words.add(word);
            page.append('<').append(tag).append('>').append(word).append("</").append(name).append("> ");
        }
        page.append("</p>\n\n");
        for (String tag : BLOCK) {
            String word = "block" + tag + "word";
            words.add(word);
            page.append('<').append(tag).append('>').append(word).append("</").append(tag).append(">\n\n");
        }
        page.append("""
                <dl><dt>termdtword</dt><dd>meaningddword</dd></dl>

                <details><summary>summarysummaryword</summary>detailsbodyword</details>

                <ruby>rubybaseword<rp>(</rp><rt>rubytextword</rt><rp>)</rp></ruby>

                <figure><figcaption>figcaptionword</figcaption></figure>

                <table><caption>tablecaptionword</caption><colgroup><col></colgroup><thead><tr><th>headcellword</th></tr></thead>
                <tbody><tr><td>bodycellword</td></tr></tbody><tfoot><tr><td>footcellword</td></tr></tfoot></table>

                | Left | Centre | Right |
                | :--- | :----: | ----: |
                | alignedleftword | alignedcentreword | alignedrightword |

                <table border="1" cellpadding="2" width="80%"><tr><th abbr="Old">oldheadword</th>
                <td valign="top" align="right" bgcolor="#eeeeee" width="50%" nowrap>oldattributesword</td></tr></table>

                <ul><li>listitemword<input type="checkbox" checked> checkboxlabelword</li></ul>

                <ol><li>numbereditemword</li></ol>

                <p>Before a break<br>afterbreakword and a <wbr>wbrword.</p>

                <hr>

                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="5" y="30">svgtextword</text></svg>

                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="5" y="30" font-family="Georgia, serif">svgserifword</text></svg>

                <style>.brand { font-family: 'Brand Sans'; } .shout { text-transform: uppercase; }</style>
                <p class="brand">brandfontword</p>

                <p class="shout">shoutedword</p>

                The last paragraph: lastparagraphword.
                """);
        words.addAll(List.of("termdtword", "meaningddword", "summarysummaryword", "detailsbodyword", "rubybaseword", "rubytextword",
                "figcaptionword", "tablecaptionword", "headcellword", "bodycellword", "footcellword", "listitemword",
                "checkboxlabelword", "numbereditemword", "afterbreakword", "wbrword", "brandfontword", "lastparagraphword",
                "alignedleftword", "alignedcentreword", "alignedrightword", "oldheadword", "oldattributesword"));
        return new EveryElementPage(page.toString(), words);
    }
}
