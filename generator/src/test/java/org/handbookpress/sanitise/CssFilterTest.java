package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CssFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "background: url(https://t.example/p.gif)",
            "background: url( 'HTTPS://t.example/p.gif' )",
            "background: url(//t.example/p.gif)",
            "background: url(/\\t.example/p.gif)",
            "background: u\\72l(https://t.example/p.gif)",
            "background: \\75 rl(https://t.example/p.gif)",
            "background: url(ht\\9tps://t.example/p.gif)",
            "background-image: image-set(\"https://t.example/a.png\" 1x)",
            "background: url(/root.png)",
            "background: url(../../up.png)",
            "width: expression(alert(1))",
            "behavior: url(x.htc)",
            "-ms-behavior: url(x.htc)",
            "p{behavior:url(x.htc)",
            "-moz-binding: url(x.xml#x)",
            "background: url(javascript:alert(1))",
            "background: url(file:///etc/passwd)"})
    void declarationsReachingOutsideAreRemoved(String declaration) {
        CssFilter.Result result = CssFilter.filter("color: red; " + declaration + "; margin: 0", "training");
        assertEquals(1, result.removed().size(), declaration);
        assertTrue(result.css().contains("color: red"), result.css());
        assertTrue(result.css().contains("margin: 0"), result.css());
        assertFalse(result.css().contains("t.example"), result.css());
    }

    /**
     * How a page scrolls runs no code: an NHS community of practice's MkDocs extra.css, html { scroll-behavior: smooth },
     * was told it 'runs code' and lost it, as Internet Explorer's behavior property ends the same.
     */
    @Test
    void scrollBehaviourIsNoCode() {
        String css = "html { scroll-behavior: smooth }\n.menu { overscroll-behavior-y: contain; overscroll-behavior: none }";
        CssFilter.Result result = CssFilter.filter(css, "");
        assertEquals(css, result.css());
        assertTrue(result.removed().isEmpty(), result.removed().toString());
    }

    @Test
    void localUrlsAndDataStay() {
        String css = "a { background: url(../images/a.png) } b { background: url(\"bg.png\"); fill: url(#g) } "
                + "c { background: url(data:image/png;base64,AAAA) }";
        CssFilter.Result result = CssFilter.filter(css, "training");
        assertEquals(css, result.css());
        assertTrue(result.removed().isEmpty());
    }

    @Test
    void importsFromElsewhereAreRemovedFromStylesheets() {
        String css = "@import 'https://fonts.example/a.css';\n@import url(local.css);\n@font-face { font-family: X; src: url(https://f.example/x.woff2) }\np { color: navy }";
        CssFilter.Result result = CssFilter.filter(css, "");
        assertEquals(2, result.removed().size(), result.removed().toString());
        assertTrue(result.css().contains("@import url(local.css)"));
        assertTrue(result.css().contains("font-family: X"));
        assertFalse(result.css().contains("example"), result.css());
        assertTrue(result.css().contains("p { color: navy }"));
        // The removed @import's ';' went with it: a ';' alone is no CSS, and epubcheck rejects a drawing holding one.
        assertTrue(result.css().startsWith("\n@import url(local.css);"), result.css());
    }

    /**
     * The removal names the address as written: a charity's style sheet loading its fonts from the server's top was told
     * it loads "/fonts/37d285_0_0.eot", which is not the file it names. Upper-case code is still caught.
     */
    @Test
    void aRemovalNamesTheAddressAsWritten() {
        CssFilter.Result result = CssFilter.filter("@font-face { src: URL(/Fonts/37D285_0_0.eot) }\n@import \"HTTPS://Fonts.example/Karla.css\";", "");
        assertEquals(List.of("it loads /Fonts/37D285_0_0.eot, which is outside the site", "it loads HTTPS://Fonts.example/Karla.css from another website"),
                result.removed().stream().map(CssFilter.Removal::why).toList());
        assertEquals(1, CssFilter.filter("p { width: EXPRESSION(alert(1)) }", "").removed().size());
    }

    @Test
    void commentsAndStringsDoNotHideOrSplit() {
        CssFilter.Result hidden = CssFilter.filter("background: url(/**/https://t.example/x)", "");
        assertEquals(1, hidden.removed().size());
        CssFilter.Result quoted = CssFilter.filter("content: \"a;b{c}\"; color: red", "");
        assertEquals("content: \"a;b{c}\"; color: red", quoted.css());
    }
}
