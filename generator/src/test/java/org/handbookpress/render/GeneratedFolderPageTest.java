package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page the build writes for a folder without an index.md lists what the folder holds, its folders as well as its
 * pages, so that a reader can always go on down: QA's regions/wales/cardiff/ held no page of its own, only
 * central/hub.md further down, and its page said "0 pages in this section." and linked nowhere.
 */
class GeneratedFolderPageTest {

    @TempDir
    static Path temp;
    /** nav: lists toolkit/ but not regions/, as QA's handbook did. */
    static Path withNav;
    /** The same pages, with the menu made from the folders. */
    static Path fromFolders;
    /** No index.md at the top: the build writes the front door. */
    static Path withoutFrontPage;

    @BeforeAll
    static void build() throws Exception {
        withNav = handbook(temp.resolve("nav"), "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - about.md\n");
        fromFolders = handbook(temp.resolve("folders"), "");
        ProjectFixture noFront = new ProjectFixture(temp.resolve("no-front"));
        noFront.file("handbook.yml", "title: Mentoring Handbook\n");
        noFront.file("about.md", "---\ntitle: About us\nsummary: Who we are.\n---\nText.\n");
        noFront.file("guides/visiting.md", "# Visiting\n\nHow.\n");
        noFront.build(noFront.options().withoutPdfs());
        withoutFrontPage = noFront.output();
    }

    static Path handbook(Path root, String nav) throws Exception {
        ProjectFixture project = new ProjectFixture(root);
        project.file("handbook.yml", "title: Mentoring Handbook\n" + nav);
        project.file("index.md", "# Mentoring Handbook\n\nWelcome.\n");
        project.file("about.md", "# About us\n\nWho we are.\n");
        project.file("regions/wales/cardiff/central/hub.md", "# Cardiff Central Hub\n\nCroeso.\n");
        project.file("toolkit/index.md", "# Befriender toolkit\n\nChapters.\n");
        project.file("toolkit/01-first-visit.md", "# Your first visit\n\nKnock.\n");
        project.file("toolkit/resources/directory.md", "# Local services directory\n\nNumbers.\n");
        project.file("toolkit/resources/faq.md", "# Questions befrienders ask\n\nAnswers.\n");
        project.file("toolkit/resources/forms/phone-log.md", "# Phone call log\n\nA form.\n");
        // A page beside its folder (Obsidian's folder note) is that folder's page: listed once, as the folder.
        project.file("groups/north.md", "# North group\n\nThe northern groups.\n");
        project.file("groups/north/visiting.md", "# Visiting\n\nHow.\n");
        project.build(project.options().withoutPdfs());
        return project.output();
    }

    static Document page(Path site, String url) throws IOException {
        return NavigationSizeTest.page(site, url);
    }

    @Test
    void aFolderHoldingOnlyAFolderLinksToItAndCountsIt() throws IOException {
        for (Path site : List.of(withNav, fromFolders)) {
            Document regions = page(site, "regions/index.html");
            assertEquals("1 section", regions.selectFirst("main .lede").text(), site.toString());
            Element wales = regions.selectFirst("main nav.subsections a");
            assertNotNull(wales, "the folder's page links to its folder, not to nothing: " + site);
            assertEquals("Wales", wales.text());
            assertEquals("wales/index.html", wales.attr("href"));
            // No list of pages when there is none: an empty list is a list of nothing to a screen reader.
            assertTrue(regions.select("main ul").stream().allMatch(Element::hasText), regions.select("main").outerHtml());
            assertTrue(regions.select("main ul.cards-list").isEmpty());
        }
    }

    /** From regions/, each folder's page leads on to the next, and the last one to the page: no dead end on the way. */
    @Test
    void aPageDeepBelowFoldersWithoutPagesIsReachedFromTheTopFolder() throws IOException {
        for (Path site : List.of(withNav, fromFolders)) {
            List<String> walked = new ArrayList<>();
            String url = "regions/index.html";
            while (!url.endsWith("hub.html")) {
                walked.add(url);
                Element next = page(site, url).selectFirst("main nav.subsections a, main .cards-list a");
                assertNotNull(next, url + " is a dead end in " + site);
                url = URI.create(url).resolve(next.attr("href")).toString();
            }
            assertEquals(List.of("regions/index.html", "regions/wales/index.html", "regions/wales/cardiff/index.html",
                    "regions/wales/cardiff/central/index.html"), walked);
        }
    }

    @Test
    void aFolderWithPagesAndAFolderCountsEachAndListsBoth() throws IOException {
        for (Path site : List.of(withNav, fromFolders)) {
            Document resources = page(site, "toolkit/resources/index.html");
            assertEquals("2 pages and 1 section", resources.selectFirst("main .lede").text());
            assertEquals(List.of("Forms"), resources.select("main nav.subsections a").eachText());
            assertEquals(List.of("Local services directory", "Questions befrienders ask"), resources.select("main .cards-list .card-title").eachText());
            assertEquals("1 page", page(site, "toolkit/resources/forms/index.html").selectFirst("main .lede").text());
        }
    }

