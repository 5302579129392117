package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDefaultsTest {

    /**
     * A page in a folder of translations takes the values of its original's path, the folder named as LanguageFolders
     * names it: pt_BR/ is the folder of languages: pt-BR, there and here; a folder not named under languages: takes none.
     */
    @Test
    void aTranslationsFolderIsNamedAsLanguageFoldersNamesIt(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve(ConfigLoader.FILE), """
                title: Clubs
                defaults:
                  - path: "clubs/*.md"
                    values:
                      kind: chapter
                languages:
                  pt-BR:
                    title: Clubes
                """, StandardCharsets.UTF_8);
        Findings findings = new Findings();
        FolderDefaults defaults = new ConfigLoader(findings).load(content).folderDefaults();
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        assertEquals(java.util.Set.of("kind"), defaults.valuesFor("clubs/01-welcome.md").keySet());
        assertEquals(java.util.Set.of("kind"), defaults.valuesFor("pt-BR/clubs/01-welcome.md").keySet());
        assertEquals(java.util.Set.of("kind"), defaults.valuesFor("pt_BR/clubs/01-welcome.md").keySet());
        assertTrue(defaults.valuesFor("archive/clubs/01-welcome.md").isEmpty());
    }

    /** defaults: with path "**{@literal /}*.md" reaches the home page and the glossary too, not only pages in a folder. */
    @Test
    void doubleStarSlashReachesTheTopFolder(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve(ConfigLoader.FILE), """
                title: Rep Handbook
                defaults:
                  - path: "**/*.md"
                    values:
                      owner: Committee secretary
                  - path: "policies/**/*.md"
                    values:
                      kind: policy
                """, StandardCharsets.UTF_8);
        Findings findings = new Findings();
        FolderDefaults defaults = new ConfigLoader(findings).load(content).folderDefaults();
        assertTrue(findings.sorted().isEmpty(), findings.sorted().toString());
        assertEquals(java.util.Set.of("owner"), defaults.valuesFor("index.md").keySet());
        assertEquals(java.util.Set.of("owner", "kind"), defaults.valuesFor("policies/safeguarding.md").keySet());
        assertEquals(java.util.Set.of("owner", "kind"), defaults.valuesFor("policies/archive/2019.md").keySet());
    }
}
