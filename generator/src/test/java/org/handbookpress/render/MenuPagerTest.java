package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook whose menu is another tool's (just-the-docs' parent: keys, an mdBook's SUMMARY.md) leads its reader on,
 * previous and next, as that menu reads, across folders, as those tools' readers are led. The pager kept to a page's
 * folder: a just-the-docs section page led to the next page of its folder rather than to the pages the menu shows
 * under it (Equal Vote's BetterVoting docs: "Developers" went on to "DevOps", its own seven pages skipped), and the
 * last page of a folder, or a page at the top, had no "Next" at all.
 */
class MenuPagerTest {

    private static String page(String frontMatter) {
        return "---\nlayout: default\n" + frontMatter + "---\n\nSome words.\n";
    }

    @Test
    void aJustTheDocsSitesPagerFollowsItsMenuAcrossFolders(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "_config.yml", "remote_theme: just-the-docs/just-the-docs\n",
                "index.md", page("title: Food Bank Volunteers\nnav_order: 0\nhas_children: true\n"),
                "rota.md", page("title: The Rota\nnav_order: 1\nparent: Food Bank Volunteers\n"),
                "guides/0_guides.md", page("title: Guides\nnav_order: 2\nhas_children: true\n"),
                "guides/1_warehouse.md", page("title: Warehouse\nnav_order: 1\nparent: Guides\nhas_children: true\n"),
                "guides/2_deliveries.md", page("title: Deliveries\nnav_order: 2\nparent: Guides\n"),
                "guides/warehouse/2_lifting.md", page("title: Safe Lifting\nnav_order: 2\nparent: Warehouse\n"),
                "guides/warehouse/1_dates.md", page("title: Checking Dates\nnav_order: 1\nparent: Warehouse\n")));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        assertEquals("index.html", pager(TestHandbooks.page(out, "rota.html"), "prev"), "back to the home page the menu begins with");
        assertEquals("guides/0_guides.html", pager(TestHandbooks.page(out, "rota.html"), "next"), "a top page goes on");
        Document warehouse = TestHandbooks.page(out, "guides/1_warehouse.html");
        assertEquals("0_guides.html", pager(warehouse, "prev"));
        assertEquals("warehouse/1_dates.html", pager(warehouse, "next"), "on to the first page the menu shows under it");
        Document lifting = TestHandbooks.page(out, "guides/warehouse/2_lifting.html");
        assertEquals("1_dates.html", pager(lifting, "prev"));
        assertEquals("../2_deliveries.html", pager(lifting, "next"), "out of its folder, to the menu's next page");
        assertEquals("warehouse/2_lifting.html", pager(TestHandbooks.page(out, "guides/2_deliveries.html"), "prev"));
        assertEquals("", pager(TestHandbooks.page(out, "guides/2_deliveries.html"), "next"), "the menu's last page");
    }

    /** An mdBook's chapters lead on through the book, its folders' READMEs among them, as mdBook's arrows do. */
    @Test
    void aBooksPagerFollowsItsSummary(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("book"), Map.of(
                "SUMMARY.md", "# Summary\n\n[Welcome](README.md)\n\n- [Shifts](shifts/README.md)\n  - [Opening up](shifts/opening.md)\n"
                        + "- [Safety](safety.md)\n",
                "README.md", "# Welcome\n\nHello.\n",
                "shifts/README.md", "# Shifts\n\nHow shifts run.\n",
                "shifts/opening.md", "# Opening up\n\nUnlock the door.\n",
                "safety.md", "# Safety\n\nBe careful.\n"));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        assertEquals("../safety.html", pager(TestHandbooks.page(out, "shifts/opening.html"), "next"), "out of its folder");
        assertEquals("shifts/opening.html", pager(TestHandbooks.page(out, "safety.html"), "prev"));
    }

    /** The pager's address that way; "" when there is none. */
    private static String pager(Document page, String way) {
        Element link = page.selectFirst("nav.pager a.pager-" + way);
        return link == null ? "" : link.attr("href");
    }
}
