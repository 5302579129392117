package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Scripts the PDFs cannot lay out (right to left, or joining and reordering) are a warning at their first line, once per script. */
class ScriptCoverageTest {

    private static List<Finding> check(String markdown) throws Exception {
        Findings findings = new Findings();
        String html = new MarkdownConverter().toHtml(markdown, 1);
        new GlyphCoverage().check("welcome.md", "Welcome", Jsoup.parseBodyFragment(html).body(), findings);
        return findings.sorted().stream().filter(f -> f.code().equals("pdf.script-unsupported")).toList();
    }

    /** Right-to-left text prints in its order, Arabic's letters joined (RightToLeftText): no finding, its punctuation included. */
    @Test
    void aCharacterIsNamedEvenWhenItIsNewerThanJavasUnicode() {
        // Java 17 knows Unicode 13.0: the jar emoji (14.0) was reported with no name, a kitchen's shelf label unexplained.
        assertEquals("U+1FAD9 '\uD83E\uDED9' (jar)", GlyphCoverage.describe(0x1FAD9));
        assertEquals("U+13000 '\uD80C\uDC00' (egyptian hieroglyph a001)", GlyphCoverage.describe(0x13000));
    }

    @Test
    void arabicAndHebrewArePrintable() throws Exception {
        assertEquals(List.of(), check("Hello.\n\nمرحبا بكم؛ هل أنت بخير؟\n\nשלום לכולם\n"));
        assertEquals(Character.UnicodeScript.ARABIC, GlyphCoverage.scriptOf(0x061B)); // the Arabic semicolon, "Common"
    }

    /**
     * A right-to-left mark (U+200F), which Arabic keyboards and translators put after a number or a Latin name, is a
     * direction and nothing to print: it was reported as "Common text (such as U+200F …) cannot be printed readably", on
     * an independent youth-mentoring handbook's Arabic chapter that printed correctly. A left-to-right mark likewise.
     */
    @Test
    void aDirectionMarkIsNoScriptThatCannotBePrinted() throws Exception {
        assertEquals(List.of(), check("اتصل بـ \u200EBrightpath (UK)\u200E اليوم. النسخة 2.1\u200F.\n"));
        assertEquals(List.of(), check("Version 2.1\u200F, \u2067مرحبا\u2069.\n"));
    }

    @Test
    void joiningRightToLeftScriptsAreReportedOnceAtTheirFirstLine() throws Exception {
        List<Finding> found = check("Hello.\n\nܫܠܡܐ\n\nܫܠܡܐ\n");
        assertEquals(List.of(3), found.stream().map(Finding::line).toList(), found.toString());
        assertTrue(found.get(0).message().startsWith("Syriac text"), found.get(0).message());
    }

    /** One finding a handbook for each script, at the first page that has it, not one on every page. */
    @Test
    void aScriptIsReportedOncePerHandbook() throws Exception {
        Findings findings = new Findings();
        GlyphCoverage glyphs = new GlyphCoverage();
        for (String page : List.of("one.md", "two.md")) {
            String html = new MarkdownConverter().toHtml("नमस्ते\n", 1);
            glyphs.check(page, "Page", Jsoup.parseBodyFragment(html).body(), findings);
        }
        List<Finding> found = findings.sorted().stream().filter(f -> f.code().equals("pdf.script-unsupported")).toList();
        assertEquals(List.of("one.md"), found.stream().map(Finding::file).toList(), found.toString());
    }

    @Test
    void joiningScriptsWrittenLeftToRightAreReportedToo() throws Exception {
        List<Finding> found = check("Namaste: नमस्ते\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("Devanagari text"), found.get(0).message());
    }

    /** The check passes over characters before Hebrew with only their fonts' coverage, on the strength of this. */
    @Test
    void noCharacterBeforeHebrewIsOfAScriptThatCannotBePrinted() {
        for (int cp = 0; cp < GlyphCoverage.BEFORE_RIGHT_TO_LEFT; cp++) {
            assertFalse(GlyphCoverage.unprintableScript(cp), GlyphCoverage.describe(cp));
        }
        assertTrue(GlyphCoverage.unprintableScript(0x0710), "U+0710, Syriac alaph");
        assertFalse(GlyphCoverage.unprintableScript(0x05D0), "U+05D0, Hebrew alef: printed right to left");
    }

    /** Every character the fonts lack is found, before Hebrew (looked up once) and beyond it alike. */
    @Test
    void aCharacterTheFontsLackIsFoundWhereverItIs() throws Exception {
        GlyphCoverage fonts = new GlyphCoverage();
        List<Integer> lacking = java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0x20, 0x0590),
                        java.util.stream.IntStream.range(0x2000, 0x2BFF))
                .filter(cp -> Character.isDefined(cp) && !fonts.covers(cp)).limit(400).boxed().toList();
        int early = lacking.stream().filter(cp -> cp < GlyphCoverage.BEFORE_RIGHT_TO_LEFT).findFirst().orElseThrow();
        int late = lacking.stream().filter(cp -> cp >= 0x2000).findFirst().orElseThrow();
        Findings findings = new Findings();
        String text = "Plain words, then " + Character.toString(early) + " and " + Character.toString(late) + ".";
        fonts.check("welcome.md", "Welcome", Jsoup.parseBodyFragment("<p>" + text + "</p>").body(), findings);
        List<String> missing = findings.sorted().stream().filter(f -> f.code().equals("pdf.glyph-missing")).map(Finding::message).toList();
        assertEquals(2, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains(GlyphCoverage.describe(early)), missing.toString());
        assertTrue(missing.get(1).contains(GlyphCoverage.describe(late)), missing.toString());
    }

    @Test
    void latinGreekAndCyrillicAreFine() throws Exception {
        assertEquals(List.of(), check("Croeso, café, Ελλάδα, Привет, 123.\n"));
    }
}