    @Test
    void aPageBesideItsFolderIsListedOnceAsThatFolder() throws IOException {
        Document groups = page(fromFolders, "groups/index.html");
        assertEquals("1 section", groups.selectFirst("main .lede").text());
        Element north = groups.selectFirst("main nav.subsections a");
        assertEquals("North group", north.text());
        assertEquals("north.html", north.attr("href"));
        assertTrue(groups.select("main .cards-list").isEmpty(), "north.md is not listed again as a page");
    }

    /** The home page's card of a section counts as the section's page does: pages and folders apart, folders not as pages. */
    @Test
    void theHomePagesCardsCountPagesAndSectionsApart() throws IOException {
        Document home = page(withNav, "index.html");
        Element toolkit = home.select(".home-sections .card").stream()
                .filter(c -> c.selectFirst(".card-title").text().equals("Toolkit")).findFirst().orElseThrow();
        assertEquals("1 page and 1 section", toolkit.selectFirst(".card-meta").text());
        assertEquals(List.of("Your first visit", "Resources (section)"), toolkit.select(".card-pages li").eachText());
        Element regions = page(fromFolders, "index.html").select(".home-sections .card").stream()
                .filter(c -> c.selectFirst(".card-title").text().equals("Regions")).findFirst().orElseThrow();
        assertEquals("1 section", regions.selectFirst(".card-meta").text());
        assertEquals(List.of("Wales (section)"), regions.select(".card-pages li").eachText());
    }

    /** Without an index.md the front door lists the top level as a folder's page lists a folder: sections are not pages. */
    @Test
    void theGeneratedFrontDoorListsItsSectionsAsSections() throws IOException {
        Document home = page(withoutFrontPage, "index.html");
        // The pages: About us, and the Downloads page every site has for its offline copy.
        assertEquals("2 pages and 1 section", home.selectFirst("main .lede").text());
        assertEquals(List.of("Guides"), home.select("main nav.subsections a").eachText());
        assertEquals("guides/index.html", home.selectFirst("main nav.subsections a").attr("href"));
        Element about = home.selectFirst("main .cards-list .card");
        assertEquals("About us", about.selectFirst(".card-title").text());
        assertEquals("Page", about.selectFirst(".card-meta").text());
        assertEquals("Who we are.", about.selectFirst(".card-summary").text());
        assertEquals(List.of("About us", "Downloads"), home.select("main .cards-list .card-title").eachText(), "Guides is not a page card");
    }

    /**
     * A folder with a page of its own is named by that page's title wherever the site names it, as the menu does: QA's
     * federation showed "Ynys mon" in breadcrumbs and eyebrows for the section its menu called "Ynys Môn Befrienders".
     * A label in nav: still names it everywhere.
     */
    @Test
    void breadcrumbsAndEyebrowsNameAFolderAsTheMenuDoes() throws IOException {
        Document directory = page(fromFolders, "toolkit/resources/directory.html");
        assertEquals(List.of("Home", "Befriender toolkit", "Resources"), directory.select("nav.breadcrumbs a").eachText());
        assertTrue(directory.select("nav a").eachText().contains("Befriender toolkit"), "the menu's name for the section");
        assertEquals("Befriender toolkit", page(fromFolders, "toolkit/01-first-visit.html").selectFirst("main .eyebrow").text());
        Document labelled = page(withNav, "toolkit/resources/directory.html");
        assertEquals(List.of("Home", "Toolkit", "Resources"), labelled.select("nav.breadcrumbs a").eachText());
        assertEquals("Toolkit", page(withNav, "toolkit/01-first-visit.html").selectFirst("main .eyebrow").text());
    }

    /** Down is not enough: a folder's generated page leads back up to each folder above it, as a page's own does. */
    @Test
    void aGeneratedFolderPageLeadsBackUpToEachFolderAboveIt() throws IOException {
        Element crumbs = page(withNav, "regions/wales/cardiff/index.html").selectFirst("nav.breadcrumbs");
        assertEquals(List.of("Home", "Regions", "Wales"), crumbs.select("a").eachText());
        assertEquals(List.of("../../../index.html", "../../index.html", "../index.html"), crumbs.select("a").eachAttr("href"));
        assertEquals("Cardiff", crumbs.selectFirst("[aria-current=page]").text());
        assertEquals(List.of("Home", "Toolkit"), page(withNav, "toolkit/resources/index.html").select("nav.breadcrumbs a").eachText());
    }
}
