package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's size does not grow with the handbook: the same page in a handbook of 120 pages and of 2,000
 * pages (four folders of 30 or 500 pages, plus a nested section) has the same navigation, give or take
 * the digits of a page count. Every top-level section is still in the menu, the sections on the way to
 * the page are open, and the page itself is marked.
 */
class NavigationSizeTest {

    static final String[] FOLDERS = {"area-1", "area-2", "area-3", "area-4"};

    @TempDir
    static Path temp;
    static Path small;
    static Path large;

    @BeforeAll
    static void build() throws Exception {
        small = handbook(temp.resolve("small"), 30);
        large = handbook(temp.resolve("large"), 500);
    }

    /** Four folders of {@code perFolder} pages, and area-1/groups/ with five pages of its own. */
    static Path handbook(Path root, int perFolder) throws Exception {
        ProjectFixture project = new ProjectFixture(root);
        project.file("handbook.yml", "title: Federation Handbook\n");
        project.file("index.md", "# Federation Handbook\n\nWelcome.\n");
        for (String folder : FOLDERS) {
            for (int i = 1; i <= perFolder; i++) {
                String name = String.format("page-%04d", i);
                project.file(folder + "/" + name + ".md", "# " + folder + " " + name + "\n\n## What this page says\n\n"
                        + "A paragraph of text for the page, the same length on every page. See [the next page]("
                        + String.format("page-%04d", i % perFolder + 1) + ".md).\n");
            }
        }
        for (int i = 1; i <= 5; i++) {
            project.file("area-1/groups/group-" + i + ".md", "# Group " + i + "\n\nA local group.\n");
        }
        project.build(project.options().withoutPdfs());
        return project.output();
    }

    static Document page(Path site, String url) throws IOException {
        return Jsoup.parse(site.resolve(url).toFile(), "UTF-8", "");
    }

    /** Section index pages list their section on purpose, so they are left out here. */
    @Test
    void aPageIsTheSameSizeInASmallAndALargeHandbook() throws IOException {
        for (String url : List.of("area-2/page-0001.html", "area-2/page-0015.html", "area-1/groups/group-3.html", "search.html", "404.html")) {
            long inSmall = Files.size(small.resolve(url));
            long inLarge = Files.size(large.resolve(url));
            // Only the count in "All 30 pages" / "All 500 pages" differs; the rest is the same bytes.
            assertTrue(Math.abs(inLarge - inSmall) <= 8, url + ": " + inSmall + " bytes with 120 pages, " + inLarge + " with 2,000");
        }
    }

    @Test
    void everyTopLevelSectionIsInTheMenuAndOnlyTheCurrentOneIsOpen() throws IOException {
        Element nav = page(large, "area-2/page-0250.html").selectFirst("nav.site-nav");
        Elements top = nav.select("> ul.nav-level-1 > li");
        // Downloads: every site has its offline copy there.
        assertEquals(List.of("Home", "Area 1", "Area 2", "Area 3", "Area 4", "Downloads"), top.stream().map(li -> li.child(0).text()).toList());
        for (Element li : top) {
            boolean current = li.child(0).text().equals("Area 2");
            assertEquals(current, li.hasClass("is-open"), li.child(0).text());
            assertEquals(current, !li.select("ul").isEmpty(), li.child(0).text() + " lists its pages only when open");
        }
    }

    @Test
    void theCurrentPageIsMarkedAmongItsNeighboursWithALinkToTheWholeSection() throws IOException {
        Element nav = page(large, "area-2/page-0250.html").selectFirst("nav.site-nav");
        Elements current = nav.select("a[aria-current=page]");
        assertEquals(1, current.size());
        assertEquals("page-0250.html", current.attr("href"));
        List<String> listed = nav.select("li.is-open > ul > li:not(.nav-more) > a").eachAttr("href");
        assertEquals(2 * PrunedNav.NEIGHBOURS + 1, listed.size());
        assertEquals("page-0240.html", listed.get(0));
        assertEquals("page-0260.html", listed.get(listed.size() - 1));
        Element more = nav.selectFirst("li.nav-more a");
        assertEquals("index.html", more.attr("href"));
        assertEquals("All 500 pages in Area 2", more.text());
        // The section index it leads to lists every page.
        assertEquals(500, page(large, "area-2/index.html").select("main .card-title a").size());
    }

    @Test
    void theFirstAndLastPagesOfALongSectionStillListTwentyOneNeighbours() throws IOException {
        for (String url : List.of("area-4/page-0001.html", "area-4/page-0500.html")) {
            Element nav = page(large, url).selectFirst("nav.site-nav");
            List<String> listed = nav.select("li.is-open > ul > li:not(.nav-more) > a").eachAttr("href");
            assertEquals(2 * PrunedNav.NEIGHBOURS + 1, listed.size(), url);
            assertTrue(listed.contains(url.substring(url.indexOf('/') + 1)), url);
        }
    }

    @Test
    void aNestedPageShowsThePathFromTheTopWithEachAncestorsPages() throws IOException {
        Element nav = page(large, "area-1/groups/group-3.html").selectFirst("nav.site-nav");
        Element area1 = nav.selectFirst("ul.nav-level-1 > li.is-open");
        assertEquals("Area 1", area1.child(0).text());
        Element groups = area1.selectFirst("> ul > li.nav-section.is-open");
        assertEquals("Groups", groups.child(0).text());
        // A short section lists every page, as small handbooks always did.
        assertEquals(List.of("group-1.html", "group-2.html", "group-3.html", "group-4.html", "group-5.html"),
                groups.select("> ul > li > a").eachAttr("href"));
        assertEquals("group-3.html", nav.selectFirst("a[aria-current=page]").attr("href"));
        // The ancestor's own pages are listed too (its first 21, with the link to all of them).
        assertEquals(2 * PrunedNav.NEIGHBOURS + 1, area1.select("> ul > li:not(.nav-section):not(.nav-more)").size());
        assertEquals("../index.html", area1.selectFirst("> ul > li.nav-more a").attr("href"));
        // Other sections are closed.
        assertEquals(1, nav.select("ul.nav-level-1 > li.is-open").size());
    }

    @Test
    void theHomePageCardsStillCountEachSectionsPages() throws IOException {
        Document home = page(large, "index.html");
        Elements cards = home.select(".home-sections .card");
        assertEquals(4, cards.size());
        // area-1's 500 pages and its folder groups/, which is not one page.
        assertEquals("500 pages and 1 section", cards.get(0).selectFirst(".card-meta").text());
        assertEquals(List.of("area-1 page-0001", "area-1 page-0002", "area-1 page-0003", "area-1 page-0004", "and 497 more"),
                cards.get(0).select(".card-pages li").eachText());
        assertTrue(Files.size(large.resolve("index.html")) < 20_000, "the home page lists no section's pages in its menu");
    }
}
