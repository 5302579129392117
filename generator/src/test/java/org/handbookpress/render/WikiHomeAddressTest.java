package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitHub wiki's Home.md, the front page of a handbook with no index.md or README.md, is published at index.html, as
 * a README is, and every link to it goes there: [[Home]], a link to Home or Home.md, the menu, the pager. It was at
 * Home.html and shown again at index.html, so the menu and [[Home]] led to one address, the site's title to the other,
 * and the sitemap listed both. Home.html still opens it, for an address read before, but is in no list.
 */
class WikiHomeAddressTest {

    @Test
    void theWikisHomeIsTheSitesIndexAtOneAddress(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Cycle Repair Co-op\nbaseUrl: https://example.org/coop/\n",
                "Home.md", "Welcome to the co-op's wiki.\n\n* [[Opening Hours]]\n* [Volunteering](Volunteering)\n",
                "Opening-Hours.md", "Open on Saturdays. Back to [[Home]], or [the front page](Home) or [home](Home.md).\n",
                "Volunteering.md", "Ask at the desk. See [[home]].\n",
                "_Sidebar.md", "* [[Home]]\n* [[Opening Hours]]\n* [[Volunteering]]\n"));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        Document hours = TestHandbooks.page(out, "Opening-Hours.html");
        assertEquals(List.of("index.html", "index.html", "index.html"), hours.select("main .page-body p a").eachAttr("href"),
                "[[Home]], a link to Home and to Home.md");
        assertEquals("index.html", hours.select("nav.site-nav a").first().attr("href"), "the menu's Home");
        assertEquals("index.html", hours.select("a[rel=prev]").attr("href"), "the pager");
        assertEquals("index.html", TestHandbooks.page(out, "Volunteering.html").select("main .page-body a").attr("href"));
        assertEquals("page", TestHandbooks.page(out, "index.html").select("nav.site-nav a").first().attr("aria-current"),
                "the menu marks Home as the page the reader is on");
        assertTrue(Files.isRegularFile(out.resolve("Home.html")), "the wiki's own address still opens it");
        String sitemap = Files.readString(out.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("https://example.org/coop/index.html") && !sitemap.contains("Home.html"), sitemap);
    }

    /** A README at the top is at index.html; its own name's address, README.html, is no second entry of the sitemap. */
    @Test
    void aReadmesSecondAddressIsNotInTheSitemap(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Cycle Repair Co-op\nbaseUrl: https://example.org/coop/\n",
                "README.md", "# Cycle Repair Co-op\n\nSee [hours](hours.md).\n",
                "hours.md", "# Hours\n\nSaturdays.\n"));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(Files.isRegularFile(out.resolve("README.html")));
        String sitemap = Files.readString(out.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("https://example.org/coop/index.html") && !sitemap.contains("README.html"), sitemap);
    }
}
