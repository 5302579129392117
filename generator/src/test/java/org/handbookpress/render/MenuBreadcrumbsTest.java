package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.PageLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the menu is a book's table of contents, a page's breadcrumbs follow it: Home, its part by name, each chapter or
 * section it is nested under, linked; not the folders its file sits in, which that menu does not show. On a phone the
 * menu is folded away and the crumbs are all that says where the page is.
 */
class MenuBreadcrumbsTest {

    /**
     * An mdBook book keeping every chapter in one folder with no page of its own (pages/, as src/ is to mdBook), a
     * section nested under its chapter in SUMMARY.md: its crumbs were "Home › Part one › Pages", a crumb to a generated
     * folder page in no menu, and not its chapter. Its eyebrow and its search section said "Pages" too.
     */
    @Test
    void aSectionsCrumbsAreItsPartAndItsChapterNotItsFolder(@TempDir Path dir) throws Exception {
        Loaded book = load(dir, Map.of(
                "book.toml", "[book]\ntitle = \"The book\"\n",
                "SUMMARY.md", """
                        # Summary

                        [Foreword](foreword.md)

                        # Part one

                        - [Getting started](pages/start.md)
                          - [Installing](pages/install.md)
                            - [On Windows](pages/windows.md)
                        - [Ownership](pages/ownership.md)
                        """,
                "foreword.md", "# Foreword\n\nHello.\n",
                "pages/start.md", "# Getting started\n\nText.\n",
                "pages/install.md", "# Installing\n\nText.\n",
                "pages/windows.md", "# On Windows\n\nText.\n",
                "pages/ownership.md", "# Ownership\n\nText.\n",
                "pages/notes.md", "# Notes\n\nNot in the book's contents.\n"));
        assertEquals(List.of(Map.of("title", "Home", "href", "../index.html"), Map.of("title", "Part one"),
                Map.of("title", "Getting started", "href", "start.html"), Map.of("title", "Installing", "href", "install.html")),
                book.crumbs("pages/windows.md"));
        assertEquals(List.of(Map.of("title", "Home", "href", "../index.html"), Map.of("title", "Part one")), book.crumbs("pages/ownership.md"),
                "a chapter of the part: no folder after the part");
        assertEquals(List.of(Map.of("title", "Home", "href", "index.html")), book.crumbs("foreword.md"));
        // Its search result and the Documents register name what its crumbs name; its eyebrow, the last of them.
        assertEquals(List.of("Part one", "Getting started", "Installing"),
                titles(book.model.sectionNames(book.page("pages/windows.md"), "pages/windows.html")));
        assertEquals("Part one › Getting started", book.model.sectionPath(book.page("pages/install.md")), "the register's spreadsheet");
        assertEquals("Getting started", book.model.eyebrow(book.page("pages/install.md")).title());
        assertEquals("Part one", book.model.eyebrow(book.page("pages/ownership.md")).title());
        assertNull(book.model.eyebrow(book.page("foreword.md")), "at the menu's top level: none");
        // A page the contents leave out is in no menu entry: its folders, as before.
        assertEquals(List.of(Map.of("title", "Home", "href", "../index.html"), Map.of("title", "Pages", "href", "index.html")),
                book.crumbs("pages/notes.md"));
    }

    /**
     * A Jupyter Book's _toc.yml (JGIBristol/ask-jgi-handbook keeps every chapter in pages/&lt;topic&gt;/): a chapter's
     * crumbs were "Home › Ask-JGI Shifts › Pages › Ask-JGI Shifts", its caption then two generated folder pages; a
     * section's did not name the chapter it is under.
     */
    @Test
    void aJupyterBooksCrumbsAreItsCaptionAndItsChapter(@TempDir Path dir) throws Exception {
        Loaded book = load(dir, Map.of(
                "pages/intro.md", "# Welcome\n\nHello.\n",
                "pages/shifts/rota.md", "# The rota\n\nText.\n",
                "pages/shifts/breaks.md", "# Breaks\n\nText.\n",
                "_toc.yml", """
                        format: jb-book
                        root: pages/intro
                        parts:
                          - caption: Your shifts
                            chapters:
                            - file: pages/shifts/rota
                              sections:
                              - file: pages/shifts/breaks
                        """));
        assertEquals(List.of(Map.of("title", "Home", "href", "../../index.html"), Map.of("title", "Your shifts")), book.crumbs("pages/shifts/rota.md"));
        assertEquals(List.of(Map.of("title", "Home", "href", "../../index.html"), Map.of("title", "Your shifts"),
                Map.of("title", "The rota", "href", "rota.html")), book.crumbs("pages/shifts/breaks.md"));
        assertEquals(List.of(), book.crumbs("pages/intro.md"), "the home page has none");
    }

    /**
     * handbook.yml's nav: listing a folder keeps the folder's crumb, linked to its section's page, as the menu links it;
     * a handbook without nav: keeps its folders' crumbs.
     */
    @Test
    void aFolderOfTheNavAndAHandbookOfFoldersKeepTheirCrumbs(@TempDir Path dir) throws Exception {
        Map<String, String> files = Map.of(
                "index.md", "# Welcome\n\nHello.\n",
                "toolkit/index.md", "# The toolkit\n\nText.\n",
                "toolkit/listening.md", "# Listening\n\nText.\n",
                "toolkit/deep/rounds.md", "# Rounds\n\nText.\n");
        List<Map<String, Object>> expected = List.of(Map.of("title", "Home", "href", "../../index.html"),
                Map.of("title", "The toolkit", "href", "../index.html"), Map.of("title", "Deep", "href", "index.html"));
        Map<String, String> withNav = new java.util.HashMap<>(files);
        withNav.put("handbook.yml", "title: Ours\nnav:\n  - index.md\n  - toolkit/\n");
        Map<String, String> withoutNav = new java.util.HashMap<>(files);
        withoutNav.put("handbook.yml", "title: Ours\n");
        for (Loaded handbook : List.of(load(dir.resolve("nav"), withNav), load(dir.resolve("folders"), withoutNav))) {
            assertEquals(expected, handbook.crumbs("toolkit/deep/rounds.md"));
            assertEquals(List.of(Map.of("title", "Home", "href", "../index.html")), handbook.crumbs("toolkit/index.md"));
            // A folder's own page is in its folder's section, its eyebrow and search result say: it opens that section.
            assertEquals("The toolkit", handbook.model.eyebrow(handbook.page("toolkit/index.md")).title());
            assertEquals(List.of("The toolkit"), titles(handbook.model.sectionNames(handbook.page("toolkit/index.md"), "toolkit/index.html")));
            assertEquals(List.of("The toolkit", "Deep"), titles(handbook.model.sectionNames(handbook.page("toolkit/deep/rounds.md"), "")));
        }
    }

    private static List<String> titles(List<ShownName> names) {
        return names.stream().map(ShownName::title).toList();
    }

    private record Loaded(Handbook handbook, SiteModel model) {

        Page page(String path) {
            return handbook.page(path).orElseThrow(() -> new AssertionError("no page " + path));
        }

        List<Map<String, Object>> crumbs(String path) {
            return model.breadcrumbs(page(path));
        }
    }

    private static Loaded load(Path dir, Map<String, String> files) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), files);
        Findings findings = new Findings();
        Handbook handbook = new ContentLoader(findings, 1).load(content, new ConfigLoader(findings).load(content));
        PageLabels labels = PageLabels.english();
        SiteNavigation navigation = new SiteNavigation(handbook, List.of(), labels.handbook(), findings);
        return new Loaded(handbook, new SiteModel(handbook, navigation, LocalDate.of(2026, 12, 1), labels));
    }
}
