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

    @Test
    void arabicAndHebrewAreReportedOnceEachAtTheirFirstLine() throws Exception {
        List<Finding> found = check("Hello.\n\nمرحبا بكم\n\nשלום לכולם\n\nמה שלומכם\n\nأهلا\n");
        assertEquals(List.of(3, 5), found.stream().map(Finding::line).toList(), found.toString());
        assertTrue(found.get(0).message().startsWith("Arabic text"), found.get(0).message());
        assertTrue(found.get(1).message().startsWith("Hebrew text"), found.get(1).message());
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
        assertTrue(GlyphCoverage.unprintableScript(0x05D0), "U+05D0, Hebrew alef");
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
