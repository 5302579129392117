package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void latinGreekAndCyrillicAreFine() throws Exception {
        assertEquals(List.of(), check("Croeso, café, Ελλάδα, Привет, 123.\n"));
    }
}
