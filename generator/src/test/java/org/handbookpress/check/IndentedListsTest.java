package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class IndentedListsTest {

    private static List<Finding> check(String markdown) {
        Findings findings = new Findings();
        new IndentedLists(findings).apply(PageFixture.html("toolkit/bring.md", markdown));
        return findings.sorted();
    }

    @Test
    void aListIndentedByATabIsReportedAtItsFirstLine() {
        List<Finding> found = check("---\ntitle: What to bring\n---\n\nOn every visit bring:\n\n\t- your badge\n\t- your phone\n");
        assertEquals(1, found.size(), found.toString());
        Finding finding = found.get(0);
        assertEquals("markdown.indented-list", finding.code());
        assertEquals(7, finding.line());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("indented by a tab before its first '-'"), finding.message());
        assertTrue(finding.message().contains("block of code"), finding.message());
    }

    @Test
    void aNumberedListIndentedByFourSpacesIsReportedToo() {
        List<Finding> found = check("Steps:\n\n    1. Ring the bell\n    2. Wait\n");
        assertEquals(List.of(3), found.stream().map(Finding::line).toList(), found.toString());
        assertTrue(found.get(0).message().contains("4 spaces before its first '1'"), found.get(0).message());
    }

    @Test
    void codeMeantAsCodeIsLeftAlone() {
        // Fenced, with other lines in it, and a list properly nested under its item.
        assertEquals(List.of(), check("```\n- your badge\n```\n\n    nav:\n      - index.md\n\n- Tea\n    - milk\n    - sugar\n"));
    }
}
