package org.handbookpress.render;

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

/** A page beside a folder of the same name (Notion's export, Obsidian's folder notes) is that folder's section's page. */
class PageBesideFolderTest {

    @Test
    void theSectionIsNamedByThePageBesideItAndLinksToItOnce(@TempDir Path dir) throws Exception {
        String id = " 8f3b2c1d0e9fa8b7c6d5e4f3a2b1c0d9";
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Our handbook\n",
                "index.md", "# Welcome\n\nHello.\n",
                "Volunteering" + id + ".md", "# Volunteering\n\nWhat volunteers do.\n",
                "Volunteering" + id + "/Safeguarding.md", "# Safeguarding\n\nText.\n",
                "Volunteering" + id + "/Expenses.md", "# Expenses\n\nText.\n",
                "about.md", "# About us\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of(), result.findings(), "every page is reachable");
        Document page = Jsoup.parse(Files.readString(out.resolve("Volunteering" + id + "/Safeguarding.html"), StandardCharsets.UTF_8));
        Element nav = page.select("nav").stream().filter(n -> n.text().contains("About us")).findFirst().orElseThrow();
        assertEquals(1, nav.select("a:containsOwn(Volunteering)").size(), nav.outerHtml());
        assertEquals("../Volunteering%208f3b2c1d0e9fa8b7c6d5e4f3a2b1c0d9.html", nav.selectFirst("a:containsOwn(Volunteering)").attr("href"));
        assertTrue(nav.text().indexOf("Volunteering") < nav.text().indexOf("Expenses"), nav.text());
        assertTrue(Files.isRegularFile(out.resolve("Volunteering" + id + "/index.html")), "the folder's address still lists its pages");
    }

    @Test
    void aGitHubWikisHomeIsTheFrontPage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Our wiki\n",
                "Home.md", "# Welcome to the wiki\n\nStart with [[Volunteering]].\n",
                "Volunteering.md", "# Volunteering\n\nText.\n",
                "_Sidebar.md", "* [[Home]]\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of(), result.findings());
        Document front = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals("Welcome to the wiki", front.selectFirst("main h1").text(), "index.html shows Home.md, as the wiki does");
        Element nav = front.select("nav").stream().filter(n -> n.text().contains("Volunteering")).findFirst().orElseThrow();
        assertEquals("Home", nav.selectFirst("a").text());
    }
}
