package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Eleventy site's {@code .eleventyignore} leaves out what it names, as Eleventy does: page templates, a README and
 * notes for the site's developers were published as pages, and their links checked.
 */
class EleventyIgnoresTest {

    @Test
    void whatTheSitesIgnoreFileNamesIsNoPage(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                ".eleventy.js", "module.exports = function () { return { dir: { input: 'pages' } }; };\n",
                ".eleventyignore", "# not published\nREADME.md\npages/*/*.template.md\n./pages/drafts/\n",
                "README.md", "# Working on this site\n",
                "pages/index.md", "# Youth club handbook\n\nRead the [rules](rules/index.md).\n",
                "pages/rules/index.md", "# Rules\n\nBe kind.\n",
                "pages/rules/rule.template.md", "# A new rule\n\nSee [the list](missing.md).\n",
                "pages/drafts/trips.md", "# Trips\n\nTo be written.\n",
                "pages/.eleventyignore", "notes.md\n",
                "pages/notes.md", "# Notes for editors\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(site.resolve("pages"), out);
        assertTrue(Files.exists(out.resolve("rules/index.html")));
        assertFalse(Files.exists(out.resolve("rules/rule.template.html")), "a glob from the site's top");
        assertFalse(Files.exists(out.resolve("drafts/trips.html")), "a folder");
        assertFalse(Files.exists(out.resolve("notes.html")), "the input folder's own ignore file, from that folder");
        assertEquals(2, result.pages());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.")), result.findings().toString());
    }

    @Test
    void aSiteBuiltFromItsTopLeavesOutItsReadme(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                "eleventy.config.js", "export default function (eleventyConfig) {}\n",
                ".eleventyignore", "README.md\ndocs/\n",
                "README.md", "# Working on this site\n\nSee [the workflow](.github/workflows/build.yml).\n",
                "docs/setup.md", "# Setting up\n",
                "index.md", "# Youth club handbook\n\nWelcome.\n",
                "rules.md", "# Rules\n\nBe kind.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(site, out);
        assertEquals(2, result.pages());
        assertFalse(Files.exists(out.resolve("docs/setup.html")));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.")), result.findings().toString());
    }
}
