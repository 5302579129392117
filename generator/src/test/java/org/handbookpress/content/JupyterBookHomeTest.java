package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jupyter Book opens on the page its _toc.yml names as its root, not on the repository's README beside it: the
 * README of JGIBristol/ask-jgi-handbook (badges, how to build the book, its contributors) was the site's home page, and
 * the book's own landing page, pages/intro.md, a page of a section named "Pages".
 */
class JupyterBookHomeTest {

    /** A book laid out as JGIBristol/ask-jgi-handbook is: its root in pages/, its pictures in images/, a README at the top. */
    private static Map<String, String> bookWithItsRootInAFolder(String toc) {
        return Map.of(
                "README.md", "# Ask the team handbook\n\nBuild it with `jupyter-book build .`.\n",
                "images/header.png", "not really a picture",
                "pages/intro.md", "# Ask the team handbook\n\n![the logo](../images/header.png)\n\nStart with [your role](Getting_started/roles.md).\n",
                "pages/Getting_started/roles.md", "# Roles\n\nBack to [the start](../intro.md).\n",
                "pages/Getting_started/payment.md", "# Claiming payment\n\nText.\n",
                "_toc.yml", toc);
    }

    private static final String JB_BOOK = """
            format: jb-book
            root: pages/intro
            parts:
              - caption: Getting started
                chapters:
                - file: pages/Getting_started/roles
                - file: pages/Getting_started/payment
            """;

    @Test
    void theRootInAFolderIsTheHomePageAndItsOwnAddressSendsReadersToIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, bookWithItsRootInAFolder(JB_BOOK));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);

        Document home = TestHandbooks.page(out, "index.html");
        assertTrue(home.select("main").text().contains("Start with your role"), home.select("main").text());
        assertFalse(home.select("main").text().contains("jupyter-book build"), "the README is not the home page");
        // its links written from the top, where it is published
        assertEquals(List.of("images/header.png"), home.select("main img").eachAttr("src"));
        assertTrue(home.select("main a").eachAttr("href").contains("pages/Getting_started/roles.html"), home.select("main a").toString());
        assertTrue(home.select("main .eyebrow").isEmpty(), "no section named over the home page's title: " + home.select("main .eyebrow"));
        // the menu: Home first, and the root not listed again in its folder
        List<String> menu = home.select("nav.site-nav a").eachText();
        assertEquals("Home", menu.get(0), menu.toString());
        assertEquals(List.of("index.html"), home.select("nav.site-nav a:containsOwn(Home)").eachAttr("href"));
        assertFalse(menu.contains("Ask the team handbook"), menu.toString());

        // Jupyter Book's address of the root, pages/intro.html, leads to it
        Document old = TestHandbooks.page(out, "pages/intro.html");
        assertEquals("0; url=../index.html", old.select("meta[http-equiv=refresh]").attr("content"));
        // a neighbour's link back to the root, its menu's Home and breadcrumbs
        Document roles = TestHandbooks.page(out, "pages/Getting_started/roles.html");
        assertTrue(roles.select("main a").eachAttr("href").contains("../../index.html"), roles.select("main a").toString());
        assertEquals("../../index.html", roles.select("nav.site-nav a").first().attr("href"));
        assertEquals("payment.html", roles.select("a[rel=next]").attr("href"));

        // The README is built, as Jupyter Book builds it, outside the menu, and said once among the pages _toc.yml leaves out.
        assertTrue(Files.exists(out.resolve("README.html")));
        List<Finding> notices = result.findings().stream().filter(f -> f.code().equals("page.not-in-summary")).toList();
        assertEquals(1, notices.size(), result.findings().toString());
        assertTrue(notices.get(0).message().contains("(README.md)"), notices.get(0).message());
        assertTrue(notices.get(0).fix().contains("exclude_patterns"), notices.get(0).fix());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("page.redirect") || f.code().equals("page.unreachable")
                || f.code().startsWith("link.")), result.findings().toString());
        // search finds the root once, at the home page
        String search = Files.readString(out.resolve("assets/search/p/0-0.js"));
        assertTrue(search.contains("\"u\":\"index.html\"") && search.contains("\"s\":\"\""), search);
    }

    @Test
    void anOldListOrAnArticleOpensOnItsFirstFileOrItsRoot(@TempDir Path dir) throws Exception {
        for (String toc : List.of(
                "- file: pages/intro\n- file: pages/Getting_started/roles\n  sections:\n  - file: pages/Getting_started/payment\n",
                "format: jb-article\nroot: pages/intro\nsections:\n- file: pages/Getting_started/roles\n- file: pages/Getting_started/payment\n")) {
            Path content = TestHandbooks.write(dir.resolve(Integer.toString(toc.length())), bookWithItsRootInAFolder(toc));
            Path out = dir.resolve(toc.length() + "-out");
            TestHandbooks.buildWithoutPdfs(content, out);
            Document home = TestHandbooks.page(out, "index.html");
            assertTrue(home.select("main").text().contains("Start with your role"), toc + ": " + home.select("main").text());
        }
    }

    /**
     * A root at the top (root: intro) is the home page too, published at index.html, where every link to it goes; its
     * Jupyter Book address, intro.html, sends readers on to it. It was at intro.html and shown again at index.html: the
     * menu and a link to intro.md led to one, the breadcrumbs and the site's title to the other.
     */
    @Test
    void theRootAtTheTopIsPublishedAtIndexHtml(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "README.md", "# The repository\n\nHow to build it.\n",
                "intro.md", "# Welcome\n\nRead [the rota](chapters/rota.md).\n",
                "chapters/rota.md", "# The rota\n\nBack to [the start](../intro.md), [its page](../intro.html) or [the top](../intro).\n",
                "_toc.yml", "format: jb-book\nroot: intro\nchapters:\n- file: chapters/rota\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        Document home = TestHandbooks.page(out, "index.html");
        assertTrue(home.select("main").text().contains("Read the rota"), home.select("main").text());
        assertEquals("chapters/rota.html", home.select("main .page-body p a").attr("href"));
        assertEquals("page", home.select("nav.site-nav a").first().attr("aria-current"), "the menu's Home is this page");
        assertEquals("0; url=index.html", TestHandbooks.page(out, "intro.html").select("meta[http-equiv=refresh]").attr("content"),
                "Jupyter Book's address sends readers on");
        Document rota = TestHandbooks.page(out, "chapters/rota.html");
        assertEquals(List.of("../index.html", "../index.html", "../index.html"), rota.select("main .page-body p a").eachAttr("href"),
                "links to intro.md, intro.html and intro");
        assertEquals("../index.html", rota.select("nav.site-nav a").first().attr("href"), "the menu's Home");
        assertEquals("../index.html", rota.select("a[rel=prev]").attr("href"), "the pager");
        assertTrue(TestHandbooks.page(out, "README.html").select("main").text().contains("How to build it"));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("page.redirect") || f.code().startsWith("link.")),
                result.findings().toString());
    }

    /** A top folder with an index page of its own keeps it as the home page, whatever the root. */
    @Test
    void anIndexPageAtTheTopStaysTheHomePage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, bookWithItsRootInAFolder(JB_BOOK));
        Files.writeString(content.resolve("index.md"), "# Our front page\n\nText.\n");
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(TestHandbooks.page(out, "index.html").select("main").text().contains("Our front page"));
        assertTrue(TestHandbooks.page(out, "pages/intro.html").select("meta[http-equiv=refresh]").isEmpty());
    }
}
