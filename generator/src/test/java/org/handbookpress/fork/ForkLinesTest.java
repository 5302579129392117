package org.handbookpress.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;

class ForkLinesTest {

    @Test
    void aFindingWithTabsBreaksAndBackslashesComesBackWhole() {
        Finding finding = new Finding("a folder/pa\tge.md", 12, 3, Severity.WARNING, "link.broken",
                "two\nlines and a \\ backslash\r\nand \\t literally", null);
        String line = ForkLines.finding(finding);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals(ForkLines.FINDING, ForkLines.kind(line));
        assertEquals(finding, ForkLines.parseFinding(ForkLines.fields(line)));
    }

    @Test
    void nullAndEmptyFieldsStayApart() {
        String line = ForkLines.line(ForkLines.BUILT, "", null, "\\0", "x");
        assertEquals(Arrays.asList("", null, "\\0", "x"), ForkLines.fields(line));
    }

    @Test
    void aLineOfOneWordHasOneEmptyField() {
        assertEquals("failed", ForkLines.kind("failed"));
        assertEquals(List.of(""), ForkLines.fields("failed"));
    }
}
