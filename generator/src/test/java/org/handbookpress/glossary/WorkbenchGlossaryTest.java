package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Carpentries Workbench lesson keeps its glossary in learners/reference.md, with no {@code kind:}: that page is the
 * handbook's glossary, its terms linked on the episodes, and the rest of its text stays on it. Before, its terms were
 * linked nowhere. A term written alone in bold on its line, its definition on the next (one entry of the instructor
 * training's glossary forgets its colon), is an entry like the others, so the list is still read as the glossary.
 */
class WorkbenchGlossaryTest {

    private static final String CONFIG = """
            carpentry: 'cp'
            title: 'Running a workshop'
            episodes:
            - 01-welcome.md
            learners:
            - reference.md
            """;

    private static final String REFERENCE = """
            ---
            title: Glossary
            ---

            Printable cards for the room are in [the cards file](../episodes/files/cards.txt).

            - **Sticky note**:
              A small square of paper a learner puts on their laptop when stuck.

            - **Helper**
              A volunteer who walks the room and answers questions.

            - **Live coding**: typing code in front of the room while explaining it.

            ## Further reading

            The workshop's checklist lives with the organisers.
            """;

    @Test
    void theLessonsReferencePageIsItsGlossary(@TempDir Path dir) throws Exception {
        Path content = lesson(dir, "A helper hands out a sticky note to every learner, then the live coding starts.\n", REFERENCE);
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("glossary.") || f.code().startsWith("link.")),
                result.findings().toString());
        Document glossary = page(out, "learners/reference.html");
        assertEquals(List.of("Helper", "Live coding", "Sticky note"), glossary.select("main dl dt").eachText());
        assertTrue(glossary.select("main dd").eachText().stream().anyMatch(d -> d.startsWith("A volunteer who walks the room")),
                glossary.select("main dd").eachText().toString());
        String text = glossary.select("main").text();
        assertTrue(text.contains("Printable cards for the room") && text.contains("Further reading")
                && text.contains("The workshop's checklist lives with the organisers."), "the page's other text stays: " + text);
        List<String> linked = page(out, "episodes/01-welcome.html").select("main a[href^=../learners/reference.html#]").eachText();
        assertEquals(List.of("helper", "sticky note", "live coding"), linked);
    }

    @Test
    void aReferencePageWithoutTermsStaysAPage(@TempDir Path dir) throws Exception {
        Path content = lesson(dir, "A helper hands out notes.\n",
                "---\ntitle: Reference\n---\n\n- [The checklist](../index.md)\n- Ask the organisers for the rest.\n");
        BuildResult result = TestHandbooks.build(content, dir.resolve("out"));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("glossary.")), result.findings().toString());
    }

    /** A lesson of one episode, its text {@code episode}, and a Reference page. */
    private static Path lesson(Path dir, String episode, String reference) throws java.io.IOException {
        return TestHandbooks.write(dir.resolve("c"), Map.of(
                "config.yaml", CONFIG,
                "index.md", "Welcome to the workshop.\n",
                "episodes/01-welcome.md", "---\ntitle: Welcome\n---\n\n" + episode,
                "episodes/files/cards.txt", "cards\n",
                "learners/reference.md", reference));
    }

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
