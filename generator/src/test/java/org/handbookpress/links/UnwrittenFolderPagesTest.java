package org.handbookpress.links;

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
 * A folder's own page with nothing written but its title lists the folder's pages, as a tool's menu showed them under
 * it: a WordPress handbook's {@code index.md} of one heading, a GitBook group's README, a Hugo {@code _index.md} of front
 * matter alone, an Eleventy site's {@code patterns.md} beside {@code patterns/}. Before, the page showed its title and
 * nothing else, and a title alone was an empty section (front matter alone, beside a folder, an empty page).
 */
class UnwrittenFolderPagesTest {

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void aFolderPageOfATitleAloneListsTheFolder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.ofEntries(
                Map.entry("index.md", "# Food bank handbook\n\nHow we run the food bank.\n"),
                Map.entry("sorting/README.md", "# Sorting donations\n"),
                Map.entry("sorting/dates.md", "# Checking dates\n\nLook at the best-before date first.\n"),
                Map.entry("sorting/tins.md", "---\nsummary: Dented tins go in the grey crate.\n---\n# Tins\n\nCheck each tin for dents.\n"),
                Map.entry("sorting/fresh/index.md", "# Fresh food\n\nFruit and bread, kept cool.\n"),
                Map.entry("deliveries/_index.md", "---\ntitle: Deliveries\nweight: 2\n---\n"),
                Map.entry("deliveries/vans.md", "# The vans\n\nBook a van a day ahead.\n"),
                Map.entry("lonely/index.md", "# A folder of one page\n"),
                Map.entry("opening/index.md", "# Opening up\n\nArrive at nine.\n"),
                Map.entry("opening/keys.md", "# Keys\n\nThe keys are in the safe.\n"),
                Map.entry("rotas.md", "---\ntitle: Rotas\nlayout: list\n---\n"),
                Map.entry("rotas/saturday.md", "# Saturday rota\n\nTwo people on the door.\n")));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);

        Document sorting = page(out, "sorting/index.html");
        assertEquals(List.of("dates.html", "tins.html", "fresh/index.html"), sorting.select("main .section-pages a").eachAttr("href"));
        assertTrue(sorting.selectFirst("main .section-pages").text().contains("Tins: Dented tins go in the grey crate."),
                sorting.selectFirst("main .section-pages").text());
        assertEquals(List.of("vans.html"), page(out, "deliveries/index.html").select("main .section-pages a").eachAttr("href"),
                "a folder page of front matter alone");
        assertEquals(List.of("rotas/saturday.html"), page(out, "rotas.html").select("main .section-pages a").eachAttr("href"),
                "a page beside a folder of its name, front matter alone, as an Eleventy site's list of a collection is");
        assertTrue(page(out, "opening/index.html").select("main .section-pages").isEmpty(), "a page with text is as written");
        assertTrue(page(out, "lonely/index.html").select("main .section-pages").isEmpty(), "nothing to list");

        List<String> empty = result.findings().stream().filter(f -> f.code().equals("placeholder.empty-section"))
                .map(f -> f.file()).toList();
        assertEquals(List.of("lonely/index.md"), empty, "a folder page that lists its folder is no empty section");
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.empty")), result.findings().toString());
    }
}
