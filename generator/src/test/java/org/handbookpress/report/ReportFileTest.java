package org.handbookpress.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    /**
     * A report refused for being among the author's files is told where to go instead. With the project's own folder as
     * the content folder (-Dhandbook.content=.), the advice was target/handbook-report.json, which is inside it and
     * refused in turn; it now names a file beside the content folder, and how to keep target/ out of it.
     */
    @Test
    void theAdviceForARefusedReportIsAPlaceThatWouldBeTaken(@TempDir Path dir) {
        Path project = Path.of("").toAbsolutePath(); // where a build runs, and so where target/ is
        assertNotNull(ReportFile.refusal(Path.of("target", "handbook-report.json"), project, null), "the usual place is refused here");
        String advice = ReportFile.advice(project, null);
        assertFalse(advice.contains("such as target/"), advice);
        assertTrue(advice.contains(project.getParent().resolve("handbook-report.json").toString()) && advice.contains("-Dhandbook.content=content"),
                advice);

        assertTrue(ReportFile.advice(dir.resolve("content"), null).endsWith("such as target/handbook-report.json"),
                "a content folder of its own: the usual place");
    }
}
