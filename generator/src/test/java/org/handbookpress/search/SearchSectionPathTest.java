package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result names every section its page is in, as its breadcrumbs do, so that pages of one title in sections of one name differ. */
class SearchSectionPathTest {

    @Test
    void aResultNamesTheSectionsItIsIn(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Federation\n",
                "index.md", "# Home\n\nWelcome.\n",
                "groups/index.md", "# Local groups\n\nEvery group.\n",
                "groups/kendal/index.md", "# Kendal Befrienders\n\nOur group.\n",
                "groups/kendal/policies/transport.md", "# Transport Policy\n\nLifts in our own cars.\n",
                "groups/leek/index.md", "# Leek Befrienders\n\nOur group.\n",
                "groups/leek/policies/transport.md", "# Transport Policy\n\nTaxis only.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        String index = SearchIndexText.of(site);
        assertTrue(index.contains("Local groups › Kendal Befrienders › Policies"), index);
        assertTrue(index.contains("Local groups › Leek Befrienders › Policies"), index);
    }

    /**
     * A page in a part of a book whose title another page has is named by its part in its browser tab and its results'
     * section line, as the menu shows it under the part: Advanced R's "Introduction" before its parts and at the head of
     * each of five (bookdown's # (PART) headings) were six tabs and results of the one word. A page of its own title keeps
     * its tab as it was; and the parts tell the pages apart, so their titles are no page.duplicate-title.
     */
    @Test
    void aPageInAPartWhoseTitleAnotherHasIsNamedByItsPart(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("handbook.yml", "title: Advanced rota\n");
        files.put("_bookdown.yml", "rmd_files: [\"index.Rmd\", \"intro.Rmd\", \"basics.Rmd\", \"names.Rmd\", \"fp.Rmd\", \"maps.Rmd\"]\n");
        files.put("index.Rmd", "# Welcome {-}\n\nHello.\n");
        files.put("intro.Rmd", "# Introduction\n\nWhy rotas.\n");
        files.put("basics.Rmd", "# (PART) Foundations {-}\n\n# Introduction {#basics-intro .unnumbered}\n\nFirst shifts.\n");
        files.put("names.Rmd", "# Names and values\n\nText.\n");
        files.put("fp.Rmd", "# (PART) Functional programming {-}\n\n# Introduction {#fp .unnumbered}\n\nSecond shifts.\n");
        files.put("maps.Rmd", "# Maps\n\nText.\n");
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path site = dir.resolve("site");
        org.handbookpress.BuildResult result = TestHandbooks.buildWithoutPdfs(content, site);
        Map<String, String> tabs = new java.util.TreeMap<>();
        for (String page : List.of("intro", "basics", "names", "fp")) {
            tabs.put(page, TestHandbooks.page(site, page + ".html").title());
        }
        assertEquals(Map.of("intro", "Introduction · Advanced rota", "basics", "Introduction · Foundations · Advanced rota",
                "names", "Names and values · Advanced rota", "fp", "Introduction · Functional programming · Advanced rota"), tabs);
        String index = SearchIndexText.of(site);
        assertTrue(index.contains("\"Foundations\"") && index.contains("\"Functional programming\""), index);
        assertFalse(TestHandbooks.codes(result).stream().anyMatch(code -> code.contains("page.duplicate-title")), TestHandbooks.codes(result).toString());
    }

    /**
     * A book's sub-chapter names the part and the chapter its table of contents nests it under, as its breadcrumbs do, not
     * the folder its file sits in: an mdBook book keeping its chapters in pages/ had "Pages" on every result, a level no
     * menu shows.
     */
    @Test
    void aBooksResultNamesThePartAndChapterItIsNestedUnder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "book.toml", "[book]\ntitle = \"The book\"\n",
                "SUMMARY.md", "# Summary\n\n[Foreword](foreword.md)\n\n# Part one\n\n- [Ownership](pages/ownership.md)\n"
                        + "  - [Moves](pages/moves.md)\n",
                "foreword.md", "# Foreword\n\nHello.\n",
                "pages/ownership.md", "# Ownership\n\nText.\n",
                "pages/moves.md", "# Moves\n\nText.\n"));
        Path site = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, site);
        String index = SearchIndexText.of(site);
        assertTrue(index.contains("\"Part one › Ownership\""), index);
        assertFalse(index.contains("Pages"), index);
    }
}
