package org.handbookpress;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page frozen before its own passes gives, thawed, the tree they made, and their findings once. */
class PagePipelineTest {

    @Test
    void thePassesRunAgainOnThawReportNothingTwice(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Pipeline\n",
                "index.md", "---\ntitle: Home\n---\n# Home\n\n<script>alert(1)</script>\n\n> [!NOTE]\n> A callout.\n\n## Part {#part .wide}\n\nText.\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings, 1).load(content, new ConfigLoader(findings).load(content));
        PagePipeline pipeline = new PagePipeline(handbook, findings, PageLabels.english());
        PageHtml html = pipeline.markdown(handbook.page("index.md").orElseThrow());
        PagePipeline.apply(html, pipeline.ownPasses());
        String passed = html.html();
        int reported = findings.sorted().size();
        html.freezeBefore(pipeline.ownChanges());
        html.thaw();
        assertEquals(passed, html.html());
        assertEquals(reported, findings.sorted().size(), findings.sorted().toString());
        assertEquals(1, findings.sorted().stream().filter(f -> f.code().equals("html.script")).count(), findings.sorted().toString());
    }
}
