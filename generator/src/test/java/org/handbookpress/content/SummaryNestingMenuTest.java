package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book's menu follows its SUMMARY.md's lists, as mdBook's and GitBook's sidebars do: a part's name over its chapters,
 * a chapter over the sub-chapters nested under it, whatever folders their files are in.
 */
class SummaryNestingMenuTest {

    /**
     * A part whose chapters share a folder with no page of its own (SalineFLL's coaching handbook: "# Competition" over
     * competition/anatomy.md and competition/rubrics.md) lists its chapters under its name. The menu showed the folder
     * between them, "Competition › Competition", a section closed on every page outside it, whose chapters a reader
     * could reach only through the folder's generated page.
     */
    @Test
    void aPartsChaptersInOneFolderStandUnderItsName(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "book.toml", "[book]\ntitle = \"Coach book\"\n",
                "SUMMARY.md", """
                        # Summary

                        [Introduction](introduction.md)

                        # Weekly and season syllabus
                        - [Weekly](syllabus/weekly.md)
                        - [Season](syllabus/season.md)

                        # Competition
                        - [Anatomy of a competition](competition/anatomy.md)
                        - [Judging](competition/rubrics.md)
                        """,
                "introduction.md", "# Introduction\n\nHello.\n",
                "syllabus/weekly.md", "# Weekly\n\nText.\n",
                "syllabus/season.md", "# Season\n\nText.\n",
                "competition/anatomy.md", "# Anatomy of a competition\n\nText.\n",
                "competition/rubrics.md", "# Judging\n\nText.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertEquals(List.of(), TestHandbooks.codes(result).stream().filter(c -> !c.contains(" config.")).toList());
        Element nav = menu(out, "syllabus/weekly.html");
        assertEquals(List.of("Weekly", "Season"), chaptersOfGroup(nav, "Weekly and season syllabus"), nav.html());
        assertEquals(List.of("Anatomy of a competition", "Judging"), chaptersOfGroup(nav, "Competition"),
                "another part's chapters, listed on a page outside it too: " + nav.html());
        assertTrue(nav.select("a[href$=index.html]").isEmpty(), "no folder's page between a part and its chapters: " + nav.html());
        assertEquals("Weekly", nav.selectFirst("a[aria-current=page]").text());
    }

    /**
     * Chapters side by side in one folder, each over the sub-chapters SUMMARY.md nests under it (The Rust Programming
     * Language: ch04-00-understanding-ownership.md over ch04-01…): each chapter is listed over its sub-chapters, open on
     * its page and on theirs, closed on the others'. The menu listed every chapter and sub-chapter in one row.
     */
    @Test
    void aChapterListsTheSubChaptersNestedUnderIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "book.toml", "[book]\ntitle = \"The book\"\n",
                "SUMMARY.md", """
                        # The book

                        [Foreword](foreword.md)

                        - [Getting started](ch01-00-getting-started.md)
                          - [Installation](ch01-01-installation.md)
                          - [Hello](ch01-02-hello.md)
                        - [Ownership](ch04-00-ownership.md)
                          - [What is ownership?](ch04-01-what.md)
                            - [Moves](ch04-02-moves.md)
                        """,
                "foreword.md", "# Foreword\n\nHello.\n",
                "ch01-00-getting-started.md", "# Getting started\n\nText.\n",
                "ch01-01-installation.md", "# Installation\n\nText.\n",
                "ch01-02-hello.md", "# Hello\n\nText.\n",
                "ch04-00-ownership.md", "# Ownership\n\nText.\n",
                "ch04-01-what.md", "# What is ownership?\n\nText.\n",
                "ch04-02-moves.md", "# Moves\n\nText.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        Element nav = menu(out, "ch04-02-moves.html");
        Element top = nav.selectFirst("ul.nav-level-1");
        assertEquals(List.of("Foreword", "Getting started", "Ownership"),
                top.select("> li > a").eachText().stream().filter(t -> !t.equals("Downloads")).toList(), nav.html());
        Element ownership = top.selectFirst("> li:has(> a:containsOwn(Ownership))");
        assertTrue(ownership.hasClass("is-open"), nav.html());
        assertEquals(List.of("What is ownership?"), ownership.select("> ul > li > a").eachText(), nav.html());
        assertEquals(List.of("Moves"), ownership.select("> ul > li > ul > li > a").eachText(), "nested as it is: " + nav.html());
        assertEquals("Moves", nav.selectFirst("a[aria-current=page]").text());
        Element gettingStarted = top.selectFirst("> li:has(> a:containsOwn(Getting started))");
        assertTrue(gettingStarted.select("ul").isEmpty(), "another chapter is closed: " + nav.html());

