package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackIncludesTest {

    /**
     * A tenants' association's starter pack included organising/casework/**{@literal /}*.md and printed the repairs and
     * disputes chapters without the casework section's own page, which sits directly in organising/casework/.
     */
    @Test
    void aDoubleStarFolderPatternTakesThePagesDirectlyInTheFolder(@TempDir Path content) throws Exception {
        write(content, "handbook.yml", """
                title: Rep Handbook
                packs:
                  - id: starter
                    title: Starter pack
                    include:
                      - "organising/casework/**/*.md"
                """);
        write(content, "organising/casework/index.md", "# Casework\n\nOne household at a time.\n");
        write(content, "organising/casework/repairs/01-logging.md", "# Logging a repair\n\nThe same day.\n");
        write(content, "organising/meetings/minutes.md", "# Taking minutes\n\nDecisions only.\n");
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        Handbook handbook = new ContentLoader(findings).load(content, config);
        List<String> pages = new PackIncludes(handbook, findings).resolve(config.packs().get(0)).stream().map(Page::path).toList();
        assertEquals(List.of("organising/casework/index.md", "organising/casework/repairs/01-logging.md"), pages);
        assertTrue(findings.sorted().stream().noneMatch(f -> f.code().startsWith("pack.")), findings.sorted().toString());
    }

    private static void write(Path content, String path, String text) throws Exception {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
