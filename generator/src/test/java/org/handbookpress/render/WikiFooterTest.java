package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.BuildFailure;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitHub wiki's _Footer.md, which GitHub shows at the foot of every page of the wiki, is shown at the foot of every
 * page of the site, as Markdown, its links leading to the same pages from a page in a folder as from one at the top. It
 * was shown nowhere (a notice said so): an allotment society's wiki lost its secretary's address from every page.
 */
class WikiFooterTest {

    private static final String FOOTER = "Questions about your plot? Write to [the secretary](mailto:secretary@example.org).\n\n"
            + "[[Plot Rules]] · [how to join](Joining) · [[Spring Planting]] · [[Plot Rules|the rules]]\n\n"
            + "Quincunx planting is our house style.<script>alert('hi')</script>\n";

    private static Map<String, String> wiki(String footer) {
        return Map.of(
                "handbook.yml", "title: Riverside Allotments\n",
                "Home.md", "Welcome to the allotment society's wiki. Start with [[Plot Rules]].\n",
                "Plot-Rules.md", "Keep paths clear and bonfires small.\n",
                "Joining.md", "Ask for a form at the gate on Sunday mornings.\n",
                "seasons/Spring-Planting.md", "Sow broad beans once the frosts are over.\n",
                "_Footer.md", footer);
    }

    @Test
    void theFooterIsAtTheFootOfEveryPageItsLinksFromEachPagesFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        var result = TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), wiki(FOOTER)), out);

        Document home = TestHandbooks.page(out, "index.html");
        assertEquals(List.of("mailto:secretary@example.org", "Plot-Rules.html", "Joining.html", "seasons/Spring-Planting.html",
                "Plot-Rules.html"), home.select("footer .wiki-footer a").eachAttr("href"));
        assertTrue(home.select("footer .wiki-footer").text().contains("Questions about your plot?"), home.select("footer").html());
        assertEquals("the rules", home.select("footer .wiki-footer a").last().text());

        Document spring = TestHandbooks.page(out, "seasons/Spring-Planting.html");
        assertEquals(List.of("mailto:secretary@example.org", "../Plot-Rules.html", "../Joining.html", "../seasons/Spring-Planting.html",
                "../Plot-Rules.html"), spring.select("footer .wiki-footer a").eachAttr("href"), "from a page in a folder");
        assertEquals(1, TestHandbooks.page(out, "Joining.html").select("footer .wiki-footer").size());
        assertTrue(TestHandbooks.page(out, "search.html").select("footer .wiki-footer").size() == 1, "the build's own pages too");

        // Cleaned as a page is; not in any page's own text, nor in the search index.
        assertTrue(home.select("footer script").isEmpty() && !home.select("footer").html().contains("alert"), home.select("footer").html());
        assertFalse(home.select("main").text().contains("Quincunx"));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".html") && !f.toString().endsWith(".zip")).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("Quincunx"), "the search index holds the footer: " + file);
            }
        }
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.wiki-footer")), result.findings().toString());
    }

    /** A broken link in the footer is one finding at its own line in _Footer.md, not one on every page showing it. */
    @Test
    void aBrokenLinkInTheFooterIsOneFindingAtItsLine(@TempDir Path dir) throws IOException {
        Path content = TestHandbooks.write(dir.resolve("content"), wiki("Kept by volunteers.\n\nSee [[Compost Heap]] for the rota.\n"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> TestHandbooks.buildWithoutPdfs(content, dir.resolve("site")));
        assertEquals(List.of("_Footer.md:3"), failure.findings().stream().filter(f -> f.code().startsWith("link."))
                .map(f -> f.file() + ":" + f.line()).toList(), failure.findings().toString());
    }
}
