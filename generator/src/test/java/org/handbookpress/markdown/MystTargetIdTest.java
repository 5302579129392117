package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MyST target whose label is also the id the page's title gives (a page titled "Packing lists" labelling a section
 * {@code (packing-lists)=}, as a hackweek's git page did) keeps its label, and {@code {ref}} links to it: it was
 * numbered {@code packing-lists-1} and the reference said it named no target.
 */
class MystTargetIdTest {

    @Test
    void aReferenceFindsATargetLabelledAsThePagesTitle(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Field week\n\nBefore you come, read {ref}`packing-lists`.\n",
                "packing.md", "# Packing lists\n\n```{note}\nPack light.\n```\n(packing-lists)=\n## What to bring on the day\n\nBoots.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);

        Document home = TestHandbooks.page(out, "index.html");
        assertEquals("packing.html#packing-lists", home.select("main p a").attr("href"), home.select("main p").outerHtml());
        Document packing = TestHandbooks.page(out, "packing.html");
        assertEquals("What to bring on the day", packing.selectFirst("#packing-lists").parent().text(), packing.select("main").outerHtml());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("link.cross-reference")), result.findings().toString());
    }
}
