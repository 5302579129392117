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
import java.util.List;
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

    @Test
    void everyCharacterTheCoreRendererChangesIsChangedTheSame() throws IOException {
        SameAsFlexmark.onSamplesAndRealPages(m -> html(false, m), m -> html(true, m), List.of(
                "Plain prose, with \"quotes\", a < b > c, and 'apostrophes'.",
                "Entities &amp; &lt; &#35; &#x41; &copy; and a bare & ampersand, &nosuch; too.",
                "Escapes \\* \\_ \\\\ \\< and a lone backslash \\ here.",
                "Windows line ends\r\nin a paragraph\r\nand a lone\rreturn.",
                "*emphasis \"in quotes\"* and `code <b>` and [a \"link\" <x>](https://x.org \"t\") and ![alt \"i\"](i.png)",
                "| a < b | \"c\" |\n|---|---|\n| d > e | f & g |",
                "> quoted \"text\" > more\n\n- a list <item>\n- \"two\"",
                "Unicode: naïve café — “curly” quotes, 日本語, emoji 🙂 <ok>",
                ""));
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
