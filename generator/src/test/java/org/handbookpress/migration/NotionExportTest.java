package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages as Notion's Markdown export writes them, written for this test: ids after their names, callouts as asides. */
class NotionExportTest {

    @Test
    void aCalloutIsABoxWhoseMarkdownAndLinksWork(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("Volunteer FAQ 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md"), """
                # Volunteer FAQ

                <aside>
                ⚠️ **Never** share a mentee's phone number. See [Safeguarding](Safeguarding%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md).

                </aside>
                """);
        Files.writeString(content.resolve("Safeguarding 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md"), "# Safeguarding\n\nCall the lead.\n");
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();
        assertEquals(List.of("config.missing"), result.findings().stream().map(f -> f.code()).toList(), result.findings().toString());
        Element box = Jsoup.parse(Files.readString(out.resolve("Volunteer FAQ 0f1e2d3c4b5a69788796a5b4c3d2e1f0.html")))
                .selectFirst("div.page-body .box-warning");
        assertEquals("Warning", box.selectFirst(".fenced-div-title").text());
        assertEquals("Never", box.selectFirst("strong").text());
        assertEquals("Safeguarding%200a1b2c3d4e5f60718293a4b5c6d7e8f9.html", box.selectFirst("a").attr("href"));
    }
}
