package org.handbookpress.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

    @Test
    void aFindingWithTabsBreaksAndBackslashesComesBackWhole() {
        Finding finding = new Finding("a folder/pa\tge.md", 12, 3, Severity.WARNING, "link.broken",
                "two\nlines and a \\ backslash\r\nand \\t literally", null);
        String line = FindingLines.finding(finding);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals(FindingLines.FINDING, FindingLines.kind(line));
        assertEquals(finding, FindingLines.parseFinding(FindingLines.fields(line)));
    }

    @Test
    void nullAndEmptyFieldsStayApart() {
        String line = FindingLines.line("built", "", null, "\\0", "x");
        assertEquals(Arrays.asList("", null, "\\0", "x"), FindingLines.fields(line));
    }

    @Test
    void aLineOfOneWordHasOneEmptyField() {
        assertEquals("failed", FindingLines.kind("failed"));
        assertEquals(List.of(""), FindingLines.fields("failed"));
    }
}
