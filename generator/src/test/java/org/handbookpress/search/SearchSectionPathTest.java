package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result names every section its page is in, as its breadcrumbs do, so that pages of one title in sections of one name differ. */
class SearchSectionPathTest {

    @Test
    void aResultNamesTheSectionsItIsIn(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Federation\n",
                "index.md", "# Home\n\nWelcome.\n",
                "groups/index.md", "# Local groups\n\nEvery group.\n",
                "groups/kendal/index.md", "# Kendal Befrienders\n\nOur group.\n",
                "groups/kendal/policies/transport.md", "# Transport Policy\n\nLifts in our own cars.\n",
                "groups/leek/index.md", "# Leek Befrienders\n\nOur group.\n",
                "groups/leek/policies/transport.md", "# Transport Policy\n\nTaxis only.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        String index = SearchIndexText.of(site);
        assertTrue(index.contains("Local groups › Kendal Befrienders › Policies"), index);
        assertTrue(index.contains("Local groups › Leek Befrienders › Policies"), index);
    }
}
