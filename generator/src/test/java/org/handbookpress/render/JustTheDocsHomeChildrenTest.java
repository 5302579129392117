package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A just-the-docs site whose pages name the home page as their {@code parent:} (Equal Vote's BetterVoting docs: "For
 * Voters" and "Running an Election" under "BetterVoting Documentation") shows them under the home page's entry, as the
 * theme's menu does, and three levels down by {@code grand_parent:}. They were listed after Home at the top, beside the
 * site's other top pages, as if nothing held them. Home is named once in their breadcrumbs, and the home page's cards
 * are the sections under it, not a card leading back to the home page itself.
 */
class JustTheDocsHomeChildrenTest {

    private static String page(String frontMatter) {
        return "---\nlayout: default\n" + frontMatter + "---\n\nA few words.\n";
    }

    @Test
    void pagesUnderTheHomePageAreNestedUnderItsEntry(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "_config.yml", "theme: just-the-docs\n",
                "index.md", page("title: Allotment Society\nnav_order: 1\nhas_children: true\n"),
                "plots/water.md", page("title: Water\nparent: Allotment Society\nnav_order: 1\n"),
                "plots/sheds.md", page("title: Sheds\nparent: Allotment Society\nnav_order: 2\nhas_children: true\n"),
                "plots/sheds/locks.md", page("title: Locks\nparent: Sheds\ngrand_parent: Allotment Society\nhas_children: true\n"),
                "plots/sheds/keys.md", page("title: Spare keys\nparent: Locks\ngrand_parent: Sheds\n"),
                "contact.md", page("title: Contact\nnav_order: 3\n")));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        Document keys = TestHandbooks.page(out, "plots/sheds/keys.html");
        assertEquals(List.of("../../index.html", "../../contact.html", "../../downloads.html"), keys.select("nav.site-nav > ul > li > a").eachAttr("href"),
                "the top level: Home, over the pages under it, and the site's other top page");
        assertEquals(List.of("../water.html", "../sheds.html"), keys.select("nav.site-nav > ul > li:first-child > ul > li > a").eachAttr("href"),
                "the home page's children under its entry");
        assertEquals(List.of("Home", "Sheds", "Locks", "Spare keys"), keys.select("nav.breadcrumbs li").eachText(),
                "Home once, then each page above, three levels down");
        assertEquals(List.of("Sheds"), TestHandbooks.page(out, "index.html").select(".home-sections .card-title").eachText(),
                "the sections under the home page are its cards; none leads back to it");
    }

    /**
     * The home page lists every page under it, as it lists the whole top level: with 30 under it, the home page showed
     * the 21 around its first and no way to the others.
     */
    @Test
    void theHomePageListsEveryPageUnderIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "_config.yml", "theme: just-the-docs\n",
                "index.md", page("title: Food Bank\nnav_order: 1\nhas_children: true\n")));
        for (int i = 1; i <= 30; i++) {
            files.put("notes/note-" + i + ".md", page("title: Note " + i + "\nparent: Food Bank\nnav_order: " + i + "\n"));
        }
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        Document home = TestHandbooks.page(out, "index.html");
        assertEquals(30, home.select("nav.site-nav > ul > li:first-child > ul > li:not(.nav-more) > a").size(), "all 30 on the home page");
        Document last = TestHandbooks.page(out, "notes/note-30.html");
        assertEquals(21, last.select("nav.site-nav > ul > li:first-child > ul > li:not(.nav-more) > a").size(), "the 21 around the page elsewhere");
        assertEquals(List.of("../index.html"), last.select("nav.site-nav li.nav-more a").eachAttr("href"), "with a way to them all");
    }
}
