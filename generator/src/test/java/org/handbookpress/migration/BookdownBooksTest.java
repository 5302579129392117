package org.handbookpress.migration;

import static org.handbookpress.TestHandbooks.buildWithoutPdfs;
import static org.handbookpress.TestHandbooks.codes;
import static org.handbookpress.TestHandbooks.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bookdown books (R Markdown: index.Rmd, a chapter a file, _bookdown.yml) as their authors bring them, built with what
 * bookdown made of them; the shapes are those of Happy Git with R, Advanced R and the R Markdown book.
 */
class BookdownBooksTest {

    /**
     * {@code # (PART) Installation {-}} over a chapter's heading is bookdown's part, shown in its table of contents only:
     * not the page's title, not text on it. A file of nothing but {@code # (APPENDIX) Appendix {-}} is no page.
     */
    @Test
    void partHeadingsAreNoTitlesAndNoText(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("index.Rmd", "# Welcome {-}\n\nHello.\n");
        files.put("install-intro.Rmd", "# (PART) Installation {-} \n\n# Half the battle {#install-intro .unnumbered}\n\nGetting set up.\n");
        files.put("later.Rmd", "# (PART\\*) Later on {-}\n\n# Daily work\n\nText.\n");
        files.put("appendix.Rmd", "# (APPENDIX) Appendix {-}\n");
        files.put("writing.Rmd", "# Writing parts\n\nWrite:\n\n```markdown\n# (PART) Part I {-}\n```\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("appendix.Rmd:1 page.bookdown-part"), codes(result));
        Document intro = page(out, "install-intro.html");
        assertEquals("Half the battle", intro.selectFirst("main h1").text());
        assertEquals("Half the battle · Happy rota", intro.title());
        assertFalse(intro.selectFirst("main").text().contains("(PART)"), intro.selectFirst("main").text());
        assertEquals("Daily work", page(out, "later.html").selectFirst("main h1").text());
        assertFalse(Files.exists(out.resolve("appendix.html")), "a part's heading alone is no page");
        assertTrue(page(out, "writing.html").selectFirst("main pre").text().contains("# (PART) Part I {-}"), "an example in code stays");
        assertTrue(page(out, "index.html").select("nav.site-nav a").eachText().stream().noneMatch(t -> t.contains("(PART)")),
                page(out, "index.html").select("nav.site-nav a").eachText().toString());
    }

    /**
     * bookdown's parts group the chapters in the menu, as its table of contents does: each part's name over the chapters
     * from its page to the next part's, leading nowhere, naming the list of them. Advanced R's menu showed six
     * "Introduction" pages in a row, one a part, with nothing to tell which part each began. A part heading after the
     * page's chapter starts with the next page, as does an appendix.Rmd of the heading alone.
     */
    @Test
    void partsGroupTheirChaptersInTheMenu(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Advanced rota\n");
        files.put("_bookdown.yml", "rmd_files: [\"index.Rmd\", \"preface.Rmd\", \"basics.Rmd\", \"names.Rmd\", \"vectors.Rmd\","
                + " \"advanced.Rmd\", \"quoting.Rmd\", \"appendix.Rmd\", \"tools.Rmd\"]\n");
        files.put("index.Rmd", "# Welcome {-}\n\nHello.\n");
        files.put("preface.Rmd", "# Preface {-}\n\nWhy.\n");
        files.put("basics.Rmd", "# (PART) Foundations {-}\n\n# Introduction {#basics-intro .unnumbered}\n\nFirst.\n");
        files.put("names.Rmd", "# Names and values\n\nText.\n");
        files.put("vectors.Rmd", "# Vectors\n\nText.\n\n# (PART\\*) *Metaprogramming* {-}\n");
        files.put("advanced.Rmd", "# Introduction {#meta-intro .unnumbered}\n\nSecond.\n");
        files.put("quoting.Rmd", "# Quotation\n\nText.\n");
        files.put("appendix.Rmd", "# (APPENDIX) Appendix {-}\n");
        files.put("tools.Rmd", "# Software tools\n\nText.\n");
        Path out = dir.resolve("out");
        buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        Document names = page(out, "names.html");
        org.jsoup.nodes.Element menu = names.selectFirst("nav.site-nav > ul");
        assertEquals(List.of("Home", "Preface", "Downloads"), menu.select(":root > li:not(.nav-group) > a").eachText());
        assertEquals(List.of("Foundations", "Metaprogramming", "Appendix"), menu.select(":root > li.nav-group > .nav-group-name").eachText());
        List<String> inParts = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element group : menu.select(":root > li.nav-group")) {
            org.jsoup.nodes.Element name = group.selectFirst(":root > .nav-group-name");
            org.jsoup.nodes.Element list = group.selectFirst(":root > ul");
            assertEquals("span", name.tagName(), "a name, not a link");
            assertEquals(name.id(), list.attr("aria-labelledby"), "the part's name names the list of its chapters");
            inParts.add(name.text() + ": " + String.join(", ", list.select(":root > li > a").eachText()));
        }
        assertEquals(List.of("Foundations: Introduction, Names and values, Vectors", "Metaprogramming: Introduction, Quotation",
                "Appendix: Software tools"), inParts);
        assertEquals("Names and values", menu.selectFirst("a[aria-current=page]").text());
        // The breadcrumbs name the part too, as a name, not a link (a part has no page): on a phone the menu is folded away.
        org.jsoup.nodes.Element crumbs = names.selectFirst("nav.breadcrumbs ol");
        assertEquals(List.of("Home", "Foundations", "Names and values"), crumbs.select("li").eachText());
        assertEquals("span", crumbs.select("li").get(1).child(0).tagName());
        assertEquals(List.of("Home", "Preface"), page(out, "preface.html").select("nav.breadcrumbs li").eachText());
        assertEquals(List.of("Home", "Metaprogramming", "Introduction"), page(out, "advanced.html").select("nav.breadcrumbs li").eachText());
        assertEquals(List.of("Home", "Preface", "Introduction", "Names and values", "Vectors", "Introduction", "Quotation",
                "Software tools"), page(out, "index.html").select("nav.site-nav a").eachText().subList(0, 8));
    }