        Element onChapter = menu(out, "ch01-00-getting-started.html").selectFirst("ul.nav-level-1");
        assertEquals(List.of("Installation", "Hello"),
                onChapter.select("> li:has(> a:containsOwn(Getting started)) > ul > li > a").eachText(), "open on its own page");
    }

    /**
     * A long book keeps the big-handbook menu: past 50 chapters at the top, a sub-chapter's page lists the 21 around the
     * chapter it is nested under (not the first 21), open on it; a chapter of more than 25 sub-chapters lists those
     * around the current one, and its own page all of them.
     */
    @Test
    void aLongBooksMenuIsWindowedAroundTheChapterHoldingThePage(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder("# Summary\n\n");
        for (int c = 1; c <= 60; c++) {
            summary.append("- [Chapter ").append(c).append("](ch").append(c).append(".md)\n");
            files.put("ch" + c + ".md", "# Chapter " + c + "\n\nText.\n");
            int subs = c == 55 ? 40 : 2;
            for (int s = 1; s <= subs; s++) {
                summary.append("  - [Part ").append(c).append('.').append(s).append("](ch").append(c).append('-').append(s).append(".md)\n");
                files.put("ch" + c + "-" + s + ".md", "# Part " + c + "." + s + "\n\nText.\n");
            }
        }
        files.put("SUMMARY.md", summary.toString());
        files.put("book.toml", "[book]\ntitle = \"Long book\"\n");
        Path content = TestHandbooks.write(dir.resolve("c"), files);
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        Element nav = menu(out, "ch55-30.html");
        Element top = nav.selectFirst("ul.nav-level-1");
        List<String> chapters = top.select("> li > a").eachText();
        assertTrue(chapters.contains("Chapter 55") && !chapters.contains("Chapter 1"), "the window around chapter 55: " + chapters);
        Element chapter = top.selectFirst("> li:has(> a:containsOwn(Chapter 55))");
        assertNotNull(chapter, nav.html());
        List<String> parts = chapter.select("> ul > li > a").eachText().stream().filter(t -> t.startsWith("Part ")).toList();
        assertTrue(parts.contains("Part 55.30") && parts.contains("Part 55.20") && !parts.contains("Part 55.1")
                && parts.size() <= 21, "its sub-chapters around the page: " + parts);
        assertFalse(chapter.select("> ul a[href=ch55.html]").isEmpty(), "a link to the chapter's page, which lists them all");
        Document whole = Jsoup.parse(Files.readString(out.resolve("ch55.html"), StandardCharsets.UTF_8));
        assertEquals(40L, whole.select("main a[href^=ch55-]").stream().filter(a -> !a.parents().is("nav.pager")).count(), "the chapter's page lists every sub-chapter");
    }

    /**
     * A chapter stands for its folder, as the folder's section, only when the folder's other chapters are nested under it
     * (mdBook's guide: cli/README.md over cli/init.md…). Comprehensive Rust's parts open on a "Welcome" page beside the
     * part's folder (android.md beside android/) with the part's chapters after it, not under it, and its "Bare Metal"
     * folder holds two parts' chapters: the whole folder was the "Welcome" page's section, in the first part, and the
     * second part had none of its chapters.
     */
    @Test
    void aChapterBesideItsFolderIsItsSectionOnlyWhenTheFolderIsNestedUnderIt() {
        SummaryFile summary = SummaryFile.read("""
                # Summary

                # Android

                - [Welcome](android.md)
                - [Setup](android/setup.md)
                - [Build rules](android/build-rules.md)
                  - [Binary](android/build-rules/binary.md)

                # Bare metal: morning

                - [Welcome](bare-metal.md)
                - [no_std](bare-metal/no_std.md)
                  - [A minimal example](bare-metal/minimal.md)

                # Bare metal: afternoon

                - [Useful crates](bare-metal/crates.md)
                - [Command-line tool](cli/README.md)
                    - [init](cli/init.md)
                """);
        List<String> pages = List.of("android.md", "android/setup.md", "android/build-rules.md", "android/build-rules/binary.md",
                "bare-metal.md", "bare-metal/no_std.md", "bare-metal/minimal.md", "bare-metal/crates.md", "cli/README.md", "cli/init.md");
        assertEquals(List.of(
                        NavEntry.group("Android", 3, List.of(new NavEntry(null, "android.md", 5), new NavEntry(null, "android/setup.md", 6),
                                new NavEntry(null, "android/build-rules/", 7))),
                        NavEntry.group("Bare metal: morning", 10, List.of(new NavEntry(null, "bare-metal.md", 12),
                                new NavEntry(null, "bare-metal/no_std.md", 13, List.of(new NavEntry(null, "bare-metal/minimal.md", 14))))),
                        NavEntry.group("Bare metal: afternoon", 16, List.of(new NavEntry(null, "bare-metal/crates.md", 18),
                                new NavEntry(null, "cli/", 19)))),
                summary.nav(pages, null));
    }

    /**
     * A sub-chapter's breadcrumbs name its part and the chapter SUMMARY.md nests it under, linked, as the menu does, not
     * the folder its file sits in (src/ for mdBook's books, pages/ here): on a phone, with the menu folded away, they
     * said "Home › Part one › Pages", a crumb to a generated folder page in no menu, and nothing of the chapter. Its
     * eyebrow named the folder too; it names its last crumb. The crumbs stay a landmark of their own, the page the current one.
     */
    @Test
    void aSubChaptersBreadcrumbsNameItsPartAndChapterNotItsFolder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "book.toml", "[book]\ntitle = \"The book\"\n",
                "SUMMARY.md", """
                        # The book

                        [Foreword](foreword.md)

                        # Part one

                        - [Ownership](pages/ch04-00-ownership.md)
                          - [What is ownership?](pages/ch04-01-what.md)
                            - [Moves](pages/ch04-02-moves.md)
                        """,
                "foreword.md", "# Foreword\n\nHello.\n",
                "pages/ch04-00-ownership.md", "# Ownership\n\nText.\n",
                "pages/ch04-01-what.md", "# What is ownership?\n\nText.\n",
                "pages/ch04-02-moves.md", "# Moves\n\nText.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        Document moves = Jsoup.parse(Files.readString(out.resolve("pages/ch04-02-moves.html"), StandardCharsets.UTF_8));
        Element crumbs = moves.selectFirst("nav.breadcrumbs[aria-label]");
        assertNotNull(crumbs, moves.html());
        assertEquals(List.of("Home", "Part one", "Ownership", "What is ownership?", "Moves"), crumbs.select("li").eachText());
        assertEquals(List.of("../index.html", "ch04-00-ownership.html", "ch04-01-what.html"), crumbs.select("li > a").eachAttr("href"));
        assertEquals("span", crumbs.select("li").get(1).child(0).tagName(), "a part has no page: its name, no link");
        assertEquals("Moves", crumbs.selectFirst("[aria-current=page]").text());
        assertEquals("What is ownership?", moves.selectFirst("main .eyebrow").text());
        Document ownership = Jsoup.parse(Files.readString(out.resolve("pages/ch04-00-ownership.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Home", "Part one", "Ownership"), ownership.select("nav.breadcrumbs li").eachText());
        assertEquals("Part one", ownership.selectFirst("main .eyebrow").text(), "its part, not its folder");
    }

    private static Element menu(Path out, String page) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8)).selectFirst("nav.site-nav");
    }

    /** The entries listed right under a group of the menu: the part's chapters. */
    private static List<String> chaptersOfGroup(Element nav, String name) {
        Element group = nav.selectFirst("li.nav-group:has(> .nav-group-name:containsOwn(" + name + "))");
        assertNotNull(group, nav.html());
        return group.select("> ul > li > a").eachText();
    }
}
