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

    /**
     * A long glossary list with a slip or two (18F's handbook: 120 entries, one written "**Availability** means…" with no
     * colon or dash, one "**IG** or **OIG** - …"): before, the one slip made the whole list no glossary. The sentence's
     * bold word is its term, the sentence its definition whole; two bold names joined by "or" are one term found by either.
     */
    @Test
    void aLongListWithASlipIsStillTheGlossaryAndTwoBoldNamesAreOneTerm(@TempDir Path dir) throws Exception {
        StringBuilder glossary = new StringBuilder("---\ntitle: Glossary\nkind: glossary\n---\n\n");
        for (String word : List.of("Agenda", "Buddy", "Circle", "Debrief", "Escalation", "Facilitator", "Goal", "Huddle", "Induction")) {
            glossary.append("- **").append(word).append("** - what we mean by the word ").append(word.toLowerCase(java.util.Locale.ROOT)).append(".\n\n");
        }
        glossary.append("- **Availability** means the hours when the helpline answers.\n\n");
        glossary.append("- **DSL** or **DSO** - the person who leads on safeguarding.\n");
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nCheck the availability before you call, and tell the DSO.\n",
                "glossary.md", glossary.toString()));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("glossary.no-terms")), result.findings().toString());
        Document page = page(out, "glossary.html");
        assertEquals(11, page.select("main dl dt").size(), page.select("main dl dt").eachText().toString());
        assertTrue(page.select("main dl dt").eachText().contains("DSL or DSO"), page.select("main dl dt").eachText().toString());
        assertTrue(page.select("main dd").eachText().stream().anyMatch(d -> d.startsWith("Availability means the hours when the helpline answers.")),
                page.select("main dd").eachText().toString());
        assertEquals(List.of("availability", "DSO"), page(out, "index.html").select("main a[href^=glossary.html#]").eachText());
    }

    /** Bold points most of which are terms, in a short list, stay a list: a slip is told only in a long one. */
    @Test
    void aShortListWithABoldSentenceStaysAList(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nText.\n",
                "glossary.md", "---\ntitle: Glossary\nkind: glossary\n---\n\n- **Mentor**: a volunteer.\n- **Mentee**: a young person.\n"
                        + "- **Always** ask the office first.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("glossary.no-terms"), result.findings().stream().map(f -> f.code()).filter(c -> c.startsWith("glossary.")).toList());
    }

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
