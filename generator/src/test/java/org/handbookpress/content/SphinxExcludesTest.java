package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SphinxExcludesTest {

    @Test
    void aPatternMatchesAsSphinxMatchesIt() {
        assertTrue(SphinxExcludes.glob("drafts").matcher("drafts").matches());
        assertFalse(SphinxExcludes.glob("drafts").matcher("drafts-old").matches());
        assertTrue(SphinxExcludes.glob("notes/*.md").matcher("notes/a.md").matches());
        assertFalse(SphinxExcludes.glob("notes/*.md").matcher("notes/deep/a.md").matches(), "* stays within a folder's name");
        assertTrue(SphinxExcludes.glob("**.ipynb_checkpoints").matcher("a/b/.ipynb_checkpoints").matches(), "** crosses folders");
        assertTrue(SphinxExcludes.glob("week[12].md").matcher("week2.md").matches());
        assertFalse(SphinxExcludes.glob("week[!12].md").matcher("week2.md").matches());
    }

    /** The Carpentries' handbook: conf.py's exclude_patterns names drafts/, whose pages Sphinx never builds. */
    @Test
    void whatConfPyExcludesIsLeftOut(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "conf.py", "project = 'Community handbook'\n\n# Paths to leave out\nexclude_patterns = ['_build', 'Thumbs.db',\n"
                        + "                    \"drafts\", 'notes/*-old.md']\n",
                "index.md", "# Community handbook\n",
                "drafts/fieldbook.md", "# Fieldbook, unfinished\n",
                "notes/meeting.md", "# Meeting notes\n",
                "notes/meeting-old.md", "# Old meeting notes\n",
                "guides/drafts.md", "# How we write drafts\n"));
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        assertEquals(List.of("index.md", "guides/drafts.md", "notes/meeting.md"), handbook.pages().stream().map(Page::path).toList(),
                "matched from the top: guides/drafts.md is not drafts/");
    }

    @Test
    void aJupyterBooksConfigExcludesToo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", "title: Lab book\nexclude_patterns: [_build, \"archive/**\"]\n",
                "_toc.yml", "format: jb-book\nroot: intro\n",
                "intro.md", "# Lab book\n",
                "archive/2019/old.md", "# 2019\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        assertEquals(List.of("intro.md"), handbook.pages().stream().map(Page::path).toList());
    }
}
