package org.handbookpress.content;

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

class SummaryTargetsTest {

    /**
     * An mdBook's SUMMARY.md whose entries name no page: a chapter without its .md, a PDF, a file not there. Each was
     * left out of the menu without a word; now each is a warning at its line, and the chapter named without its .md is
     * read as that page, in its place.
     */
    @Test
    void entriesThatNameNoPageAreSaidAtTheirLine(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "book.toml", "[book]\ntitle = \"Lending library\"\n",
                "SUMMARY.md", "# Summary\n\n- [Welcome](./README.md)\n- [Borrowing terms](./borrowing_terms)\n"
                        + "- [Tool list](./tools.pdf)\n- [Repairs](./repairs.md)\n- [Opening hours](./hours.md)\n",
                "README.md", "# Welcome\n\nThe shed opens on Saturdays.\n",
                "borrowing_terms.md", "# Borrowing terms\n\nBring tools back clean.\n",
                "tools.pdf", "%PDF-1.4 not really\n",
                "hours.md", "# Opening hours\n\nTen till four.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        List<Finding> found = result.findings().stream().filter(f -> f.code().equals(SummaryTargets.CODE)).toList();
        assertEquals(List.of(4, 5, 6), found.stream().map(Finding::line).toList(), found.toString());
        assertTrue(found.get(0).message().contains("did you mean ./borrowing_terms.md?"), found.get(0).message());
        assertTrue(found.get(1).message().contains("is not a chapter"), found.get(1).message());
        assertTrue(found.get(2).message().contains("not in the content folder"), found.get(2).message());
        Document page = Jsoup.parse(Files.readString(out.resolve("hours.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Borrowing terms", "Opening hours"), page.select("nav.site-nav a").eachText().stream()
                .filter(text -> !text.equals("Home") && !text.equals("Welcome") && !text.equals("Downloads")).toList(),
                "read as the page it names, in its place: " + page.select("nav.site-nav").html());
    }

    /** An entry naming a folder (- [Repairs](repairs/)) is read as the folder's README.md, with a warning saying so. */
    @Test
    void anEntryNamingAFolderIsReadAsItsReadme(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "book.toml", "[book]\ntitle = \"Lending library\"\n",
                "SUMMARY.md", "# Summary\n\n- [Welcome](./README.md)\n- [Repairs](./repairs/)\n    - [Sharpening](./repairs/sharpening.md)\n"
                        + "- [Events](events)\n",
                "README.md", "# Welcome\n\nThe shed opens on Saturdays.\n",
                "repairs/README.md", "# Repairs\n\nWe mend what we lend.\n",
                "repairs/sharpening.md", "# Sharpening\n\nOnce a season.\n",
                "events/index.md", "# Events\n\nA swap day each spring.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        List<Finding> found = result.findings().stream().filter(f -> f.code().equals(SummaryTargets.CODE)).toList();
        assertEquals(List.of(4, 6), found.stream().map(Finding::line).toList(), found.toString());
        assertTrue(found.get(0).message().contains("is a folder: did you mean ./repairs/README.md?"), found.get(0).message());
        assertTrue(found.get(1).message().contains("did you mean events/index.md?"), found.get(1).message());
        Document page = Jsoup.parse(Files.readString(out.resolve("repairs/sharpening.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Repairs", "Sharpening", "Events"), page.select("nav.site-nav a").eachText().stream()
                .filter(text -> !text.equals("Home") && !text.equals("Welcome") && !text.equals("Downloads")).toList(),
                "each folder's page in its place: " + page.select("nav.site-nav").html());
    }
}
