package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jupyter Book's substitutions from its _config.yml ({@code parse: myst_substitutions:}) are filled in, as MyST fills
 * them: a field week's handbook named its event and its dates with them, and the reader saw {@code {{ event }}}.
 */
class MystSubstitutionsTest {

    private static final String CONFIG = """
            title: Field week handbook
            parse:
              myst_enable_extensions:
                - substitution
              myst_substitutions:
                event: "Moorland Field Week"
                dates: "3-7 June"
                kit_list: "https://kit.example.org/list"
            """;

    @Test
    void aSubstitutionIsItsValueInTheTitleAndTextButNotInCode(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "_config.yml", CONFIG,
                "_toc.yml", "format: jb-book\nroot: welcome\n",
                "welcome.md", "# Welcome to {{event}}\n\nWe meet on {{ dates }}; bring what {{ kit_list }} says.\n\n"
                        + "Write `{{ event }}` to name it, and {{ venue }} stays.\n\n```text\n{{ dates }}\n```\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);

        Document home = TestHandbooks.page(out, "index.html");
        assertEquals("Welcome to Moorland Field Week", home.select("main h1").text());
        String text = home.select("main").text();
        assertTrue(text.contains("We meet on 3-7 June; bring what https://kit.example.org/list says."), text);
        assertEquals("{{ event }}", home.select("main p code").text(), "code is shown as written");
        assertEquals("{{ dates }}", home.select("main pre code").text().strip());
        assertTrue(text.contains("{{ venue }} stays"), "a name the book does not give stays: " + text);
        assertFalse(text.contains("{{event}}") || text.contains("{{ dates }};"), text);
        assertTrue(result.findings().stream().filter(f -> f.code().equals("syntax.liquid")).allMatch(f -> f.message().contains("venue")),
                result.findings().toString());
    }
}