    /**
     * _bookdown.yml's rmd_files: is the book's order, as a SUMMARY.md is mdBook's; bookdown builds only the files it lists,
     * so another is built here but in no menu, said once. The pages were in the order of their titles.
     */
    @Test
    void rmdFilesOrdersTheChaptersAndLeavesOthersOutOfTheMenu(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("_bookdown.yml", "book_filename: rota\ndelete_merged_file: true\n\nrmd_files: [\n  \"index.Rmd\",\n\n"
                + "  \"zebra.Rmd\",\n  \"apple.Rmd\",\n#  \"old.Rmd\",\n  \"gone.Rmd\",\n]\n");
        files.put("index.Rmd", "# Welcome {-}\n\nHello.\n");
        files.put("apple.Rmd", "# Apples\n\nText.\n");
        files.put("zebra.Rmd", "# Zebra crossings\n\nText.\n");
        files.put("old.Rmd", "# Old notes\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("_bookdown.yml:1 page.not-in-summary"), codes(result));
        String notice = result.findings().get(0).message();
        assertTrue(notice.contains("_bookdown.yml's rmd_files: (old.Rmd)") && notice.contains("bookdown builds only"), notice);
        assertEquals(List.of("Home", "Zebra crossings", "Apples", "Downloads"), page(out, "index.html").select("nav.site-nav a").eachText());
        assertTrue(Files.exists(out.resolve("old.html")), "built, as a SUMMARY.md's unlisted pages are");
    }

    /**
     * _bookdown.yml's rmd_subdir: takes chapters from the folders it names too, after rmd_files:'s; they were pages
     * rmd_files: does not list, left out of the menu with a page.not-in-summary notice.
     */
    @Test
    void rmdSubdirChaptersAreInTheMenu(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("_bookdown.yml", "rmd_files: [\"index.Rmd\", \"intro.Rmd\"]\nrmd_subdir: [\"basics\"]\n");
        files.put("index.Rmd", "# Welcome {-}\n\nHello.\n");
        files.put("intro.Rmd", "# Introduction\n\nText.\n");
        files.put("basics/names.Rmd", "# Names\n\nText.\n");
        files.put("basics/values.Rmd", "# Values\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result));
        assertEquals(List.of("Home", "Introduction", "Basics", "Names", "Values", "Downloads"),
                page(out, "basics/names.html").select("nav.site-nav a").eachText());
    }

    /**
     * Pandoc's implicit heading references: a heading's words, in any case, are a reference link's label, so
     * {@code [the clients][Recommended Git clients]}, {@code [Install Git]} and {@code [install git][]} link to those
     * headings, in the whole book for bookdown (one document to Pandoc), on the page itself for Quarto (a document a
     * chapter). They were left as brackets, the first shape reported as markdown.unrendered (Happy Git with R's cheat
     * sheet, bookdown's own book); a label naming no heading still is, words in brackets alone are none.
     */
    @Test
    void aHeadingsWordsAreAReferenceLinksLabel(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("index.Rmd", "# Welcome {-}\n\nSee [the clients][Recommended Git clients], [Install Git] and [install  git][].\n\n"
                + "Not [a note][No such heading], nor [optional] words, nor `[Install Git][]`.\n");
        files.put("clients.Rmd", "# Git clients\n\n## Recommended Git clients {#recommended}\n\nText.\n");
        files.put("install.Rmd", "# Install Git\n\nText.\n");
        files.put("notes.qmd", "---\ntitle: Notes\n---\n\n## Local matters\n\nSee [Local matters] and [Install Git].\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.Rmd:5 markdown.unrendered"), codes(result));
        assertTrue(result.findings().get(0).message().contains("[a note][No such heading]"), result.findings().get(0).message());
        org.jsoup.nodes.Element first = page(out, "index.html").selectFirst("main .page-body p");
        assertEquals("See the clients, Install Git and install git.", first.text());
        assertEquals(List.of("clients.html#recommended", "install.html#install-git", "install.html#install-git"), first.select("a").eachAttr("href"));
        org.jsoup.nodes.Element notes = page(out, "notes.html").selectFirst("main .page-body p");
        assertEquals("See Local matters and [Install Git].", notes.text(), "a Quarto chapter's own headings only");
        assertEquals(List.of("#local-matters"), notes.select("a").eachAttr("href"));
    }

    /**
     * knitr's child chunk, {@code ```{r child="_intro.Rmd"}}, pastes that document's text in its place; it was an empty
     * block of R code. One naming no file is said where it stands; one with {@code eval=FALSE} shows nothing.
     */
    @Test
    void aChildChunkShowsTheChildDocument(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("index.Rmd", """
                # Welcome

                ```{r child="_intro.Rmd"}
                ```

                Middle.

                ```{r, child = c('_a.Rmd', "_b.Rmd"), echo=FALSE}
                ```

                ```{r child="_missing.Rmd"}
                ```

                ```{r child="_skipped.Rmd", eval=FALSE}
                ```

                ```{r}
                #| child: _c.Rmd
                ```
                """);
        files.put("_intro.Rmd", "Counts are **weekly**.\n");
        files.put("_a.Rmd", "Part A.\n");
        files.put("_b.Rmd", "Part B.\n\n```{r}\nsummary(x)\n```\n");
        files.put("_c.Rmd", "Part C.\n");
        files.put("_skipped.Rmd", "Never.\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.Rmd:11 include.missing"), codes(result));
        assertTrue(result.findings().get(0).message().contains("_missing.Rmd"), result.findings().get(0).message());
        org.jsoup.nodes.Element body = page(out, "index.html").selectFirst("main .page-body");
        assertEquals("Counts are weekly. Middle. Part A. Part B. summary(x) Part C.", body.text().replaceAll("\\s+", " "));
        assertEquals(List.of("summary(x)"), body.select("pre").eachText(), "the child's own chunk is code, the child chunk none");
    }

