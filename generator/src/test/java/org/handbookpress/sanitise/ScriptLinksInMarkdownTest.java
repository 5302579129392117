package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A javascript: link written in Markdown is removed and reported as the same link written in HTML is: Flexmark's own
 * rule dropped its address without a word, so the author never learnt that the link had gone.
 */
class ScriptLinksInMarkdownTest {

    @Test
    void aMarkdownJavascriptLinkIsRemovedAndReported(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", "# Home\n\nPress [here](javascript:alert(1)) to start.\n"));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("out")).withTimestamp(TestHandbooks.TIMESTAMP)
                .withoutPdfs(), BuildLog.SILENT).run();
        List<String> scripts = result.findings().stream().filter(f -> f.code().equals("html.script"))
                .map(f -> f.line() + " " + f.message()).toList();
        assertEquals(1, scripts.size(), result.findings().stream().map(Finding::format).toList().toString());
        assertTrue(scripts.get(0).startsWith("3 removed a javascript: link (javascript:alert(1))"), scripts.toString());
        String page = Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("javascript:"), "the address is gone");
        assertTrue(page.contains("Press <a>here</a> to start."), "its words stay");
    }
}
