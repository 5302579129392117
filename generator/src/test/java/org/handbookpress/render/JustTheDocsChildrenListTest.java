package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A just-the-docs page with pages under it lists them at its foot, as the theme's "Table of contents" does, unless it
 * says {@code has_toc: false}: Equal Vote's "☁️ DevOps" page, a paragraph over four guides, named none of them, so a
 * reader on a phone, the menu folded away, had no way on to them but the pager.
 */
class JustTheDocsChildrenListTest {

    private static String page(String frontMatter) {
        return "---\nlayout: default\n" + frontMatter + "---\n\nA few words.\n";
    }

    @Test
    void aPageWithChildrenListsThemAtItsFoot(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "_config.yml", "theme: just-the-docs\n",
                "index.md", page("title: Tenants' Association\nnav_order: 0\n"),
                "repairs/index.md", page("title: Repairs\nnav_order: 1\nhas_children: true\n"),
                "repairs/damp.md", page("title: Damp and Mould\nnav_order: 2\nparent: Repairs\n"),
                "repairs/heating.md", page("title: Heating\nnav_order: 1\nparent: Repairs\n"),
                "meetings.md", page("title: Meetings\nnav_order: 2\nhas_children: true\nhas_toc: false\n"),
                "agenda.md", page("title: Agenda\nparent: Meetings\n")));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        Document repairs = TestHandbooks.page(out, "repairs/index.html");
        assertEquals(List.of("heating.html", "damp.html"), repairs.select("main nav.section-list a").eachAttr("href"), "in the menu's order");
        assertNull(TestHandbooks.page(out, "meetings.html").selectFirst("main nav.section-list"), "has_toc: false");
        assertNull(TestHandbooks.page(out, "repairs/heating.html").selectFirst("main nav.section-list"), "a page with none under it");
    }
}
