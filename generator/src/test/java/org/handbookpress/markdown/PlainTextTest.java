package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;

/** The quick text renderer gives exactly the HTML of Flexmark's own: it only skips work the text does not need. */
class PlainTextTest {

    private static String html(boolean quick, String markdown) {
        MutableDataSet options = new MutableDataSet();
        HtmlRenderer.Builder renderer = HtmlRenderer.builder(options);
        if (quick) {
            renderer.nodeRendererFactory(o -> new PlainText());
        }
        return renderer.build().render(Parser.builder(options).build().parse(markdown));
    }

    private static void sameAsFlexmark(String markdown) {
        assertEquals(html(false, markdown), html(true, markdown), markdown);
    }

    @Test
    void everyCharacterTheCoreRendererChangesIsChangedTheSame() {
        for (String markdown : List.of(
                "Plain prose, with \"quotes\", a < b > c, and 'apostrophes'.",
                "Entities &amp; &lt; &#35; &#x41; &copy; and a bare & ampersand, &nosuch; too.",
                "Escapes \\* \\_ \\\\ \\< and a lone backslash \\ here.",
                "Windows line ends\r\nin a paragraph\r\nand a lone\rreturn.",
                "*emphasis \"in quotes\"* and `code <b>` and [a \"link\" <x>](https://x.org \"t\") and ![alt \"i\"](i.png)",
                "| a < b | \"c\" |\n|---|---|\n| d > e | f & g |",
                "> quoted \"text\" > more\n\n- a list <item>\n- \"two\"",
                "Unicode: naïve café — “curly” quotes, 日本語, emoji 🙂 <ok>",
                "")) {
            sameAsFlexmark(markdown);
        }
    }

    /** The example handbook's pages, and the real-world curricula's when ../shared is beside the repository. */
    @Test
    void realPagesGiveTheSameHtml() throws IOException {
        Path corpora = Path.of(System.getProperty("handbook.repoRoot", ".."), "..", "shared", "corpora").toAbsolutePath().normalize();
        int count = 0;
        for (Path root : Files.isDirectory(corpora) ? List.of(TestHandbooks.exampleContent(), corpora) : List.of(TestHandbooks.exampleContent())) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path page : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    sameAsFlexmark(Files.readString(page, StandardCharsets.UTF_8));
                    count++;
                }
            }
        }
        assertTrue(count >= 16, "pages compared: " + count);
    }

    @Test
    void onlyEntitiesEscapesAndReturnsNeedTheCoreRenderer() {
        assertFalse(PlainText.needsUnescaping("Plain \"prose\" <with> marks, and 'quotes'."));
        assertTrue(PlainText.needsUnescaping("a &amp; b"));
        assertTrue(PlainText.needsUnescaping("a \\* b"));
        assertTrue(PlainText.needsUnescaping("a\rb"));
        assertEquals("a &lt;b&gt; &quot;c&quot;", PlainText.escaped("a <b> \"c\"").toString());
        assertEquals("plain", PlainText.escaped("plain"));
    }

    @Test
    void aSequenceNotCutFromTheTextIsReadAsItIs() {
        BasedSequence page = BasedSequence.of("one two three");
        assertEquals("two", PlainText.string(page.subSequence(4, 7)));
        assertEquals(">>two", PlainText.string(PrefixedSubSequence.prefixOf(">>", page.subSequence(4, 7))));
    }
}
