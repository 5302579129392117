package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every element a page may hold (the sanitiser's list) prints its words in the page's PDF: the layout engine has
 * no fallback where a browser has one, and leaves text out, or stops the print, without a word (a samp did), and a
 * page's own style sheet is applied, not printed as text. (SVG text is drawn as outlines: seen, not extracted.)
 */
class EveryElementPrintsTest {

    /** Inline elements, each around a word of its own. */
    private static final List<String> INLINE = List.of("a href=\"index.md\"", "abbr title=\"t\"", "b", "bdi", "bdo dir=\"ltr\"", "cite",
            "code", "data value=\"1\"", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
            "strong", "sub", "sup", "time datetime=\"2026-01-01\"", "u", "var", "label");

    /** Block elements, each around a word of its own. */
    private static final List<String> BLOCK = List.of("address", "article", "aside", "blockquote", "div", "figure", "footer",
            "header", "section", "h3", "h4", "h5", "h6", "p", "pre");

    @Test
    void everyAllowedElementPrintsItsWords(@TempDir Path dir) throws Exception {
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
                "checkboxlabelword", "numbereditemword", "afterbreakword", "wbrword", "brandfontword", "lastparagraphword"));
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Elements\n", "index.md", "# Home\n\nWelcome.\n", "elements.md", page.toString()));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/elements.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        List<String> missing = words.stream().filter(w -> !text.contains(w)).toList();
        assertTrue(missing.isEmpty(), "words not in the PDF: " + missing + "\nfindings: " + result.findings());
        // The page's style sheet is applied, as in a browser, not printed as text.
        assertTrue(text.contains("SHOUTEDWORD") && !text.contains("text-transform") && !text.contains("BrandSans"), text);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
    }
}
