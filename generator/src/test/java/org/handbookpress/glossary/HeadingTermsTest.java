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
import org.handbookpress.findings.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary written as a heading for each term with its definition under it (as Raid Guild's and NHS England's RAP
 * handbooks write theirs) is read as the definition list it stands for: its terms are linked on the pages, each with
 * its line, and a link to a term's heading still finds it. Letter headings holding the terms stay headings. Before,
 * the page had "no terms".
 */
class HeadingTermsTest {

    @Test
    void aHeadingForEachTermIsTheGlossary(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Lantern Club handbook\n",
                "index.md", "# Home\n\nA befriender visits each week; see the [rota](glossary.md#rota).\n",
                "glossary.md", """
                        ---
                        title: The words we use
                        kind: glossary
                        ---

                        The words the club uses, and what we mean by them.

                        ## B

                        #### Befriender

                        A volunteer who visits one older person each week.

                        Also: befrienders

                        ## R

                        #### Rota

                        The list of who visits whom, kept by the coordinator.

                        - It changes every quarter.
                        """));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        List<Finding> glossaryFindings = result.findings().stream().filter(f -> f.code().startsWith("glossary.") || f.code().startsWith("link.")
                || f.code().startsWith("heading.")).toList(); // a term's #### under the title skips no level: it is a term
        assertTrue(glossaryFindings.isEmpty(), glossaryFindings.toString());
        Document glossary = page(out, "glossary.html");
        assertEquals(List.of("Befriender", "Rota"), glossary.select("main dl dt").eachText());
        assertTrue(glossary.select("main dd").text().contains("It changes every quarter."), "the term's list is its definition too");
        assertTrue(page(out, "index.html").select("main a[href^=glossary.html#]").eachText().contains("befriender"));
        assertEquals(1, glossary.select("main #rota").size(), "the heading's anchor is the term's");
        assertEquals(List.of("B", "R"), glossary.select("main h2").eachText(), "the page's own letters, not the author's left empty");
    }

    @Test
    void headingsWithSectionsUnderThemOrAloneAreNoTerms(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nText.\n",
                "glossary.md", "---\ntitle: Glossary\nkind: glossary\n---\n\n## Coming soon\n\nWe are writing our glossary.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("glossary.no-terms"), result.findings().stream().map(Finding::code).filter(c -> c.startsWith("glossary.")).toList(),
                "one heading and its text is a page, not a list of terms");
        assertEquals(1, page(out, "glossary.html").select("main h2").size());
    }

    /**
     * A page named glossary that another tool's folder holds says no kind (Raid Guild's Docusaurus handbook,
     * docs/resources/glossary.md): written as terms, it is the handbook's glossary when no page is, and its terms are
     * linked. One so named written as prose stays a page, with no finding that it has no terms.
     */
    @Test
    void aPageNamedGlossaryWrittenAsTermsIsTheGlossaryWithoutSayingSo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nEvery raid has a party.\n",
                "resources/glossary.md", "---\ntitle: Glossary\n---\n\n#### Raid\n\nA project the guild takes on.\n\n#### Raid party\n\nThe members working on a raid.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        assertEquals(List.of("raid"), page(out, "index.html").select("main a[href^=resources/glossary.html#]").eachText());

        Files.writeString(content.resolve("resources/glossary.md"), "---\ntitle: Glossary\n---\n\nWe are still writing this.\n");
        BuildResult prose = TestHandbooks.build(content, dir.resolve("out2"));
        assertTrue(prose.findings().stream().noneMatch(f -> f.code().startsWith("glossary.")), prose.findings().toString());
    }

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
