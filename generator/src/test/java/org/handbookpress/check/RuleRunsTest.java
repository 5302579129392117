package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.MarkdownConverter;
import org.junit.jupiter.api.Test;

class RuleRunsTest {

    private static Page page(String markdown) {
        return new Page("rules.md", "rules.html", Path.of("rules.md"), null, "Rules", markdown, 5);
    }

    @Test
    void ordinaryRulesAndEmphasisPass() {
        Findings findings = new Findings();
        String md = "Intro\n\n---\n\n* * *\n\n___\n\n" + "-".repeat(120) + "\n\n**bold** and _it_\n\n- item\n\n> ---\n";
        assertFalse(new RuleRuns(findings).tooLong(page(md)));
        assertEquals(0, findings.sorted().size());
    }

    @Test
    void aLongRunIsNamedAtItsLineWhereverTheParserWouldReadIt() {
        for (String line : new String[] {"-".repeat(3000), "*".repeat(3000) + "a" + "*".repeat(3000), "_ ".repeat(3000) + "sign here",
                "> " + "-".repeat(3000) + "x", "- " + "*".repeat(3000) + "x", "   " + "_".repeat(3000)}) {
            Findings findings = new Findings();
            assertTrue(new RuleRuns(findings).tooLong(page("Intro\n\n" + line + "\n")), line.substring(0, 10));
            Finding finding = findings.sorted().get(0);
            assertEquals("rules.md:7 content.long-rule", finding.file() + ":" + finding.line() + " " + finding.code());
            assertTrue(finding.message().contains("3000"), finding.message());
        }
    }

    @Test
    void manyDashesApartAreNoRun() {
        // Past the quick test (more than the limit of dashes in all), the lines are read: no run is that long.
        String md = "A list - of - many - dashes\n".repeat(RuleRuns.MAX / 3 + 1);
        assertTrue(RuleRuns.mayHoldALongRun(md));
        assertFalse(new RuleRuns(new Findings()).tooLong(page(md)));
        assertFalse(RuleRuns.mayHoldALongRun("-".repeat(RuleRuns.MAX) + "*".repeat(RuleRuns.MAX)));
    }

    @Test
    void fencedCodeIsNotCounted() {
        Findings findings = new Findings();
        assertFalse(new RuleRuns(findings).tooLong(page("```\n" + "-".repeat(3000) + "\n```\n")));
    }

    @Test
    void theLimitIsWellBelowWhereTheParserOverflows() {
        MarkdownConverter converter = new MarkdownConverter();
        for (char rule : new char[] {'-', '*', '_'}) {
            String md = "Intro\n\n" + String.valueOf(rule).repeat(RuleRuns.MAX) + "x\n\n" + String.valueOf(rule).repeat(RuleRuns.MAX) + "\n";
            assertFalse(new RuleRuns(new Findings()).tooLong(page(md)), String.valueOf(rule));
            assertTrue(converter.toHtml(md, 1).contains("<hr"), String.valueOf(rule));
        }
    }
}
