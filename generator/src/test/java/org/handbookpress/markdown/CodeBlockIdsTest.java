package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A code block's id in its attribute list ({@code ``` { .sh .no-copy #example }}, as MkDocs Material's and Pandoc's
 * authors write it) is an anchor a link can lead to: it was dropped, and mkdocs-material's own docs
 * (docs/setup/ensuring-data-privacy.md) failed with a link.anchor-missing error for a link that works on their site.
 */
class CodeBlockIdsTest {

    @Test
    void aLinkToACodeBlocksIdFindsIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Rota\n",
                "index.md", "# Rota\n\nThe [script](#swap-script) and the [settings](setup.md#rota-settings).\n\n"
                        + "``` { .sh .no-copy #swap-script }\n./swap --week 3\n```\n",
                "setup.md", "# Setup\n\n```{.yaml #rota-settings}\nweeks: 4\n```\n\n```{.yaml}\nno: id\n```\n"));
        Path out = dir.resolve("out");
        try {
            TestHandbooks.buildWithoutPdfs(content, out);
        } catch (BuildFailure failure) {
            throw new AssertionError(failure.findings().toString(), failure);
        }
        Document home = TestHandbooks.page(out, "index.html");
        assertEquals("./swap --week 3", home.selectFirst("#swap-script code.language-sh").text().strip());
        Document setup = TestHandbooks.page(out, "setup.html");
        assertEquals("weeks: 4", setup.selectFirst("#rota-settings code.language-yaml").text().strip());
        // A block without an id stays as it was, no div around it.
        assertEquals(List.of("page-body"), setup.select("pre:has(code:contains(no: id))").parents().stream()
                .filter(e -> e.tagName().equals("div")).map(e -> e.className()).limit(1).toList());
    }
}
