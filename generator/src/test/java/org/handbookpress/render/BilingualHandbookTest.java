package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook in English with its Welsh translation in {@code cy/}, as a Welsh public body publishes one: each page
 * links the same page in the other language, and a Welsh page writes its dates and its slide deck in Welsh.
 */
class BilingualHandbookTest {

    private static final String POLICY = """
            ---
            kind: policy
            reviewed: 2026-01-15
            review-every: 12 months
            approved: 2026-01-20
            approved-by: %s
            owner: %s
            ---
            # %s

            %s
            """;

    private static BuildResult build(Path dir) throws Exception {
        return build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - policies/safeguarding.md\n  - Training: training/\n");
    }

    @TempDir
    static Path shared;
    private static BuildResult handbook;
    private static DevToolsBrowser browser;

    /**
     * The handbook of {@link #build(Path)}, built once for the tests that only read it: seven of them built the same
     * files into a folder each.
     */
    private static synchronized BuildResult handbook() throws Exception {
        if (handbook == null) {
            handbook = build(shared.resolve("handbook"));
        }
        return handbook;
    }

    /** One browser for the class's search pages, started by the first test that opens one. */
    private static synchronized DevToolsBrowser browser() throws Exception {
        org.handbookpress.HeadlessChromium.assumeAvailable();
        if (browser == null) {
            browser = DevToolsBrowser.start(Files.createDirectories(shared.resolve("browser")), 1000, 800, List.of());
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static BuildResult build(Path dir, String nav) throws Exception {
        return build(dir, nav, Map.of());
    }

    private static BuildResult build(Path dir, String nav, Map<String, String> more) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "handbook.yml", "title: Befriending Handbook\nlanguage: en-GB\ndescription: Guidance for our volunteers.\n" + nav,
                "cy/toolkit/index.md", "# Pecyn cymorth\n\nPenodau.\n",
                "index.md", "# Welcome\n\nHello.\n",
                "toolkit/01-visits.md", "---\nkind: chapter\n---\n# Visits\n\nHow we visit a befriendee.\n",
                "policies/safeguarding.md", POLICY.formatted("Committee", "Lead officer", "Safeguarding policy", "Keep people safe."),
                "training/induction.md", "---\nkind: slides\n---\n# Induction\n\n---\n\n## Safety\n\nWear your badge.\n",
                "cy/index.md", "---\nsummary: Dechreuwch yma.\n---\n# Croeso\n\nHelô.\n",
                "cy/toolkit/01-visits.md", "---\nkind: chapter\n---\n# Ymweliadau\n\nSut rydyn ni'n ymweld â chyfaill.\n",
                "cy/policies/safeguarding.md", POLICY.formatted("Pwyllgor", "Swyddog arweiniol", "Polisi diogelu", "Cadw pobl yn ddiogel."),
                "cy/training/induction.md", "---\nkind: slides\n---\n# Sefydlu\n\n---\n\n## Diogelwch\n\nGwisgwch eich bathodyn.\n"));
        files.put("glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nBefriendee\n: The person a volunteer visits.\n");
        files.put("cy/glossary.md", "---\nkind: glossary\n---\n# Geirfa\n\nCyfaill\n: Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.\n  Also: gyfaill, chyfaill\n");
        files.putAll(more);
        Path content = TestHandbooks.write(dir, files);
        BuildOptions options = BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs();
        return new HandbookBuild(options, BuildLog.SILENT).run();
    }

    @Test
    void everyPageLinksTheSamePageInTheOtherLanguage() throws Exception {
        BuildResult result = handbook();
        Element toWelsh = page(result, "toolkit/01-visits.html").selectFirst("nav.language-switch a");
        assertNotNull(toWelsh, "the English chapter has a language switch");
        assertEquals("Cymraeg", toWelsh.text());
        assertEquals("../cy/toolkit/01-visits.html", toWelsh.attr("href"));
        assertEquals("cy", toWelsh.attr("lang"), "the link's name is Welsh, and is spoken so");
        assertEquals("cy", toWelsh.attr("hreflang"));
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        Element toEnglish = welsh.selectFirst("nav.language-switch a");
        assertEquals("English", toEnglish.text());
        assertEquals("../../toolkit/01-visits.html", toEnglish.attr("href"));
        assertEquals("Iaith", welsh.selectFirst("nav.language-switch").attr("aria-label"), "named in the page's language");
        assertEquals("../../toolkit/01-visits.html", welsh.selectFirst("link[rel=alternate][hreflang=en-GB]").attr("href"));
        for (String path : new String[] {"index.html", "cy/index.html", "policies/safeguarding.html", "cy/policies/safeguarding.html",
                "training/induction.html", "cy/training/induction.html", "toolkit/index.html", "cy/toolkit/index.html"}) {
            Element link = page(result, path).selectFirst("nav.language-switch a");
            assertNotNull(link, path);
            assertTrue(Files.isRegularFile(result.output().resolve(path).resolveSibling(link.attr("href")).normalize()), path + " → " + link);
        }
        assertEquals("cy/documents.html", page(result, "documents.html").selectFirst("nav.language-switch a").attr("href"),
                "the register has its Welsh one, which the build writes");
        assertEquals("../search.html", page(result, "cy/search.html").selectFirst("nav.language-switch a").attr("href"));
    }

    @Test
    void aWelshPageWritesItsDatesAndItsDeckInWelsh() throws Exception {
        BuildResult result = handbook();
        Document welsh = page(result, "cy/policies/safeguarding.html");
        String built = welsh.selectFirst(".footer-build time").text();
        assertEquals("1 Tachwedd 2026", built, "the build's date (TestHandbooks.TIMESTAMP) in Welsh");
        String main = welsh.selectFirst("main").text();
        assertTrue(main.contains("15 Ionawr 2026") && main.contains("20 Ionawr 2026") && main.contains("15 Ionawr 2027"), main);
        assertFalse(main.contains("January"), main);
        assertTrue(page(result, "policies/safeguarding.html").selectFirst("main").text().contains("15 January 2026"));
        assertFalse(page(result, "documents.html").selectFirst("main").text().contains("Ionawr"), "the English register keeps English dates");
        Document register = page(result, "documents.html");
        assertEquals("cy", register.selectFirst("a:contains(Polisi diogelu)").attr("lang"), "a Welsh title in the English register is spoken in Welsh");
        assertEquals("cy", register.selectFirst("span:contains(Swyddog arweiniol)").attr("lang"));
        assertFalse(register.selectFirst("a:contains(Safeguarding policy)").hasAttr("lang"));
        Document deck = page(result, "cy/training/induction.slides.html");
        assertEquals("cy", deck.selectFirst("html").attr("lang"), "the Welsh presentation is spoken in Welsh");
        assertEquals("en-GB", page(result, "training/induction.slides.html").selectFirst("html").attr("lang"));
    }

    /** nav: lists the English pages; a Welsh page's menu is the same menu in Welsh, leading to the Welsh pages. */
    @Test
    void aWelshPagesMenuAndBreadcrumbsLeadToTheWelshPages() throws Exception {
        BuildResult result = handbook();
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        assertEquals(List.of("Hafan ../index.html", "Pecyn cymorth index.html", "Ymweliadau 01-visits.html",
                        "Polisi diogelu ../policies/safeguarding.html", "Training ../training/index.html"),
                welsh.select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList().subList(0, 5),
                "then the generated pages no language has (Documents), as they are");
        assertEquals("page", welsh.selectFirst("nav.site-nav a[href=01-visits.html]").attr("aria-current"), "open at the page itself");
        assertEquals("en-GB", welsh.selectFirst("nav.site-nav a[href=../training/index.html]").attr("lang"),
                "a Welsh folder with no page of its own is named by its English folder, and marked so");
        assertFalse(welsh.selectFirst("nav.site-nav a[href=01-visits.html]").hasAttr("lang"), "a Welsh entry is in the page's language");
        assertEquals(List.of("Hafan ../index.html", "Pecyn cymorth index.html"),
                welsh.select("nav.breadcrumbs a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        assertEquals("../index.html", welsh.selectFirst("a.site-title").attr("href"), "the title leads to the Welsh home page");
        assertEquals(List.of("Home ../index.html", "Toolkit index.html", "Visits 01-visits.html",
                        "Safeguarding policy ../policies/safeguarding.html", "Training ../training/index.html"),
                page(result, "toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList()
                        .subList(0, 5),
                "the English menu as it was");
        assertTrue(page(result, "cy/index.html").select("nav.breadcrumbs").isEmpty(), "the Welsh home page is a home page");
    }

    /**
     * A Welsh folder with no page of its own is named as nav: names its English folder, not by its folder's name: a food
     * bank's Polish pages said "Toolkit" in their menu, breadcrumbs and chapter eyebrows where nav: said "On shift".
     */
    @Test
    void aTranslatedFolderWithoutAPageOfItsOwnTakesItsOriginalsNavLabel(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n");
        Document welsh = page(result, "cy/training/induction.html");
        Element entry = welsh.selectFirst("nav.site-nav a[href=index.html]");
        assertEquals("Learning together", entry.text(), welsh.select("nav.site-nav").outerHtml());
        assertEquals("en-GB", entry.attr("lang"), "in the handbook's language, marked so");
        assertEquals(List.of("Hafan", "Learning together"), welsh.select("nav.breadcrumbs a").stream().map(Element::text).toList());
        assertEquals("Learning together", page(result, "training/induction.html").selectFirst("nav.site-nav a[href=index.html]").text(),
                "the English menu as it was");
        assertEquals("Pecyn cymorth", page(result, "cy/toolkit/01-visits.html").selectFirst("nav.breadcrumbs a[href=index.html]").text(),
                "a Welsh folder with its own page is named by it");
    }

    /**
     * A Welsh folder with no page of its own that nav: names itself ({@code Hyfforddiant: cy/training/}) is named by the
     * label its author wrote, in Welsh, unmarked: the menu, breadcrumbs and the folder's own page of the Welsh pages had
     * the English folder's name there instead, marked English.
     */
    @Test
    void aTranslatedFolderNavNamesKeepsItsOwnLabelInItsLanguage(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n"
                + "  - Croeso: cy/index.md\n  - Hyfforddiant: cy/training/\nlanguages:\n  cy:\n    title: Llawlyfr Cyfeillio\n");
        Document welsh = page(result, "cy/training/induction.html");
        Element entry = welsh.selectFirst("nav.site-nav a[href=index.html]");
        assertNotNull(entry, welsh.select("nav.site-nav").outerHtml());
        assertEquals("Hyfforddiant", entry.text(), welsh.select("nav.site-nav").outerHtml());
        assertFalse(entry.hasAttr("lang"), "the author's Welsh label, in the page's language: " + entry.outerHtml());
        Element crumb = welsh.selectFirst("nav.breadcrumbs a[href=index.html]");
        assertNotNull(crumb, welsh.select("nav.breadcrumbs").outerHtml());
        assertEquals("Hyfforddiant", crumb.text());
        assertFalse(crumb.hasAttr("lang"), crumb.outerHtml());
        assertTrue(welsh.select(".page-head .eyebrow [lang]").isEmpty(), welsh.select(".page-head").outerHtml());
        Document folderPage = page(result, "cy/training/index.html");
        assertEquals("Hyfforddiant", folderPage.selectFirst(".page-head h1").text());
        assertFalse(folderPage.selectFirst(".page-head h1").hasAttr("lang"), folderPage.selectFirst(".page-head h1").outerHtml());
        assertFalse(folderPage.selectFirst("nav.breadcrumbs [aria-current]").hasAttr("lang"));
        assertEquals("Learning together", page(result, "training/induction.html").selectFirst("nav.site-nav a[href=index.html]").text(),
                "the English folder keeps its own label");
    }

    /**
     * A Welsh folder's name in English (as nav: names the folder it translates) is marked so in the breadcrumbs, in the
     * eyebrow above a page's title and on the folder's own page, as in the menu: a food bank's Polish pages had their
     * section's English name, marked in the menu, read out with Polish sounds in the breadcrumbs and the eyebrow.
     */
    @Test
    void aSectionNamedInTheHandbooksLanguageIsMarkedSoInTheBreadcrumbsAndEyebrow(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n", Map.of(
                "training/rota.md", "# Rota\n\nWho is on when.\n", "cy/training/rota.md", "# Rota\n\nPwy sydd ymlaen pryd.\n",
                "training/02-listening.md", "---\nkind: chapter\n---\n# Listening\n\nHear them out.\n",
                "cy/training/02-listening.md", "---\nkind: chapter\n---\n# Gwrando\n\nGwrandewch arnyn nhw.\n"));
        for (String path : List.of("cy/training/rota.html", "cy/training/induction.html", "cy/training/02-listening.html")) {
            Document welsh = page(result, path);
            assertEquals("en-GB", welsh.selectFirst("nav.site-nav a:contains(Learning together)").attr("lang"), path + ": the menu, as it was");
            Element crumb = welsh.selectFirst("nav.breadcrumbs a:contains(Learning together)");
            assertNotNull(crumb, welsh.select("nav.breadcrumbs").outerHtml());
            assertEquals("en-GB", crumb.attr("lang"), path + ": the breadcrumb too");
            assertFalse(welsh.selectFirst("nav.breadcrumbs a:contains(Hafan)").hasAttr("lang"), "the Welsh home's is in the page's language");
            Element eyebrow = welsh.selectFirst(".page-head .eyebrow");
            assertEquals(List.of("en-GB"), eyebrow.select("[lang]").eachAttr("lang"), path + ": " + eyebrow.outerHtml());
            assertEquals("Learning together", eyebrow.selectFirst("[lang]").text(), "the section's name alone, not the Welsh words beside it");
        }
        Document folderPage = page(result, "cy/training/index.html");
        assertEquals("en-GB", folderPage.selectFirst(".page-head h1").attr("lang"), "the folder's own page, named so");
        assertEquals("en-GB", folderPage.selectFirst("nav.breadcrumbs [aria-current]").attr("lang"));
        Document welshNamed = page(result, "cy/toolkit/01-visits.html");
        assertTrue(welshNamed.select("nav.breadcrumbs [lang], .page-head .eyebrow [lang]").isEmpty(), "a Welsh folder with its own page is named in Welsh");
        Document english = page(result, "training/rota.html");
        assertTrue(english.select("nav.breadcrumbs [lang], .page-head .eyebrow [lang], nav.site-nav [lang]").isEmpty(), "the English pages as they were");
    }

    /**
     * The lists a Welsh page shows of sections and pages not translated yet mark their English names as its menu does: a
     * Welsh folder's generated page listing its sub-folders, and the Welsh home page's card listing a section's first
     * entries. Unmarked, a screen reader read "Groups" and "Ethics" with Welsh sounds.
     */
    @Test
    void aWelshFolderPagesAndHomeCardsListsMarkNamesInTheHandbooksLanguage(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n", Map.of(
                "training/ethics.md", "# Ethics\n\nNot translated yet.\n",
                "training/groups/first.md", "# First group\n\nMeet here.\n",
                "cy/training/groups/first.md", "# Grŵp cyntaf\n\nCwrdd yma.\n"));
        Document folderPage = page(result, "cy/training/index.html");
        Element groups = folderPage.selectFirst("nav.subsections a:contains(Groups)");
        assertNotNull(groups, folderPage.select("nav.subsections").outerHtml());
        assertEquals("en-GB", groups.attr("lang"), "a sub-folder named in English, as its menu entry");
        Document english = page(result, "training/index.html");
        assertTrue(english.select("nav.subsections [lang]").isEmpty(), "the English folder page's list as it was");

        Element card = page(result, "cy/index.html").selectFirst(".card:has(.card-title a:contains(Learning together))");
        assertNotNull(card, page(result, "cy/index.html").select(".cards").outerHtml());
        Element ethics = card.selectFirst(".card-pages [lang]:contains(Ethics)");
        assertNotNull(ethics, card.outerHtml());
        assertEquals("en-GB", ethics.attr("lang"), "a page not translated yet, named in English on its card");
        assertEquals(List.of("en-GB", "en-GB"), card.select(".card-pages [lang]").eachAttr("lang"), "Ethics and Groups, not Sefydlu: " + card.outerHtml());
        assertTrue(page(result, "index.html").select(".card-pages [lang]").isEmpty(), "the English home page's cards as they were");
    }

    /**
     * The menu's "All 26 pages in …" line of a long section names it as the menu entry above it does: on a Welsh page, a
     * section not translated yet in English, marked so in the Welsh sentence around it.
     */
    @Test
    void theMenusMoreLineMarksASectionNamedInTheHandbooksLanguage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "training/rota.md", "# Rota\n\nWho is on when.\n", "cy/training/rota.md", "# Rota\n\nPwy sydd ymlaen pryd.\n"));
        for (int n = 1; n <= PrunedNav.LIST_ALL_UP_TO + 1; n++) {
            files.put("training/p%02d.md".formatted(n), "# Page %d\n\nText.\n".formatted(n));
        }
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n", files);
        Element more = page(result, "cy/training/rota.html").selectFirst("nav.site-nav .nav-more a");
        assertNotNull(more, page(result, "cy/training/rota.html").select("nav.site-nav").outerHtml());
        assertTrue(more.text().startsWith("Popeth yn yr adran Learning together"), more.text());
        assertEquals(List.of("Learning together"), more.select("[lang=en-GB]").eachText(), "the name alone: " + more.outerHtml());
        Element englishMore = page(result, "training/rota.html").selectFirst("nav.site-nav .nav-more a");
        assertEquals("All 28 pages in Learning together", englishMore.text());
        assertTrue(englishMore.select("[lang]").isEmpty(), englishMore.outerHtml());
    }

    /**
     * Where nav: lists a long Welsh section (more Welsh pages than English ones: handbook.yml names the Welsh folder), its
     * own page lists it whole: a Welsh sub-folder with no page of its own is named there in English, as its breadcrumb
     * names it, and marked so.
     */
    @Test
    void aLongWelshSectionsOwnPageMarksASubFolderNamedInTheHandbooksLanguage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "training/index.md", "# Learning together\n\nCourses.\n", "cy/training/index.md", "# Dysgu gyda'n gilydd\n\nCyrsiau.\n",
                "training/groups/first.md", "# First group\n\nMeet here.\n", "cy/training/groups/first.md", "# Grŵp cyntaf\n\nCwrdd yma.\n"));
        for (int n = 1; n <= PrunedNav.LIST_ALL_UP_TO + 1; n++) {
            files.put("cy/training/t%02d.md".formatted(n), "# Tudalen %d\n\nTestun.\n".formatted(n));
        }
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - training/\n  - Croeso: cy/index.md\n"
                + "  - Pecyn cymorth: cy/toolkit/\n  - cy/training/\nlanguages:\n  cy:\n    title: Llawlyfr Cyfeillio\n", files);
        Document own = page(result, "cy/training/index.html");
        Element groups = own.selectFirst("nav.section-list a:contains(Groups)");
        assertNotNull(groups, own.select("nav.section-list").outerHtml());
        assertEquals("en-GB", groups.attr("lang"));
        assertEquals(1, own.select("nav.section-list [lang]").size(), "the Welsh pages in Welsh: " + own.select("nav.section-list").outerHtml());
    }

    /**
     * A Welsh result's section line names its section as the page does: in English, marked so, where the Welsh folder has
     * no name of its own; the index carries the language only for such a page's line.
     */
    @Test
    void aWelshResultsSectionNamedInTheHandbooksLanguageIsMarkedSo(@TempDir Path dir) throws Exception {
        org.handbookpress.HeadlessChromium.assumeAvailable();
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Learning together: training/\n", Map.of(
                "training/rota.md", "# Rota\n\nWho is on when.\n", "cy/training/rota.md", "# Rota\n\nPwy sydd ymlaen pryd.\n"));
        String index;
        try (var files = Files.list(result.output().resolve("assets/search/p"))) {
            index = files.map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining("\n"));
        }
        assertTrue(index.contains("\"s\":[[\"Learning together\",\"en-GB\"]],\"u\":\"cy/training/rota.html\""), index);
        assertTrue(index.contains("\"s\":\"Learning together\",\"u\":\"training/rota.html\""), "an English page's line as it was");
        assertTrue(index.contains("\"s\":\"Pecyn cymorth\",\"u\":\"cy/toolkit/01-visits.html\""), "a Welsh folder with its own name");
        Path search = result.output().resolve("cy/search.html");
        Document dom = Jsoup.parse(browser().searched(java.net.URI.create(search.toUri() + "?q=pwy")));
        Element hit = dom.selectFirst("#search-results li:has(a[href$=cy/training/rota.html])");
        assertNotNull(hit, dom.select("#search-results").outerHtml() + dom.select("#search-status").text());
        Element name = hit.selectFirst(".search-section [lang]");
        assertNotNull(name, hit.outerHtml());
        assertEquals("en-GB", name.attr("lang"));
        assertEquals("Learning together", name.text());
        Document visits = Jsoup.parse(browser().searched(java.net.URI.create(search.toUri() + "?q=ymweld")));
        Element welshNamed = visits.selectFirst("#search-results li:has(a[href$=cy/toolkit/01-visits.html]) .search-section");
        assertEquals("Pecyn cymorth", welshNamed.text());
        assertTrue(welshNamed.select("[lang]").isEmpty(), welshNamed.outerHtml());
    }

    /** Where nav: lists the Welsh pages too, a Welsh page's breadcrumbs start at the English home page, named in English: marked so. */
    @Test
    void aWelshPagesBreadcrumbToTheEnglishHomePageIsMarkedEnglish(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - Croeso: cy/index.md\n  - Pecyn cymorth: cy/toolkit/\n");
        Element home = page(result, "cy/toolkit/01-visits.html").selectFirst("nav.breadcrumbs a");
        assertEquals("Home", home.text());
        assertEquals("en-GB", home.attr("lang"));
        assertFalse(page(result, "toolkit/01-visits.html").selectFirst("nav.breadcrumbs a").hasAttr("lang"), "on an English page, in its language");
    }

    /**
     * A translated chapter keeps its original's number: with a chapter before it not translated yet, the Welsh "Visits"
     * was "Pennod 1" beside the English "Chapter 2" (a food bank's Polish chapter, the only one translated yet, likewise).
     */
    @Test
    void aTranslatedChapterHasItsOriginalsNumber(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "", Map.of("toolkit/00-before.md", "---\nkind: chapter\n---\n# Before you visit\n\nRead this.\n"));
        assertEquals("Chapter 2", page(result, "toolkit/01-visits.html").selectFirst(".chapter-number").text());
        assertEquals("Pennod 2", page(result, "cy/toolkit/01-visits.html").selectFirst(".chapter-number").text());
    }

    /**
     * A Welsh page linking a Welsh page not translated yet, as a translator writes it ({@code toolkit/02-calls.md} in
     * {@code cy/index.md}), finds the English page with no finding: it was found read from the top of the content folder
     * instead, with a {@code link.from-top} notice telling the translator to point it at the English page, a link that
     * would then miss the Welsh page once it is written (an independent youth-mentoring handbook's Welsh home page).
     */
    @Test
    void aWelshLinkToAPageNotTranslatedYetFindsTheEnglishOneWithoutANotice(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "", Map.of("toolkit/02-calls.md", "---\nkind: chapter\n---\n# Calls\n\nPhone first.\n",
                "cy/index.md", "# Croeso\n\nGweler [galwadau](toolkit/02-calls.md).\n"));
        assertEquals("../toolkit/02-calls.html", page(result, "cy/index.html").selectFirst("main a:contains(galwadau)").attr("href"));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.")), result.findings().toString());
    }

    /** Without nav:, the Welsh folder is no section of the English menu, and a Welsh page's menu is the Welsh one. */
    @Test
    void withoutNavTheWelshFolderIsNoSectionAndWelshPagesHaveTheWelshMenu(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "");
        List<String> english = page(result, "toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(english.stream().noneMatch(e -> e.contains("cy/") || e.startsWith("Croeso") || e.startsWith("Cy ")), english.toString());
        assertTrue(english.contains("Toolkit index.html"), english.toString());
        List<String> welsh = page(result, "cy/toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(welsh.contains("Hafan ../index.html") && welsh.contains("Pecyn cymorth index.html") && welsh.contains("Ymweliadau 01-visits.html"),
                welsh.toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable")), result.findings().toString());
        // The Welsh home page is a home page: the sections' cards, in Welsh, leading to the Welsh pages.
        List<String> cards = page(result, "cy/index.html").select(".home-sections .card-title a").stream()
                .map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(cards.contains("Pecyn cymorth toolkit/index.html"), cards.toString());
        assertEquals("Dechreuwch yma.", page(result, "cy/index.html").selectFirst(".hero .lede").text(), "its own summary, in Welsh");
    }

    /** A glossary in each language: a Welsh page links its Welsh terms to the Welsh glossary, which lists the Welsh pages. */
    @Test
    void aWelshPageLinksTheWelshGlossary() throws Exception {
        BuildResult result = handbook();
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("glossary.second")), result.findings().toString());
        Element term = page(result, "cy/toolkit/01-visits.html").selectFirst("a.glossary-term");
        assertNotNull(term, "chyfaill is linked");
        assertEquals("../glossary.html#term-cyfaill", term.attr("href"));
        assertEquals("Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.", term.attr("data-definition"));
        assertEquals("../glossary.html#term-befriendee", page(result, "toolkit/01-visits.html").selectFirst("a.glossary-term").attr("href"));
        Document welshGlossary = page(result, "cy/glossary.html");
        assertEquals(List.of("Ymweliadau"), welshGlossary.select(".glossary-used-in a").eachText());
        assertEquals("Defnyddir ar y tudalennau hyn:", welshGlossary.selectFirst(".glossary-used-in-label").text());
        assertEquals(List.of("Visits"), page(result, "glossary.html").select(".glossary-used-in a").eachText());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable") && f.file().startsWith("cy/toolkit")),
                result.findings().toString());
    }

    /**
     * A Welsh glossary copied from the English one without its front matter, {@code cy/glossary.md} with no {@code kind:},
     * is the Welsh pages' glossary as a page named glossary is when no page says so: it was a plain page, since the English
     * glossary says {@code kind: glossary}, and the Welsh pages linked no Welsh term.
     */
    @Test
    void aTranslatedGlossaryWithoutItsKindIsItsLanguagesGlossary(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "", Map.of("cy/glossary.md",
                "# Geirfa\n\nCyfaill\n: Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.\n  Also: gyfaill, chyfaill\n"));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("glossary.second")), result.findings().toString());
        Element term = page(result, "cy/toolkit/01-visits.html").selectFirst("a.glossary-term");
        assertNotNull(term, "chyfaill is linked");
        assertEquals("../glossary.html#term-cyfaill", term.attr("href"));
        assertEquals("../glossary.html#term-befriendee", page(result, "toolkit/01-visits.html").selectFirst("a.glossary-term").attr("href"));

        // Neither saying its kind: each is its language's glossary, where the English one alone was.
        BuildResult neither = build(dir.resolve("neither"), "", Map.of("cy/glossary.md",
                "# Geirfa\n\nCyfaill\n: Y person y mae gwirfoddolwr yn ymweld ag ef neu hi.\n  Also: gyfaill, chyfaill\n",
                "glossary.md", "# Glossary\n\nBefriendee\n: The person a volunteer visits.\n"));
        assertEquals("../glossary.html#term-cyfaill", page(neither, "cy/toolkit/01-visits.html").selectFirst("a.glossary-term").attr("href"));
        assertEquals("../glossary.html#term-befriendee", page(neither, "toolkit/01-visits.html").selectFirst("a.glossary-term").attr("href"));
    }

    /**
     * The search page in Welsh for a Welsh page: its header's search box leads to cy/search.html, whose words are Welsh
     * and which shows the shared index's results from the top of the site; an English page's box is as it was.
     */
    @Test
    void aWelshPagesSearchBoxLeadsToTheWelshSearchPage() throws Exception {
        BuildResult result = handbook();
        assertEquals("../search.html", page(result, "cy/toolkit/01-visits.html").selectFirst("form.site-search").attr("action"));
        assertEquals("search.html", page(result, "cy/index.html").selectFirst("form.site-search").attr("action"));
        assertEquals("../search.html", page(result, "toolkit/01-visits.html").selectFirst("form.site-search").attr("action"),
                "an English page's box leads to the English search page");
        Document search = page(result, "cy/search.html");
        assertEquals("cy", search.selectFirst("html").attr("lang"), "the Welsh search page is spoken in Welsh");
        assertEquals("Chwilio", search.selectFirst("h1").text());
        assertEquals("Chwilio · Befriending Handbook", search.title());
        Element status = search.getElementById("search-status");
        assertTrue(status.attr("data-prompt").contains("Teipiwch"), status.attr("data-prompt"));
        assertEquals("../", status.attr("data-root"), "the index's addresses are from the site's top");
        assertEquals("../assets/search.js", search.select("script[src$=search.js]").last().attr("src"), "the one shared index");
        assertEquals("search.html", search.getElementById("search-form").attr("action"));
        assertEquals("index.html", search.selectFirst("a.site-title").attr("href"), "its menu is the Welsh one, from the Welsh home page");
        assertEquals("Hafan", search.selectFirst("nav.site-nav a").text());
        Document english = page(result, "search.html");
        assertEquals("en-GB", english.selectFirst("html").attr("lang"));
        assertFalse(english.getElementById("search-status").hasAttr("data-root"), "the English search page is as it was");
    }

    /** The Welsh search page opened from disk: its messages are Welsh, and its results lead to the pages, from cy/. */
    @Test
    void theWelshSearchPageFindsPagesAndLinksThemFromItsFolder() throws Exception {
        org.handbookpress.HeadlessChromium.assumeAvailable();
        BuildResult result = handbook();
        Path search = result.output().resolve("cy/search.html");
        Document dom = Jsoup.parse(browser().searched(java.net.URI.create(search.toUri() + "?q=ymweld")));
        List<String> hits = dom.select("#search-results li h2 a").eachAttr("href");
        assertTrue(hits.contains("../cy/toolkit/01-visits.html"), hits + " " + dom.select("#search-status").text());
        for (String hit : hits) {
            assertTrue(Files.isRegularFile(search.resolveSibling(hit.replaceAll("#.*", "")).normalize()), hit);
        }
        assertTrue(dom.selectFirst("#search-status").text().contains("ar gyfer “ymweld”"), dom.selectFirst("#search-status").text());
        Document card = Jsoup.parse(browser().searched(java.net.URI.create(search.toUri() + "?q=befriendee")));
        assertEquals("../glossary.html#term-befriendee", card.selectFirst("#search-glossary a").attr("href"), "a glossary card, from cy/ too");
    }

    /**
     * A translation copied without its front matter takes the values handbook.yml's defaults: give its original: a youth
     * charity's Welsh club chapter was a plain page (no "Pennod", no pager, no PDF), as clubs/[0-9][0-9]-*.md matched
     * the English one only. A page in a folder not named under languages: is no translation, and takes none.
     */
    @Test
    void aTranslatedPageTakesTheDefaultsItsOriginalsPathIsGiven(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "defaults:\n  - path: \"clubs/[0-9][0-9]-*.md\"\n    values:\n      kind: chapter\n"
                + "languages:\n  cy:\n    title: Llawlyfr Cyfeillio\n", Map.of(
                "clubs/01-welcome.md", "# Welcome to club\n\nSnacks at four.\n",
                "cy/clubs/01-welcome.md", "# Croeso i'r clwb\n\nByrbrydau am bedwar.\n",
                "archive/clubs/01-old.md", "# Old club\n\nGone.\n"));
        assertEquals("Chapter 1", page(result, "clubs/01-welcome.html").selectFirst(".chapter-number").text());
        assertEquals("Pennod 1", page(result, "cy/clubs/01-welcome.html").selectFirst(".chapter-number").text());
        assertNull(page(result, "archive/clubs/01-old.html").selectFirst(".chapter-number"),
                "archive/ is no folder of translations");
    }

    /** handbook.yml's languages: gives the handbook's title and organisation in Welsh, which the Welsh pages show. */
    @Test
    void aWelshPageShowsTheHandbooksTitleAndOrganisationInWelsh(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "organisation: Gwynedd Befriending\nlanguages:\n  cy:\n    title: Llawlyfr Cyfeillio\n"
                + "    organisation: Cyfeillio Gwynedd\n    strapline: Croeso\n", Map.of());
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        assertEquals("Llawlyfr Cyfeillio", welsh.selectFirst("a.site-title").text());
        assertEquals("Cyfeillio Gwynedd", welsh.selectFirst(".site-org").text());
        assertEquals("Ymweliadau · Llawlyfr Cyfeillio", welsh.title());
        assertEquals("Chwilio · Llawlyfr Cyfeillio", page(result, "cy/search.html").title(), "the pages the build writes too");
        Document english = page(result, "toolkit/01-visits.html");
        assertEquals("Befriending Handbook", english.selectFirst("a.site-title").text());
        assertEquals("Gwynedd Befriending", english.selectFirst(".site-org").text());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("config.unknown-key") && f.message().contains("'strapline'")
                && f.line() == 9), result.findings().toString());

        org.handbookpress.BuildFailure wrong = org.junit.jupiter.api.Assertions.assertThrows(org.handbookpress.BuildFailure.class,
                () -> build(dir.resolve("wrong"), "languages:\n  Cymraeg!: Llawlyfr\n", Map.of()));
        assertTrue(wrong.findings().stream().anyMatch(f -> f.code().equals("config.languages") && f.line() == 5
                && f.message().contains("'Cymraeg!'")), wrong.findings().toString());
    }

    /**
     * The Welsh glossary's terms are cards on the search pages too, and a word both glossaries define has a card of
     * each, the search page's own language's first.
     */
    @Test
    void eachGlossarysTermsAreSearchCardsTheSearchPagesLanguageFirst(@TempDir Path dir) throws Exception {
        org.handbookpress.HeadlessChromium.assumeAvailable();
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n", Map.of(
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nRota\n: The weekly list of who visits whom.\n",
                "cy/glossary.md", "---\nkind: glossary\n---\n# Geirfa\n\nCyfaill\n: Y person a ymwelir ag ef.\n\n"
                        + "Rota\n: Y rhestr wythnosol o ymweliadau.\n"));
        Path welshSearch = result.output().resolve("cy/search.html");
        Document welshTerm = Jsoup.parse(browser().searched(java.net.URI.create(welshSearch.toUri() + "?q=cyfaill")));
        assertEquals(List.of("../cy/glossary.html#term-cyfaill"), welshTerm.select("#search-glossary a").eachAttr("href"));
        Document welsh = Jsoup.parse(browser().searched(java.net.URI.create(welshSearch.toUri() + "?q=rota")));
        assertEquals(List.of("../cy/glossary.html#term-rota", "../glossary.html#term-rota"), welsh.select("#search-glossary a").eachAttr("href"));
        assertEquals("Y rhestr wythnosol o ymweliadau.", welsh.selectFirst("#search-glossary .search-card p").text());
        assertEquals(List.of("", "en-GB"), welsh.select("#search-glossary .search-card").stream().map(card -> card.attr("lang")).toList(),
                "the English card on the Welsh page is marked English");
        Document english = Jsoup.parse(browser().searched(java.net.URI.create(
                result.output().resolve("search.html").toUri() + "?q=rota")));
        assertEquals(List.of("glossary.html#term-rota", "cy/glossary.html#term-rota"), english.select("#search-glossary a").eachAttr("href"));
        assertEquals(List.of("", "cy"), english.select("#search-glossary .search-card").stream().map(card -> card.attr("lang")).toList());
    }

    /** A word in both languages: the Welsh search page shows the Welsh pages first, the English one the English pages. */
    @Test
    void eachSearchPageShowsItsLanguagesPagesFirst(@TempDir Path dir) throws Exception {
        org.handbookpress.HeadlessChromium.assumeAvailable();
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n", Map.of(
                "toolkit/02-kendal.md", "# Kendal office\n\nThe Kendal office is open on Mondays. Kendal is in Cumbria.\n",
                "cy/toolkit/02-kendal.md", "# Swyddfa\n\nMae'r swyddfa yn Kendal ar agor ar ddydd Llun.\n"));
        Document welsh = Jsoup.parse(browser().searched(java.net.URI.create(
                result.output().resolve("cy/search.html").toUri() + "?q=kendal")));
        assertEquals(List.of("../cy/toolkit/02-kendal.html", "../toolkit/02-kendal.html"), welsh.select("#search-results li h2 a").eachAttr("href"),
                "the Welsh page first, though the English one names Kendal more");
        Document english = Jsoup.parse(browser().searched(java.net.URI.create(
                result.output().resolve("search.html").toUri() + "?q=kendal")));
        assertEquals(List.of("toolkit/02-kendal.html", "cy/toolkit/02-kendal.html"), english.select("#search-results li h2 a").eachAttr("href"));
        assertEquals(List.of("", "cy"), english.select("#search-results > li").stream().map(item -> item.attr("lang")).toList(),
                "the Welsh result on the English page is marked Welsh");
        assertEquals(List.of("", "en-GB"), welsh.select("#search-results > li").stream().map(item -> item.attr("lang")).toList());
        assertEquals("", english.getElementById("search-status").attr("data-folder"), "the top's: the pages in no folder of translations");
    }

    /**
     * The Documents register and the Downloads page in Welsh: a Welsh page's menu and footer lead to them; the Welsh
     * register lists the Welsh documents and, in English, those not translated yet.
     */
    @Test
    void aWelshPageHasTheDocumentsRegisterAndDownloadsInWelsh(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "nav:\n  - index.md\n  - Toolkit: toolkit/\n  - policies/safeguarding.md\n  - policies/lone-working.md\n"
                        + "packs:\n  - id: workbook\n    title: Workbook\n    include:\n      - toolkit/\n",
                Map.of("policies/lone-working.md", POLICY.formatted("Committee", "Lead officer", "Lone working policy", "Tell someone where you go.")));
        Document welsh = page(result, "cy/toolkit/01-visits.html");
        List<String> menu = welsh.select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(menu.contains("Dogfennau ../documents.html") && menu.contains("Lawrlwythiadau ../downloads.html"), menu.toString());
        assertEquals("../documents.html", welsh.selectFirst(".footer-links a:contains(Dogfennau)").attr("href"), "its footer too (a printed pack adds Downloads)");
        List<String> english = page(result, "toolkit/01-visits.html").select("nav.site-nav a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertTrue(english.contains("Documents ../documents.html") && english.contains("Downloads ../downloads.html"), english.toString());

        Document register = page(result, "cy/documents.html");
        assertEquals("cy", register.selectFirst("html").attr("lang"));
        assertEquals("Dogfennau", register.selectFirst("h1").text());
        assertEquals(List.of("Lone working policy", "Polisi diogelu"), register.select("th[scope=row] > a:first-child").eachText(),
                "the Welsh policy, and the English one not translated yet; not the English original of the Welsh one");
        assertEquals("policies/safeguarding.html", register.selectFirst("table a:contains(Polisi diogelu)").attr("href"));
        assertFalse(register.selectFirst("table a:contains(Polisi diogelu)").hasAttr("lang"), "in the page's language");
        Element untranslated = register.selectFirst("table a:contains(Lone working policy)");
        assertEquals("../policies/lone-working.html", untranslated.attr("href"));
        assertEquals("en-GB", untranslated.attr("lang"), "an English title in the Welsh register is spoken in English");
        assertTrue(register.selectFirst("main").text().contains("15 Ionawr 2027"), "its dates in Welsh");
        assertEquals("Policies", register.selectFirst("tr:has(a:contains(Polisi diogelu)) .doc-section").text(),
                "the sections below the Welsh home, as the page's breadcrumbs name them, not the Welsh home page's title");
        assertEquals(List.of("en-GB"), register.select("tr:has(a:contains(Polisi diogelu)) .doc-section [lang]").eachAttr("lang"),
                "named in English, the Welsh folder having no name of its own yet: marked so, as its breadcrumb");
        assertTrue(register.select("tr:has(a:contains(Lone working policy)) .doc-section").isEmpty(),
                "an English document nav: lists at the menu's top level is in no section, as its breadcrumbs show it");
        assertTrue(page(result, "documents.html").select(".doc-section [lang]").isEmpty(), "on the English register, all in English");
        assertEquals("../cy/documents.csv", register.selectFirst(".register-download a").attr("href"));
        String csv = Files.readString(result.output().resolve("cy/documents.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Dogfen,") && csv.contains("cy/policies/safeguarding.html") && csv.contains("policies/lone-working.html"), csv);
        assertEquals(java.util.Set.of("Safeguarding policy", "Lone working policy", "Polisi diogelu"),
                java.util.Set.copyOf(page(result, "documents.html").select("th[scope=row] > a:first-child").eachText()),
                "the English register lists every document, as it did");

        // How often each is reviewed, in the register's language too, as its dates and status are, whatever the page's: a
        // food bank's Polish register said "co 12 months" of its English policies.
        String untranslatedEvery = register.selectFirst("tr:has(a:contains(Lone working policy))").select(".doc-every").last().text();
        assertFalse(untranslatedEvery.contains("months"), untranslatedEvery);
        assertEquals(register.selectFirst("tr:has(a:contains(Polisi diogelu))").select(".doc-every").last().text(), untranslatedEvery);
        assertEquals("every 12 months",
                page(result, "documents.html").selectFirst("tr:has(a:contains(Polisi diogelu))").select(".doc-every").last().text());

        Document downloads = page(result, "cy/downloads.html");
        assertEquals("cy", downloads.selectFirst("html").attr("lang"));
        assertEquals("Lawrlwythiadau", downloads.selectFirst("h1").text());
        assertEquals("../downloads.html", downloads.selectFirst("nav.language-switch a").attr("href"));
        assertEquals("Downloads", page(result, "downloads.html").selectFirst("h1").text());
    }

    /**
     * A pack of a folder of translations' pages, a Welsh book with a Welsh title, is listed on the English pages with its
     * title and subtitle marked Welsh, and an English pack on the Welsh pages marked English, for a screen reader's voice
     * (WCAG 3.1.2), as its PDF says which language it is in: an independent refugee-befriending handbook's Ukrainian
     * pack, "Довідник волонтера-друга", was listed on the English home and Downloads pages as English words.
     */
    @Test
    void aPackInAnotherLanguageIsListedMarkedSo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Befriending Handbook\nlanguage: en-GB\nlanguages:\n  cy:\n    title: Llawlyfr Cyfeillio\n"
                        + "packs:\n  - id: workbook\n    title: Workbook\n    include: [toolkit/]\n"
                        + "  - id: llyfr\n    title: Llyfr gwaith\n    subtitle: Ar gyfer gwirfoddolwyr newydd\n    include: [cy/toolkit/]\n"
                        + "  - id: e-lyfr\n    title: E-lyfr\n    include: [cy/toolkit/]\n    editions: [epub]\n",
                "index.md", "# Welcome\n\nHello.\n",
                "toolkit/01-visits.md", "---\nkind: chapter\n---\n# Visits\n\nHow we visit a befriendee.\n",
                "cy/index.md", "# Croeso\n\nHelô.\n",
                "cy/toolkit/01-visits.md", "---\nkind: chapter\n---\n# Ymweliadau\n\nSut rydyn ni'n ymweld â chyfaill.\n"));
        BuildResult result = TestHandbooks.build(content, dir.resolve("site"));
        for (String path : List.of("index.html", "downloads.html")) {
            Document english = page(result, path);
            assertEquals(List.of("", "cy", "cy"), english.select(PACK_TITLES).stream().map(e -> e.attr("lang")).toList(),
                    path + ": " + english.select(PACK_TITLES));
            assertEquals("cy", english.selectFirst(".download-subtitle").attr("lang"), path);
        }
        Document welsh = page(result, "cy/downloads.html");
        assertEquals(List.of("en-GB", "", ""), welsh.select(PACK_TITLES).stream().map(e -> e.attr("lang")).toList(),
                welsh.select(PACK_TITLES).toString());
    }

    /** The packs' titles, not the offline copy's (which is in the page's language), nor the pages' files listed below them. */
    private static final String PACK_TITLES = ".downloads-list a[href$=.pdf] .download-title, .downloads-list a[href$=.epub] .download-title";

    /** The one 404 page (GitHub Pages serves the top one for every address) says it in Welsh too, with the Welsh home page. */
    @Test
    void theNotFoundPageSaysItInWelshToo(@TempDir Path dir) throws Exception {
        BuildResult result = build(dir, "baseUrl: https://example.org/handbook/\nnav:\n  - index.md\n  - Toolkit: toolkit/\n");
        Document notFound = page(result, "404.html");
        assertEquals("en-GB", notFound.selectFirst("html").attr("lang"));
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        Element welsh = notFound.selectFirst("main div[lang=cy]");
        assertNotNull(welsh, "the Welsh words, marked as Welsh");
        assertEquals("Heb ddod o hyd i’r dudalen", welsh.selectFirst("h2").text());
        assertTrue(welsh.text().contains("Befriending Handbook"), welsh.text());
        assertEquals("https://example.org/handbook/cy/index.html", welsh.selectFirst("a").attr("href"));
        assertEquals("https://example.org/handbook/index.html", notFound.selectFirst("main > p > a").attr("href"));
        Document withoutBase = page(handbook(), "404.html");
        assertTrue(withoutBase.selectFirst("main div[lang=cy]").select("a").isEmpty(), "no address to link without baseUrl");
    }

    private static Document page(BuildResult result, String path) throws IOException {
        return Jsoup.parse(Files.readString(result.output().resolve(path), StandardCharsets.UTF_8));
    }
}
