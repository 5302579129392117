package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiNamesTest {

    @Test
    void aTargetIsATitleAnAliasAPathOrAFileNameNoOtherPageHas(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "# Home\n",
                "policies/leave.md", "---\naliases: [Time off]\n---\n# Leave policy\n",
                "policies/index.md", "# Policies\n",
                "toolkit/setup.mdx", "# Setting up\n",
                "toolkit/notes.md", "# Working notes\n",
                "archive/notes.md", "# Old notes\n"));
        WikiNames names = new WikiNames(new ContentLoader(new Findings()).load(content, HandbookConfig.defaults()).pages());
        assertEquals("policies/leave.md", path(names.find("leave policy")), "a title, in any case");
        assertEquals("policies/leave.md", path(names.find("TIME OFF")), "an alias");
        assertEquals("policies/leave.md", path(names.find(" policies/leave ")), "a path without .md");
        assertEquals("policies/index.md", path(names.find("policies")), "a folder's own page");
        assertEquals("toolkit/setup.mdx", path(names.find("toolkit/setup.md")), "an MDX page by its .md name");
        assertEquals("toolkit/setup.mdx", path(names.find("setup")), "a file name no other page has");
        assertEquals("", path(names.find("notes")), "two pages are named notes: neither");
        assertEquals("", path(names.find("toolkit/nowhere")));
    }

    private static String path(Optional<Page> page) {
        return page.map(Page::path).orElse("");
    }
}
