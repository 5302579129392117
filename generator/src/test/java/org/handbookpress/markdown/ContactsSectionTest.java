package org.handbookpress.markdown;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's {@code questions:} (who to ask about it, as the 18F/TTS handbook lists a chat channel and an e-mail address on
 * its pages) is shown under the page as a "Questions?" section with the id {@code questions}, which other pages link to.
 * Before, the key was an unknown one, the contacts were dropped, and each link to {@code #questions} was broken.
 */
class ContactsSectionTest {

    @Test
    void thePagesContactsAreShownUnderIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Volunteer handbook\n",
                "index.md", "# Home\n\nAsk about expenses through [the expenses page](money/expenses.md#questions).\n",
                "money/expenses.md", """
                        ---
                        title: Expenses
                        questions:
                          - volunteer-expenses
                          - finance@example.org
                          - text: The claims form
                            url: claims.md
                        ---

                        Keep your receipts.
                        """,
                "money/claims.md", "# Claims\n\nFill in the form.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("link.") || f.code().startsWith("config.")
                || f.code().startsWith("front-matter.")).toList());
        Document page = Jsoup.parse(Files.readString(out.resolve("money/expenses.html"), StandardCharsets.UTF_8));
        Element heading = page.selectFirst("main #questions");
        assertEquals("Questions?", heading.text());
        assertEquals(List.of("#volunteer-expenses", "finance@example.org", "The claims form"),
                page.select("main .page-contacts li").eachText());
        assertEquals(List.of("mailto:finance@example.org", "claims.html"), page.select("main .page-contacts li a").eachAttr("href"));
        assertTrue(page.selectFirst("main").text().indexOf("Keep your receipts.") < page.selectFirst("main").text().indexOf("Questions?"),
                "under the page's text");
    }

    /** A page with a heading of its own with the id keeps it, and is not told of two elements with one id it did not write. */
    @Test
    void aPagesOwnQuestionsHeadingKeepsTheId(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "---\ntitle: Home\nquestions:\n  - office@example.org\n---\n\nText.\n\n## Questions\n\nAsk us anything.\n"));
        BuildResult result = TestHandbooks.build(content, dir.resolve("out"));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("page.")).toList());
        Document page = Jsoup.parse(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8));
        assertEquals("Questions", page.selectFirst("main #questions").text());
        assertEquals(List.of("office@example.org"), page.select("main .page-contacts li").eachText());
    }

    /** An address that would run a script when followed is taken away, as it is from a link in the page's text. */
    @Test
    void aContactsAddressIsCleanedAsALinksIs(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "---\ntitle: Home\nquestions:\n  - text: The office\n    url: \"javascript:alert(1)\"\n---\n\nText.\n"));
        TestHandbooks.build(content, dir.resolve("out"));
        Document page = Jsoup.parse(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("The office"), page.select("main .page-contacts li").eachText());
        assertTrue(page.select("main .page-contacts [href^=javascript]").isEmpty(), page.select("main .page-contacts").outerHtml());
    }

    /**
     * An old Carpentries lesson's {@code questions:} are the questions its episode answers, not people to ask: no section,
     * and the key is reported as one the build does not read, as before.
     */
    @Test
    void questionsThatAreNoContactsAreAnotherToolsKey(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "index.md", "---\ntitle: Home\nquestions:\n  - \"How do volunteers learn the rota?\"\n  - office@example.org\n---\n\nText.\n"));
        BuildResult result = TestHandbooks.build(content, dir.resolve("out"));
        assertEquals(List.of("index.md:3:config.unknown-key"), result.findings().stream()
                .filter(f -> f.code().startsWith("front-matter.") || f.code().startsWith("config.unknown"))
                .map(f -> f.file() + ":" + f.line() + ":" + f.code()).toList());
        Document page = Jsoup.parse(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8));
        assertTrue(page.select("main .page-contacts").isEmpty(), page.select("main").html());
    }
}