    /**
     * A broken link or missing picture in a child document is named as the child writes it, and in which file: two
     * chapters showing _intro.Rmd were each told of "link to '/rota.md'" at their chunk's line, which holds no link.
     */
    @Test
    void aChildDocumentsBrokenLinkIsNamedAsItWritesItAndWhere(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("index.Rmd", "# Welcome\n\n```{r child=\"parts/_intro.Rmd\"}\n```\n");
        files.put("parts/_intro.Rmd", "See [the rota](rota.md) and ![the board](board.png).\n");
        org.handbookpress.BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(org.handbookpress.BuildFailure.class,
                () -> buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), dir.resolve("out")));
        assertEquals(List.of("index.Rmd:3 image 'board.png' in 'parts/_intro.Rmd' not found (looked for parts/board.png)",
                        "index.Rmd:3 link to 'rota.md' in 'parts/_intro.Rmd', but there is no page parts/rota.md"),
                failure.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).sorted().toList());
        files.put("parts/_intro.Rmd", "See [the welcome](../index.Rmd).\n");
        buildWithoutPdfs(TestHandbooks.write(dir.resolve("content2"), files), dir.resolve("out2"));
        assertFalse(Files.readString(dir.resolve("out2/index.html")).contains("data-hb-"), "the build's own attributes are not published");
    }

    /**
     * bookdown's {@code \\@ref(get-a-pat)} naming a section, on the page or another chapter's, is a link to it named by
     * its heading as written (bookdown shows its number, which the handbook does not give); it was left as written with a
     * link.cross-reference warning. A figure's, which an R chunk makes, still is.
     */
    @Test
    void aReferenceToASectionIsALinkNamedByItsHeading(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Happy rota\n");
        files.put("index.Rmd", "# Welcome {-}\n\nSee Section \\@ref(get-a-pat), and \\@ref(why-ssh) below.\n\n"
                + "## Why SSH? {#why-ssh}\n\nKeys. Not \\@ref(fig:keys).\n");
        files.put("https.Rmd", "# Personal access tokens\n\n## Get a PAT for *GitHub* {#get-a-pat}\n\nText.\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of("index.Rmd:7 link.cross-reference"), codes(result));
        org.jsoup.nodes.Element first = page(out, "index.html").selectFirst("main .page-body p");
        assertEquals("See Section Get a PAT for GitHub, and Why SSH? below.", first.text());
        assertEquals(List.of("https.html#get-a-pat", "#why-ssh"), first.select("a").eachAttr("href"));
    }

    /**
     * bookdown gives an id to the first of the book's headings that would have it, in the chapters' order: \\@ref(subsetting)
     * is the chapter {#subsetting}, not a later chapter's "#### Subsetting", even on that page. Advanced R's 15 such
     * references were left as written, since two pages had the id.
     */
    @Test
    void aReferenceGoesToTheFirstHeadingOfItsIdInTheBooksOrder(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", "title: Advanced rota\n");
        files.put("_bookdown.yml", "rmd_files: [\"index.Rmd\", \"subsetting.Rmd\", \"expressions.Rmd\"]\n");
        files.put("index.Rmd", "# Welcome {-}\n\nSee \\@ref(subsetting).\n");
        files.put("subsetting.Rmd", "# Taking parts {#subsetting}\n\nText.\n");
        files.put("expressions.Rmd", "# Expressions\n\n## Parts\n\n#### Subsetting\n\nAs in \\@ref(subsetting).\n");
        Path out = dir.resolve("out");
        BuildResult result = buildWithoutPdfs(TestHandbooks.write(dir.resolve("content"), files), out);
        assertEquals(List.of(), codes(result).stream().filter(c -> c.contains("link.")).toList());
        assertEquals("subsetting.html#subsetting", page(out, "index.html").selectFirst("main .page-body p a").attr("href"));
        assertEquals("subsetting.html#subsetting", page(out, "expressions.html").select("main .page-body p a").last().attr("href"));
        assertEquals("Taking parts", page(out, "expressions.html").select("main .page-body p a").last().text());
    }
}
