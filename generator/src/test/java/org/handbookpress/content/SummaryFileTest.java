package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFileTest {

    private static final String SUMMARY = """
            # Table of contents

            * [Welcome](README.md)

            ## Policies

            * [Safeguarding](policies/safeguarding.md)
              * [Reporting a concern](policies/reporting%20a%20concern.md#who)
            * [Meeting well](./toolkit/meetings.md)
            * [Data](policies/data.md)
            * [Elsewhere](https://example.org/page.md) and [up](../outside.md)

            ```
            * [In code](toolkit/zz.md)
            ```
            """;

    @Test
    void thePagesItLinksToInItsOrder() {
        SummaryFile summary = SummaryFile.read(SUMMARY);
        assertEquals(0, summary.rank("README.md"));
        assertEquals(2, summary.rank("policies/reporting a concern.md"), "decoded, without its #…");
        assertEquals(3, summary.rank("toolkit/meetings.md"));
        assertNull(summary.rank("toolkit/zz.md"), "a link in code is no entry");
        assertNull(summary.rank("outside.md"));
        assertEquals(List.of(new NavEntry(null, "README.md", 3), new NavEntry(null, "policies/safeguarding.md", 7),
                        new NavEntry(null, "toolkit/meetings.md", 9), new NavEntry(null, "about.md", 0), new NavEntry(null, "archive/", 0)),
                summary.nav(List.of("README.md", "policies/safeguarding.md", "toolkit/meetings.md", "about.md", "archive/old.md"),
                        "README.md"), "the top level in its order, then what it does not list");
    }

    @Test
    void aPageWithoutItsOwnTitleIsNamedAsTheTableOfContentsLinksIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Our book\n",
                "SUMMARY.md", "# Summary\n\n- [Welcome](index.md)\n- [Getting *started*](ch01-01-getting-started.md)\n"
                        + "- [Kept](ch01-02-kept.md)\n",
                "index.md", "# Welcome\n\nHello.\n",
                "ch01-01-getting-started.md", "## Getting Started\n\nBring a notebook.\n",
                "ch01-02-kept.md", "---\ntitle: Its own title\n---\n\n## A section\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("ch01-01-getting-started.html"), StandardCharsets.UTF_8));
        assertEquals("Getting started", page.selectFirst("main h1").text(), "mdBook's chapter name, not 'Ch01 01 getting started'");
        assertTrue(page.select("nav.site-nav a").eachText().contains("Getting started"), page.select("nav.site-nav").html());
        assertEquals("Its own title", Jsoup.parse(Files.readString(out.resolve("ch01-02-kept.html"), StandardCharsets.UTF_8))
                .selectFirst("main h1").text(), "a page's own title wins");
        assertEquals(List.of(), result.findings().stream().map(f -> f.code()).toList());
    }

    /**
     * mdBook's part titles, a SUMMARY.md's {@code #} headings after its own title, group the top level under their names
     * (mdBook's own guide: "User guide", "Reference guide"); a chapter outside a list after them (a suffix chapter) is in
     * none, and a heading in code is no part. They were read as nothing, the chapters listed one after another.
     */
    @Test
    void partTitlesGroupTheTopLevel() {
        SummaryFile summary = SummaryFile.read("""
                # Summary

                [Introduction](README.md)

                # User guide

                - [Installation](guide/installation.md)
                - [Reading](reading.md)

                # Reference *guide*

                - [Command line](cli/README.md)
                    - [init](cli/init.md)

                ```
                # Not a part
                ```
                - [Format](format.md)

                [Contributors](contributors.md)
                """);
        assertEquals(List.of(new NavEntry(null, "README.md", 3),
                        NavEntry.group("User guide", 5, List.of(new NavEntry(null, "guide/installation.md", 7), new NavEntry(null, "reading.md", 8))),
                        NavEntry.group("Reference guide", 10, List.of(new NavEntry(null, "cli/", 12), new NavEntry(null, "format.md", 18))),
                        new NavEntry(null, "contributors.md", 20)),
                summary.nav(List.of("README.md", "guide/installation.md", "reading.md", "cli/README.md", "cli/init.md", "format.md",
                        "contributors.md"), "README.md"));
    }

    /**
     * GitBook's page groups, a SUMMARY.md's {@code ##} headings (also {@code ###} and {@code ####} in its older books and
     * HonKit), group the top level as mdBook's {@code #} part titles do (the CHAOSS community handbook's "ABOUT",
     * "COMMUNITY <a id=…></a>", "CONTRIBUTING"…); a thematic break ends a part, the chapters after it in none. mdBook
     * passes such headings and breaks by. They were read as nothing, the chapters listed one after another.
     */
    @Test
    void gitBooksHeadingsGroupTheTopLevel() {
        String toc = """
                # Table of contents

                * [Welcome](README.md)
                * [Using this handbook](using.md)

                ## ABOUT US <a id="about"></a>

                * [Our history](about/history.md)
                * [Values](about/values.md)

                ### Volunteering

                * [Shifts](shifts/README.md)
                  * [Swapping a shift](shifts/swapping.md)
                * [Training](training.md)

                ---

                * [Contact](contact.md)
                """;
        List<String> pages = List.of("README.md", "using.md", "about/history.md", "about/values.md", "shifts/README.md",
                "shifts/swapping.md", "training.md", "contact.md");
        assertEquals(List.of(new NavEntry(null, "README.md", 3), new NavEntry(null, "using.md", 4),
                        NavEntry.group("ABOUT US", 6, List.of(new NavEntry(null, "about/history.md", 8), new NavEntry(null, "about/values.md", 9))),
                        NavEntry.group("Volunteering", 11, List.of(new NavEntry(null, "shifts/", 13), new NavEntry(null, "training.md", 15))),
                        new NavEntry(null, "contact.md", 19)),
                SummaryFile.readGitBook(toc).nav(pages, "README.md"));
        assertFalse(SummaryFile.read(toc).hasParts(), "mdBook's parts are # headings only");
    }

    /** A SUMMARY.md without a book.toml is a GitBook's: its ## headings group the menu; beside a book.toml, an mdBook's, they do not. */
    @Test
    void aSummaryWithoutABookTomlIsAGitBooksWhoseHeadingsGroupTheMenu(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>(Map.of(
                "SUMMARY.md", "# Table of contents\n\n* [Welcome](README.md)\n\n## Volunteering\n\n* [Shifts](shifts.md)\n"
                        + "* [Training](training.md)\n",
                "README.md", "# Welcome\n\nHello.\n",
                "shifts.md", "# Shifts\n\nText.\n",
                "training.md", "# Training\n\nText.\n"));
        Path gitBook = dir.resolve("gitbook");
        TestHandbooks.buildWithoutPdfs(TestHandbooks.write(gitBook.resolve("c"), files), gitBook.resolve("out"));
        org.jsoup.nodes.Element nav = Jsoup.parse(Files.readString(gitBook.resolve("out/shifts.html"), StandardCharsets.UTF_8))
                .selectFirst("nav.site-nav > ul");
        assertEquals(List.of("Volunteering: Shifts, Training"), nav.select(":root > li.nav-group").stream()
                .map(g -> g.selectFirst(".nav-group-name").text() + ": " + String.join(", ", g.select("li a").eachText())).toList(), nav.html());
        files.put("book.toml", "[book]\ntitle = \"Helpers\"\n");
        Path mdBook = dir.resolve("mdbook");
        TestHandbooks.buildWithoutPdfs(TestHandbooks.write(mdBook.resolve("c"), files), mdBook.resolve("out"));
        nav = Jsoup.parse(Files.readString(mdBook.resolve("out/shifts.html"), StandardCharsets.UTF_8)).selectFirst("nav.site-nav > ul");
        assertTrue(nav.select("li.nav-group").isEmpty(), nav.html());
        assertEquals(List.of("Home", "Shifts", "Training"), nav.select(":root > li > a").eachText().subList(0, 3), nav.html());
    }

    @Test
    void aBookIsBuiltInItsTableOfContentsOrderWhichIsNoPage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Our book\n",
                "SUMMARY.md", SUMMARY,
                "README.md", "# Welcome\n\nHello.\n",
                "policies/safeguarding.md", "# Safeguarding\n\nText.\n",
                "policies/reporting a concern.md", "# Reporting a concern\n\n## Who\n\nAnyone.\n",
                "policies/data.md", "# Data\n\nText.\n",
                "toolkit/meetings.md", "# Meeting well\n\nText.\n",
                "about.md", "# About us\n\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("README.md", "policies/safeguarding.md", "policies/reporting a concern.md", "toolkit/meetings.md",
                "policies/data.md", "about.md"), handbook.pages().stream().map(Page::path).toList(),
                "its order; the pages it does not list after");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        // GitBook and mdBook publish only the pages SUMMARY.md lists: the others are said once, as a notice at its top, so
        // that findings in pages the old site never showed (a stale copy, a second page of the same title) are explained.
        assertEquals(List.of("SUMMARY.md:1 page.not-in-summary"), result.findings().stream().filter(f -> !f.code().equals("config.missing"))
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("page.not-in-summary") && f.message().contains("about.md")
                && f.message().startsWith("1 page")), result.findings().toString());
        assertFalse(Files.exists(out.resolve("SUMMARY.html")), "the table of contents is the navigation, not a page");
        Document page = Jsoup.parse(Files.readString(out.resolve("policies/data.html"), StandardCharsets.UTF_8));
        String nav = page.select("nav.site-nav").text();
        assertTrue(nav.indexOf("Safeguarding") < nav.indexOf("Meeting well") && nav.indexOf("Meeting well") < nav.indexOf("Data"), nav);
        String reporting = Jsoup.parse(Files.readString(out.resolve("policies/reporting a concern.html"), StandardCharsets.UTF_8))
                .select("nav.site-nav").text();
        assertTrue(reporting.indexOf("Safeguarding") < reporting.indexOf("Reporting a concern")
                && reporting.indexOf("Reporting a concern") < reporting.indexOf("Meeting well"), reporting);
        assertFalse(nav.contains("About us"), "a page the table of contents leaves out is in no menu, as in GitBook's: " + nav);
        assertTrue(Files.exists(out.resolve("about.html")), "but it is built, for links and search");
    }

    /**
     * The pages a SUMMARY.md leaves out, beside the listed pages of a folder or in a folder of their own, are built (links
     * find them) and left out of the menu, as GitBook and mdBook leave them out; one notice says so, not a
     * page.unreachable warning for each. Before, they were listed in the menu after the listed pages.
     */
    @Test
    void pagesTheTableOfContentsLeavesOutAreBuiltButInNoMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Organiser's manual\n",
                "SUMMARY.md", """
                        # Summary

                        * [Welcome](README.md)
                        * [Running an event](event/README.md)
                            * [Before you start](event/before.md)
                        """,
                "README.md", "# Welcome\n\nSee [the old checklist](event/old-checklist.md).\n",
                "event/README.md", "# Running an event\n\nText.\n",
                "event/before.md", "# Before you start\n\nText.\n",
                "event/old-checklist.md", "# Old checklist\n\nText.\n",
                "drafts/ideas.md", "# Ideas\n\nText.\n",
                "drafts/more/notes.md", "# Notes\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("SUMMARY.md:1 page.not-in-summary"), result.findings().stream().filter(f -> !f.code().equals("config.missing"))
                .map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(), "one notice; no page.unreachable, no broken link");
        for (String built : List.of("event/old-checklist.html", "drafts/ideas.html", "drafts/more/notes.html")) {
            assertTrue(Files.exists(out.resolve(built)), built);
        }
        Document page = Jsoup.parse(Files.readString(out.resolve("event/before.html"), StandardCharsets.UTF_8));
        List<String> menu = page.select("nav.site-nav a").eachText();
        assertEquals(List.of("Home", "Running an event", "Before you start"), menu.subList(0, 3), menu.toString());
        for (String left : List.of("Old checklist", "Drafts", "Ideas", "More", "Notes")) {
            assertFalse(menu.contains(left), left + " in " + menu);
        }
        Document event = Jsoup.parse(Files.readString(out.resolve("event/index.html"), StandardCharsets.UTF_8));
        assertFalse(event.select("nav.site-nav").text().contains("Old checklist"), event.select("nav.site-nav").html());
    }

    /**
     * A table of contents that puts a chapter of its own folder between two pages of a section: the menu lists them as it
     * does (the section listed its pages first, then its folders, whatever the book's order).
     */
    @Test
    void aSectionsPagesAndFoldersAreListedInTheTableOfContentsOrder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Organiser's manual\n",
                "SUMMARY.md", """
                        # Summary

                        * [Welcome](README.md)
                        * [Running an event](event/README.md)
                            * [Before you start](event/before.md)
                            * [Step by step](event/steps/README.md)
                                * [The venue](event/steps/venue.md)
                            * [Afterwards](event/after.md)
                        """,
                "README.md", "# Welcome\n\nHello.\n",
                "event/README.md", "# Running an event\n\nText.\n",
                "event/before.md", "# Before you start\n\nText.\n",
                "event/steps/README.md", "# Step by step\n\nText.\n",
                "event/steps/venue.md", "# The venue\n\nText.\n",
                "event/after.md", "# Afterwards\n\nText.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("event/before.html"), StandardCharsets.UTF_8));
        List<String> menu = page.select("nav.site-nav a").eachText();
        assertTrue(menu.indexOf("Before you start") < menu.indexOf("Step by step") && menu.indexOf("Step by step") < menu.indexOf("Afterwards"),
                menu.toString());
    }

    /**
     * mdBook's layout of a chapter with sub-chapters: chapter.md beside the folder chapter/. The chapter's section opens on
     * it, once; it stood in the menu twice, as a page and as the section above its sub-chapters.
     */
    @Test
    void aChapterBesideItsFolderIsItsSectionOnceInTheMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Course notes\n",
                "SUMMARY.md", """
                        # Summary

                        [Welcome](index.md)

                        - [Getting there](travel.md)
                          - [By bus](travel/bus.md)
                          - [By bike](travel/bike.md)
                        - [Lunch](lunch.md)
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "travel.md", "# Getting there\n\nText.\n",
                "travel/bus.md", "# By bus\n\nText.\n",
                "travel/bike.md", "# By bike\n\nText.\n",
                "lunch.md", "# Lunch\n\nText.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("travel/bus.html"), StandardCharsets.UTF_8));
        List<String> menu = page.select("nav.site-nav a").eachText();
        assertEquals(List.of("Home", "Getting there", "By bus", "By bike", "Lunch"), menu.subList(0, 5));
        assertEquals(1, menu.stream().filter("Getting there"::equals).count(), menu.toString());
        assertEquals("../travel.html", page.select("nav.site-nav li.nav-section > a").attr("href"));
    }

    @Test
    void aGitHubWikisSidebarOrdersItsPages(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "Home.md", "# Home\n\nHello.\n",
                "Zebra-crossings.md", "# Zebra crossings\n\nText.\n",
                "Safeguarding.md", "# Safeguarding\n\nText.\n",
                "How-we-meet.md", "# How we meet\n\nText.\n",
                "_Sidebar.md", "* [[Safeguarding]]\n* [[Meetings|How we meet]]\n* [Home](https://github.com/o/r/wiki/Home)\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("Safeguarding.md", "How-we-meet.md", "Home.md", "Zebra-crossings.md"),
                handbook.pages().stream().map(Page::path).toList(), "the sidebar's order, then the pages it does not list");
        assertEquals(List.of("Home.md", "Safeguarding.md", "How-we-meet.md", "Zebra-crossings.md"),
                handbook.config().nav().stream().map(NavEntry::target).toList(), "the front page first in the navigation");
    }

    /** A wiki sidebar's [[Spring Planting]] is the page of that name in a folder too, as GitHub finds a wiki's pages by name. */
    @Test
    void aWikiSidebarFindsAPageInAFolderByItsName() {
        SummaryFile sidebar = SummaryFile.readSidebar("* [[Spring Planting]]\n* [[Home]]\n* [Rent](Plot-Rent)\n",
                List.of("Home.md", "Plot-Rent.md", "dues/Plot-Rent.md", "seasons/Spring-Planting.md"));
        assertEquals(0, sidebar.rank("seasons/Spring-Planting.md"));
        assertEquals(1, sidebar.rank("Home.md"));
        assertEquals(2, sidebar.rank("Plot-Rent.md"), "a page of the name at the top first");
        assertEquals(null, sidebar.rank("dues/Plot-Rent.md"));
    }

    /**
     * A wiki sidebar's headings over its links (## Growing, ## Paperwork) group the menu under their names, as the sidebar
     * shows them and as a SUMMARY.md's parts do; they were dropped, the links standing in one list.
     */
    @Test
    void aWikiSidebarsHeadingsGroupTheMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "Home.md", "Welcome to the allotments.\n",
                "Seed-Swap.md", "Bring spare seeds in March.\n",
                "Watering.md", "Use the butts before the taps.\n",
                "Plot-Rent.md", "Rent is due in October.\n",
                "_Sidebar.md", "* [[Home]]\n\n## Growing\n\n* [[Watering]]\n* [[Seed Swap]]\n\n## Paperwork\n\n* [[Plot Rent]]\n"));
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        org.jsoup.nodes.Element nav = Jsoup.parse(Files.readString(out.resolve("Watering.html"), StandardCharsets.UTF_8))
                .selectFirst("nav.site-nav > ul");
        assertEquals(List.of("Growing: Watering, Seed Swap", "Paperwork: Plot Rent"), nav.select(":root > li.nav-group").stream()
                .map(g -> g.selectFirst(".nav-group-name").text() + ": " + String.join(", ", g.select("li a").eachText())).toList(), nav.html());
        assertEquals("Home", nav.selectFirst(":root > li > a").text(), "the link above the first heading is in no group");
    }

    @Test
    void aWikiSidebarsOnlyHeadingAboveItsLinksIsItsTitleAndNoGroup(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "Home.md", "Welcome to the allotments.\n",
                "Watering.md", "Use the butts before the taps.\n",
                "Plot-Rent.md", "Rent is due in October.\n",
                "_Sidebar.md", "### Contents\n\n* [[Home]]\n* [[Watering]]\n* [[Plot Rent]]\n"));
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        org.jsoup.nodes.Element nav = Jsoup.parse(Files.readString(out.resolve("Watering.html"), StandardCharsets.UTF_8))
                .selectFirst("nav.site-nav > ul");
        assertTrue(nav.select("li.nav-group").isEmpty(), nav.html());
        assertEquals(List.of("Home", "Watering", "Plot Rent"), nav.select(":root > li > a").eachText().subList(0, 3), nav.html());
    }

    @Test
    void aJupyterBooksTableOfContentsOrdersItsPages(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "intro.md", "# Welcome\n\nHello.\n",
                "chapters/a-first.md", "# First\n\nText.\n",
                "chapters/listening.md", "# Listening\n\nText.\n",
                "chapters/notes.ipynb", "{}",
                "afterword.md", "# Afterword\n\nText.\n",
                "_toc.yml", """
                        format: jb-book
                        root: intro
                        parts:
                          - caption: The chapters
                            chapters:
                            - file: chapters/listening
                              sections:
                              - file: chapters/notes
                            - file: "chapters/a-first.md"  # with its extension
                        """));
        Handbook handbook = new ContentLoader(new Findings()).load(content, new ConfigLoader(new Findings()).load(content));
        assertEquals(List.of("intro.md", "chapters/listening.md", "chapters/a-first.md", "afterword.md"),
                handbook.pages().stream().map(Page::path).toList());
    }

    /**
     * A Jupyter Book's parts' captions stand over their chapters, as its sidebar shows them, with no folder between: in a
     * book that keeps its chapters in folders under one folder (JGIBristol/ask-jgi-handbook: pages/Ask-JGI_shifts/ under
     * '- caption: Ask-JGI Shifts', pages/resources/ under 'Signposting and other services'), the menu showed the folders
     * by their names, then by their captions, under a "Pages" level for pages/. A folder holding pages of two parts is no
     * level of the menu either: each chapter stands under its own part's caption.
     */
    @Test
    void aJupyterBooksPartCaptionsNameTheFoldersOfTheirChapters(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "pages/intro.md", "# Welcome\n\nHello.\n",
                "pages/on_shift/rota.md", "# The rota\n\nText.\n",
                "pages/on_shift/breaks.md", "# Breaks\n\nText.\n",
                "pages/resources/others.md", "# Other services\n\nText.\n",
                "pages/mixed/one.md", "# One\n\nText.\n",
                "pages/mixed/two.md", "# Two\n\nText.\n",
                "_toc.yml", """
                        format: jb-book
                        root: pages/intro
                        parts:
                          - caption: "Your shifts"
                            chapters:
                            - file: pages/on_shift/rota
                            - file: pages/on_shift/breaks
                            - file: pages/mixed/one
                          - caption: Signposting and other services  # where to send people
                            chapters:
                            - file: pages/resources/others
                            - file: pages/mixed/two
                        """));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        org.jsoup.nodes.Document home = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Your shifts", "Signposting and other services"), home.select("nav.site-nav .nav-group-name").eachText());
        assertEquals(List.of("The rota", "Breaks", "One"), partChapters(home, "Your shifts"));
        assertEquals(List.of("Other services", "Two"), partChapters(home, "Signposting and other services"));
        List<String> menu = menu(out, "index.html");
        assertFalse(menu.contains("On shift") || menu.contains("Resources") || menu.contains("Mixed") || menu.contains("Pages"),
                "no folder between a caption and its chapters: " + menu);
    }

    /**
     * A Jupyter Book chapter's {@code sections:} stand under it in the menu, as in its sidebar, open on its page and theirs:
     * they were a row beside it (every page of the folder they share, by the folder's name).
     */
    @Test
    void aJupyterBooksSectionsStandUnderTheirChapter(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "intro.md", "# Welcome\n\nHello.\n",
                "guide/coaching.md", "# Coaching\n\nText.\n",
                "guide/warm-up.md", "# Warm-up\n\nText.\n",
                "guide/games.md", "# Games\n\nText.\n",
                "guide/safety.md", "# Safety\n\nText.\n",
                "_toc.yml", """
                        format: jb-book
                        root: intro
                        chapters:
                        - file: guide/coaching
                          sections:
                          - file: guide/warm-up
                          - file: guide/games
                        - file: guide/safety
                        """));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(out.resolve("guide/warm-up.html"), StandardCharsets.UTF_8));
        org.jsoup.nodes.Element coaching = page.selectFirst("nav.site-nav li:has(> a:containsOwn(Coaching))");
        assertNotNull(coaching, page.select("nav.site-nav").html());
        assertEquals(List.of("Warm-up", "Games"), coaching.select("> ul > li > a").eachText());
        assertEquals(List.of("Home", "Coaching", "Warm-up", "Games", "Safety"),
                menu(out, "guide/warm-up.html").stream().filter(t -> !t.equals("Downloads")).toList());
    }

    /** The links listed right under a part's caption in the menu. */
    private static List<String> partChapters(org.jsoup.nodes.Document page, String caption) {
        for (org.jsoup.nodes.Element group : page.select("nav.site-nav li.nav-group")) {
            if (group.selectFirst("> .nav-group-name").text().equals(caption)) {
                return group.select("> ul > li > a").eachText();
            }
        }
        return List.of();
    }

    /**
     * A Jupyter Book's table of contents names its pages without their extension, a notebook's as a Markdown page's: both
     * are listed in its order. The pages it leaves out are built, outside the menu, as Jupyter Book builds them outside its
     * navigation, with one notice; before, a notebook it named was unranked, and the pages it left out were in the menu.
     */
    @Test
    void aJupyterBooksTableOfContentsIsItsMenuNotebooksIncluded(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "intro.md", "# Welcome\n\nHello.\n",
                "chapters/a-first.md", "# First steps\n\nText.\n",
                "chapters/listening.ipynb", """
                        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Listening well\\n", "\\n", "Text."]}],
                         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                        """,
                "chapters/draft.md", "# An old draft\n\nText.\n",
                "_toc.yml", """
                        format: jb-book
                        root: intro
                        chapters:
                        - file: chapters/listening
                        - file: chapters/a-first
                        """));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        Finding notice = onlyNotInSummary(result, "_toc.yml");
        assertTrue(notice.message().contains("chapters/draft.md") && notice.message().contains("Jupyter Book"), notice.message());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("page.unreachable")), result.findings().toString());
        List<String> menu = menu(out, "chapters/a-first.html");
        assertTrue(menu.contains("Listening well") && menu.indexOf("Listening well") < menu.indexOf("First steps"), menu.toString());
        assertFalse(menu.contains("An old draft"), menu.toString());
        assertTrue(Files.exists(out.resolve("chapters/draft.html")), "built, for links and search");
    }

    /** docsify shows only the pages its _sidebar.md links to: a page it leaves out is built but in no menu, said once. */
    @Test
    void aDocsifySidebarIsItsMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Drop-in handbook\n",
                "README.md", "# Drop-in handbook\n\nStart with [the rota](rota.md).\n",
                "_sidebar.md", "- [The rota](rota.md)\n- [Arriving](arriving.md)\n",
                "rota.md", "# The rota\n\nText.\n",
                "arriving.md", "# Arriving\n\nText.\n",
                "old-rota.md", "# The old rota\n\nText.\n"));
        Path out = dir.resolve("out");
        Finding notice = onlyNotInSummary(TestHandbooks.build(content, out), "_sidebar.md");
        assertTrue(notice.message().contains("old-rota.md") && notice.message().contains("docsify"), notice.message());
        List<String> menu = menu(out, "rota.html");
        assertTrue(menu.contains("Arriving"), menu.toString());
        assertFalse(menu.contains("The old rota"), menu.toString());
        assertTrue(Files.exists(out.resolve("old-rota.html")));
    }

    /** The one page.not-in-summary notice of a build, which must be said on {@code file}. */
    private static Finding onlyNotInSummary(BuildResult result, String file) {
        List<Finding> notices = result.findings().stream().filter(f -> f.code().equals("page.not-in-summary")).toList();
        assertEquals(1, notices.size(), result.findings().toString());
        assertEquals(file, notices.get(0).file());
        return notices.get(0);
    }

    private static List<String> menu(Path out, String page) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8)).select("nav.site-nav a").eachText();
    }

    @Test
    void anMkDocsSitesNavOrdersItsDocsAndItsSettingsAreReadWithoutHandbookYml(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                "mkdocs.yml", """
                        site_name: Volunteer handbook
                        site_description: How we work together.
                        theme:
                          name: material
                          language: cy
                        markdown_extensions:
                          - pymdownx.emoji:
                              emoji_index: !!python/name:material.extensions.emoji.twemoji
                        nav:
                          - Home: index.md
                          - Getting started: start.md
                          - Policies: policies/
                          - About:
                            - Zebra: about/zebra.md
                            - 'Licence': "about/licence.md"
                            - Elsewhere: https://example.org/
                            - Gone: about/gone.md
                        """,
                "docs/index.md", "# Home\n",
                "docs/about/licence.md", "# Licence\n",
                "docs/about/zebra.md", "# Zebra\n",
                "docs/policies/leave.md", "# Leave\n",
                "docs/policies/data.md", "# Data\n",
                "docs/start.md", "# Start\n",
                "docs/aardvark.md", "# Aardvark\n"));
        Path content = site.resolve("docs");
        Findings findings = new Findings();
        HandbookConfig config = new ConfigLoader(findings).load(content);
        assertEquals(List.of("handbook.yml:0 config.mkdocs"), findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        assertEquals("Volunteer handbook", config.title());
        assertEquals("How we work together.", config.description());
        assertEquals("cy", config.language());
        Findings loading = new Findings();
        Handbook handbook = new ContentLoader(loading).load(content, config);
        assertEquals(List.of("page.not-in-summary"), loading.sorted().stream().map(f -> f.code()).toList());
        assertTrue(loading.sorted().get(0).message().contains("aardvark.md") && loading.sorted().get(0).message().contains("mkdocs.yml's nav"),
                loading.sorted().get(0).message());
        assertEquals(List.of("index.md", "start.md", "policies/data.md", "policies/leave.md", "about/zebra.md", "about/licence.md",
                "aardvark.md"), handbook.pages().stream().map(Page::path).toList(), "the nav's order (a folder's pages in theirs), then the rest");
        assertEquals(List.of("index.md", "start.md", "policies/", "about/"), handbook.config().nav().stream().map(NavEntry::target).toList(),
                "a page the nav leaves out is in no menu, as MkDocs builds it");
        assertTrue(handbook.isOutsideMenu(handbook.page("aardvark.md").orElseThrow()));
        assertFalse(handbook.isOutsideMenu(handbook.page("about/zebra.md").orElseThrow()));
    }

    @Test
    void anMkDocsSitesNavNamesItsPagesAndTheFoldersItsSectionsHold(@TempDir Path dir) throws Exception {
        // The names mkdocs.yml's nav gives are the menu's, as MkDocs shows them: a page's label is its nav-title (its own
        // front matter's wins), and a section holding one folder's pages, and only it, names that folder (and its own page).
        Path site = TestHandbooks.write(dir, Map.of(
                "mkdocs.yml", """
                        site_name: Volunteer handbook
                        nav:
                          - Home: index.md
                          - Before you start: start.md
                          - Our policies:
                            - policies/index.md
                            - Time off: policies/leave.md
                            - policies/data.md
                          - Extras:
                            - about/zebra.md
                            - aardvark.md
                          - Guides:
                            - guides/a.md
                          - guides/b.md
                        """,
                "docs/index.md", "# Home\n",
                "docs/start.md", "# Start\n",
                "docs/policies/index.md", "# Policies in brief\n",
                "docs/policies/leave.md", "---\nnav-title: Leave\n---\n# Leave policy\n",
                "docs/policies/data.md", "# Data\n",
                "docs/about/zebra.md", "# Zebra\n",
                "docs/aardvark.md", "# Aardvark\n",
                "docs/guides/a.md", "# A\n",
                "docs/guides/b.md", "# B\n"));
        Path content = site.resolve("docs");
        HandbookConfig config = new ConfigLoader(new Findings()).load(content);
        Handbook handbook = new ContentLoader(new Findings()).load(content, config);
        java.util.function.Function<String, String> navTitle = path -> handbook.page(path).orElseThrow().meta().names().navTitle();
        assertEquals("Before you start", navTitle.apply("start.md"));
        assertEquals("Start", handbook.page("start.md").orElseThrow().title(), "the page's own title is unchanged");
        assertEquals("Our policies", navTitle.apply("policies/index.md"), "a section's own page takes the section's name");
        assertEquals("Leave", navTitle.apply("policies/leave.md"), "the page's own nav-title wins");
        assertNull(navTitle.apply("policies/data.md"));
        assertEquals(Map.of("policies", "Our policies"), handbook.folderLabels(),
                "not a section of pages in several folders, nor one whose folder has pages listed elsewhere");
    }

    @Test
    void anMkDocsProjectIsOnlyThatOfItsDocsFolder(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of(
                "mkdocs.yml", "site_name: Guide\ndocs_dir: handbook\nnav:\n  - b.md\n  - a.md\n",
                "handbook/a.md", "# A\n", "handbook/b.md", "# B\n",
                "docs/a.md", "# A\n", "docs/b.md", "# B\n"));
        assertEquals("Guide", new ConfigLoader(new Findings()).load(site.resolve("handbook")).title(), "its docs_dir");
        Findings other = new Findings();
        assertEquals("Handbook", new ConfigLoader(other).load(site.resolve("docs")).title(), "not its docs");
        assertEquals("config.missing", other.sorted().get(0).code());
        // The project itself as the content folder: the nav's paths are in its docs folder.
        Path project = site;
        HandbookConfig config = new ConfigLoader(new Findings()).load(project);
        Handbook handbook = new ContentLoader(new Findings()).load(project, config);
        assertEquals(List.of("handbook/b.md", "handbook/a.md", "docs/a.md", "docs/b.md"), handbook.pages().stream().map(Page::path).toList());
        Files.writeString(project.resolve("mkdocs.yml"), "site_name: [unclosed\n", StandardCharsets.UTF_8);
        assertEquals("Handbook", new ConfigLoader(new Findings()).load(project).title(), "a file that is not YAML is passed by");
    }

    /**
     * mdBook's draft chapters, {@code - [Draft chapter]()}, as its own guide lists one under "SUMMARY.md": each is read
     * with the page SUMMARY.md lists before it and the page it is nested under. They were not read at all, and the menu
     * left them out.
     */
    @Test
    void draftChaptersAreReadWithTheirPlace() {
        SummaryFile summary = SummaryFile.read("""
                # Summary

                [Introduction](README.md)
                - [Not written yet]()

                # Reference guide

                - [Format](format/README.md)
                    - [SUMMARY.md](format/summary.md)
                        - [Draft chapter]()
                    - [Configuration](format/configuration/README.md)
                        - [General](format/configuration/general.md)
                    - [Also *planned*]()
                        - [Planned in turn]()
                ```
                - [In code]()
                ```
                """);
        assertEquals(List.of(new DraftChapter("Not written yet", 4, "README.md", null),
                new DraftChapter("Draft chapter", 10, "format/summary.md", "format/summary.md"),
                new DraftChapter("Also planned", 13, "format/configuration/general.md", "format/README.md"),
                new DraftChapter("Planned in turn", 14, "format/configuration/general.md", "format/README.md")), summary.drafts());
        assertNull(summary.rank(""), "no page");
    }

    /**
     * The menu shows each draft chapter where SUMMARY.md puts it, as words that lead nowhere (mdBook greys it out and
     * links it nowhere): not a link to a page that is not there, and no finding of a broken link or a missing page.
     */
    @Test
    void draftChaptersAreInTheMenuAsWordsNotLinks(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Organiser's manual\n",
                "SUMMARY.md", """
                        # Summary

                        [Welcome](index.md)

                        - [Running an event](event/README.md)
                            - [Before you start](event/before.md)
                                - [Risk assessments]()
                            - [On the day](event/day.md)
                            - [Afterwards]()
                        - [Fundraising]()
                        - [Contacts](contacts.md)
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "event/README.md", "# Running an event\n\nText.\n",
                "event/before.md", "# Before you start\n\nText.\n",
                "event/day.md", "# On the day\n\nText.\n",
                "contacts.md", "# Contacts\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of(), TestHandbooks.codes(result));
        Document page = Jsoup.parse(Files.readString(out.resolve("event/day.html"), StandardCharsets.UTF_8));
        org.jsoup.nodes.Element nav = page.selectFirst("nav.site-nav");
        assertEquals(List.of("Home", "Running an event", "Before you start", "Risk assessments", "On the day", "Afterwards",
                "Fundraising", "Contacts"), nav.select("li > a, li > .nav-label").eachText().stream().filter(t -> !t.equals("Downloads")).toList(),
                nav.html());
        for (String draft : List.of("Risk assessments", "Afterwards", "Fundraising")) {
            org.jsoup.nodes.Element entry = nav.selectFirst("li:has(> .nav-label:containsOwn(" + draft + "))");
            assertTrue(entry != null && entry.select("a").isEmpty() && !entry.hasClass("nav-section"), nav.html());
        }
        // The home page's card counts the section's pages, which a draft is not yet.
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals("2 pages", home.selectFirst(".card:has(a:containsOwn(Running an event)) .card-meta").text(), home.select(".card").outerHtml());
    }

    /** A book with parts and drafts (mdBook's guide has both): each draft in its part's group, after the page before it, once. */
    @Test
    void draftChaptersStandInTheirPartsGroup(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Helpers' book\n",
                "SUMMARY.md", """
                        # Summary

                        [Welcome](index.md)

                        # Getting started

                        - [Joining](joining.md)
                            - [Your first shift]()
                        - [Rota](rota.md)

                        # Going further

                        - [Leading a group](leading.md)
                        - [Training others]()
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "joining.md", "# Joining\n\nText.\n",
                "rota.md", "# Rota\n\nText.\n",
                "leading.md", "# Leading a group\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of(), TestHandbooks.codes(result));
        org.jsoup.nodes.Element nav = Jsoup.parse(Files.readString(out.resolve("rota.html"), StandardCharsets.UTF_8)).selectFirst("nav.site-nav");
        assertEquals(List.of("Joining", "Your first shift", "Rota"),
                nav.select("li.nav-group:has(> .nav-group-name:containsOwn(Getting started)) li").eachText(), nav.html());
        assertEquals(List.of("Leading a group", "Training others"),
                nav.select("li.nav-group:has(> .nav-group-name:containsOwn(Going further)) li").eachText(), nav.html());
        assertEquals(1, nav.select(".nav-label:containsOwn(Training others)").size(), nav.html());
    }

    /**
     * A draft at the top of the list with chapters under it, {@code - [Working together]()}, as a co-op's handbook groups
     * its chapters: mdBook shows them under its greyed title; the menu showed the title as a draft and its chapters
     * after it at the top, as though they were not its. It is now a group of the menu, named so, up to the next entry at
     * its level; a draft with nothing under it, or one nested in a chapter, is still a draft.
     */
    @Test
    void aTopDraftWithChaptersUnderItGroupsThem(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Members' handbook\n",
                "SUMMARY.md", """
                        # Summary

                        - [Welcome](index.md)
                        - [Working together]()
                          - [Meetings](meetings.md)
                          - [Planning]()
                          - [Tools](tools.md)
                        - [Membership](membership.md)
                        - [Still to write]()
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "meetings.md", "# Meetings\n\nText.\n",
                "tools.md", "# Tools\n\nText.\n",
                "membership.md", "# Membership\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of(), TestHandbooks.codes(result));
        org.jsoup.nodes.Element nav = Jsoup.parse(Files.readString(out.resolve("tools.html"), StandardCharsets.UTF_8)).selectFirst("nav.site-nav");
        assertEquals(List.of("Meetings", "Planning", "Tools"),
                nav.select("li.nav-group:has(> .nav-group-name:containsOwn(Working together)) li").eachText(), nav.html());
        assertEquals(0, nav.select(".nav-label:containsOwn(Working together)").size(), "a group's name, not a draft as well: " + nav.html());
        assertTrue(nav.select("li.nav-group li").eachText().stream().noneMatch(t -> t.equals("Membership") || t.equals("Still to write")),
                "the next entry at its level is out of the group: " + nav.html());
        assertEquals(1, nav.select(".nav-label:containsOwn(Still to write)").size(), nav.html());
    }
}
