package org.handbookpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;

class FindingTableTest {

    @Test
    void oneRowPerCodeErrorsFirstThenTheCommonest() {
        List<Finding> findings = List.of(
                Finding.warning("b.md", 3, "image.alt-missing", "m", "f"),
                Finding.warning("a.md", 7, "image.alt-missing", "m", "f"),
                Finding.warning("c.md", 1, "placeholder.todo", "m", "f"),
                Finding.error("d.md", 9, "link.broken", "m", "f"),
                Finding.notice("_x/", 0, "page.hidden-folder", "m", "f"));
        assertEquals(List.of(
                "code                severity  count  first",
                "link.broken         error         1  d.md:9",
                "image.alt-missing   warning       2  b.md:3",
                "placeholder.todo    warning       1  c.md:1",
                "page.hidden-folder  notice        1  _x/"), FindingTable.lines(findings));
    }
}
