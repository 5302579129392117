package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.handbookpress.testing.OddNamesHandbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages named {@code hash#tag.md}, {@code q?mark.md}, {@code pct%20x.md}, {@code colon: x.md}, {@code café gŵyl.md}. */
class AnyFileNameTest {

    @TempDir
    Path temp;

    @Test
    void everyLinkToAPageWithAnOddNameWorks() throws Exception {
        Path content = OddNamesHandbook.write(temp);
        Path site = temp.resolve("site");
        BuildResult result = TestHandbooks.build(content, site);
        List<Finding> problems = result.findings().stream().filter(f -> f.severity() != Severity.NOTICE).toList();
        assertEquals(List.of(), problems);
        OddNamesHandbook.assertEveryLinkWorks(site);
    }
}
