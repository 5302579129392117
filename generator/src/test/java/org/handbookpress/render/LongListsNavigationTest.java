package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildResult;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists other than a folder's pages do not grow a page either: notes side by side at the top (a wiki or a vault
 * exported flat), hundreds of top-level folders (a federation's local groups), hundreds of sub-folders of one
 * section. Each long list shows a window around the page and a link to the page that lists it whole: the home
 * page for the top level, the section's page for a section (its own index.md too). Built at two sizes, the same
 * page has the same bytes but for the counts.
 */
class LongListsNavigationTest {

    @TempDir
    static Path temp;
    static Path small;
    static Path large;
    static List<Finding> largeFindings;

    @BeforeAll
    static void build() throws Exception {
        small = handbook(temp.resolve("small"), 55, 55, 30).output();
        BuildResult result = handbook(temp.resolve("large"), 300, 300, 300);
        large = result.output();
        largeFindings = result.findings();
    }

    /** {@code notes} notes at the top, {@code groups} top-level folders and {@code branches} in federation/branches/. */
    static BuildResult handbook(Path root, int notes, int groups, int branches) throws Exception {
        ProjectFixture project = new ProjectFixture(root);
        project.file("handbook.yml", "title: Federation Handbook\n");
        project.file("index.md", "# Federation Handbook\n\nWelcome.\n");
        for (int i = 1; i <= notes; i++) {
            project.file(String.format("note-%04d.md", i), String.format("# Note %04d\n\nA note of the wiki.\n", i));
        }
        for (int i = 1; i <= branches; i++) {
            project.file(String.format("federation/branches/branch-%04d/about.md", i), String.format("# About branch %04d\n\nA branch.\n", i));
        }
        project.file("federation/branches/index.md", "# Branches\n\nEvery branch of the federation.\n");
        project.file("federation/how-we-work.md", "# How we work\n\nTogether.\n");
        project.file("federation/safeguarding.md", "---\ntitle: Safeguarding\nkind: policy\nreviewed: 2026-07-01\nreview-every: 12 months\n---\nWhat we do.\n");
        for (int i = 1; i <= groups; i++) {
            project.file(String.format("local-%04d/meetings.md", i), String.format("# Meetings of group %04d\n\nWeekly.\n", i));
        }
        return project.build(project.options().withoutPdfs());
    }

    static Document page(Path site, String url) throws IOException {
        return NavigationSizeTest.page(site, url);
    }

    static Element nav(Path site, String url) throws IOException {
        return page(site, url).selectFirst("nav.site-nav");
    }

    @Test
    void aPageIsTheSameSizeWithTenTimesTheNotesGroupsAndBranches() throws IOException {
        for (String url : List.of("note-0015.html", "local-0030/meetings.html", "federation/branches/branch-0015/about.html",
                "federation/how-we-work.html", "search.html")) {
            long inSmall = Files.size(small.resolve(url));
            long inLarge = Files.size(large.resolve(url));
            // Only the counts in "All 58 pages and 56 sections" and the like differ.
            assertTrue(Math.abs(inLarge - inSmall) <= 8, url + ": " + inSmall + " bytes small, " + inLarge + " large");
        }
    }

    @Test
    void aNoteAmongHundredsListsTwentyOneAroundItAndLinksToTheHomePage() throws IOException {
        Element nav = nav(large, "note-0150.html");
        List<String> pages = nav.select("> ul.nav-level-1 > li:not(.nav-section):not(.nav-more) > a").eachAttr("href");
        assertEquals(2 * PrunedNav.NEIGHBOURS + 1, pages.size());
        assertEquals("note-0140.html", pages.get(0));
        assertEquals("note-0160.html", pages.get(pages.size() - 1));
        assertEquals("note-0150.html", nav.selectFirst("a[aria-current=page]").attr("href"));
        Element more = nav.selectFirst("> ul.nav-level-1 > li.nav-more > a");
        assertEquals("index.html", more.attr("href"));
        // Home, 300 notes, Documents, Downloads; the federation and 300 groups.
        assertEquals("All 303 pages and 301 sections in Federation Handbook", more.text());
        // The window leaves Documents out; the footer still links to it.
        assertTrue(nav.select("a[href=documents.html]").isEmpty());
        assertEquals(List.of("documents.html"), page(large, "note-0150.html").select("footer a[href=documents.html]").eachAttr("href"));
    }

    @Test
    void oneOfHundredsOfTopLevelFoldersListsTheFoldersAroundIt() throws IOException {
        Element nav = nav(large, "local-0150/meetings.html");
        List<String> sections = nav.select("> ul.nav-level-1 > li.nav-section > a").eachText();
        assertEquals(2 * PrunedNav.NEIGHBOURS + 1, sections.size());
        assertTrue(sections.contains("Local 0150"), sections.toString());
        Element open = nav.selectFirst("> ul.nav-level-1 > li.is-open");
        assertEquals("Local 0150", open.child(0).text());
        assertEquals("meetings.html", open.selectFirst("a[aria-current=page]").attr("href"));
        assertEquals("../index.html", nav.selectFirst("> ul.nav-level-1 > li.nav-more > a").attr("href"));
    }

    @Test
    void aHandbookWithFiftyTopLevelPagesAndFiftyTopLevelFoldersOrFewerListsThemAll() throws Exception {
        // 46 notes, Home, Documents, Downloads: 49 pages; 49 groups and the federation: 50 sections.
        BuildResult result = handbook(temp.resolve("fifty"), 46, PrunedNav.TOP_LEVEL_ALL_UP_TO - 1, 3);
        Path site = result.output();
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("nav.long-top-level")), result.findings().toString());
        for (String url : List.of("local-0001/meetings.html", "note-0046.html")) {
            Element nav = nav(site, url);
            assertEquals(PrunedNav.TOP_LEVEL_ALL_UP_TO, nav.select("> ul.nav-level-1 > li.nav-section").size(), url);
            assertEquals(49, nav.select("> ul.nav-level-1 > li:not(.nav-section)").size(), url);
            assertTrue(nav.select("li.nav-more").isEmpty(), url);
        }
    }

    @Test
    void theAuthorIsToldTheTopLevelIsListedInWindows() {
        List<Finding> notices = largeFindings.stream().filter(f -> f.code().equals("nav.long-top-level")).toList();
        assertEquals(1, notices.size(), largeFindings.toString());
        Finding notice = notices.get(0);
        assertEquals(Severity.NOTICE, notice.severity());
        assertTrue(notice.message().startsWith("the menu's top level has 303 pages and 301 sections: past 50 of either,"), notice.message());
        assertTrue(notice.fix().contains("group them in fewer top-level folders"), notice.fix());
    }

    @Test
    void theHomePageListsTheWholeTopLevel() throws IOException {
        Document home = page(large, "index.html");
        Element nav = home.selectFirst("nav.site-nav");
        assertEquals(303, nav.select("> ul.nav-level-1 > li:not(.nav-section) > a").size());
        assertEquals(301, nav.select("> ul.nav-level-1 > li.nav-section > a").size());
        assertTrue(nav.select("li.nav-more").isEmpty());
        assertEquals(301, home.select(".home-sections .card").size());
    }

    @Test
    void aBranchAmongHundredsListsTheBranchesAroundItAndLinksToTheSectionsOwnPage() throws IOException {
        Element nav = nav(large, "federation/branches/branch-0150/about.html");
        Element branches = nav.selectFirst("li.is-open li.is-open:has(> a[href=../index.html])");
        List<String> listed = branches.select("> ul > li.nav-section > a").eachText();
        assertEquals(2 * PrunedNav.NEIGHBOURS + 1, listed.size());
        assertEquals("Branch 0140", listed.get(0));
        assertEquals("Branch 0160", listed.get(listed.size() - 1));
        Element more = branches.selectFirst("> ul > li.nav-more > a");
        assertEquals("../index.html", more.attr("href"));
        assertEquals("All 300 sections in Branches", more.text());
        // The section's own page (its index.md) lists every branch after its own text.
        Document own = page(large, "federation/branches/index.html");
        assertTrue(own.select("main p").eachText().contains("Every branch of the federation."));
        assertEquals(300, own.select("main nav.section-list li.is-section > a").size());
        // A short section's own page does not.
        assertTrue(page(small, "federation/index.html").select("nav.section-list").isEmpty());
    }

    @Test
    void aGeneratedSectionPageListsItsSubSections() throws IOException {
        Document federation = page(large, "federation/index.html");
        assertEquals(List.of("Branches"), federation.select("main nav.subsections a").eachText());
        assertEquals("2 pages and 1 section", federation.selectFirst(".lede").text());
    }
}
