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
 * A glossary written as a list of bold terms and their definitions (README's, Notion's and the Carpentries' way) is
 * read as the definition list it stands for: its terms are linked on the pages, each with its line. Before, the page
 * had "no terms". A list of bold points that are not all terms stays a list.
 */
class BoldTermListsTest {

    @Test
    void aListOfBoldTermsIsTheGlossary(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Mentoring handbook\n",
                "index.md", "# Home\n\nEach mentor meets their mentee weekly, and tells the coordinator.\n",
                "glossary.md", """
                        ---
                        title: The words we use
                        kind: glossary
                        ---

                        - **Mentor**: a volunteer who meets a young person each week.
                        - **Mentee** – the young person a mentor meets.
                        - **Coordinator:** the member of staff who matches mentors and mentees.
                        """));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("glossary.")), result.findings().toString());
        Document glossary = page(out, "glossary.html");
        assertEquals(List.of("Coordinator", "Mentee", "Mentor"), glossary.select("main dl dt").eachText(), "sorted, as entries are");
        assertTrue(glossary.select("main dd").eachText().stream().anyMatch(d -> d.startsWith("the young person a mentor meets.")),
                "the dash is not part of the definition: " + glossary.select("main dd").eachText());
        List<String> linked = page(out, "index.html").select("main a[href^=glossary.html#]").eachText();
        assertEquals(List.of("mentor", "mentee", "coordinator"), linked);
    }

    /** A glossary exported from Google Docs or Word: each term in bold opening a paragraph of its own, no list. */
    @Test
    void paragraphsOpeningWithBoldTermsAreTheGlossaryToo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nEach mentor meets their mentee weekly.\n",
                "glossary.md", """
                        ---
                        title: The words we use
                        ---

                        The words we use most.

                        **Mentor**: a volunteer who meets a young person each week.

                        **Mentee** – the young person a mentor meets.
                        """));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("glossary.")), result.findings().toString());
        assertEquals(List.of("Mentee", "Mentor"), page(out, "glossary.html").select("main dl dt").eachText());
        assertEquals(List.of("mentor", "mentee"), page(out, "index.html").select("main a[href^=glossary.html#]").eachText(),
                "a page named glossary written so is the glossary without saying kind: glossary");
    }

    @Test
    void boldPointsThatAreNotAllTermsStayAList(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nText.\n",
                "glossary.md", "---\ntitle: Glossary\nkind: glossary\n---\n\n- **Mentor**: a volunteer.\n- Ask the office for the rest.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("glossary.no-terms"), result.findings().stream().map(f -> f.code()).filter(c -> c.startsWith("glossary.")).toList());
        assertEquals(2, page(out, "glossary.html").select("main ul li").size());
    }

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
