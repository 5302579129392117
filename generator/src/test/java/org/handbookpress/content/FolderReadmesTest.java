package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An mdBook whose chapters are folders' READMEs, as Mozilla's localizer documentation writes them: mdBook publishes each
 * at its folder's index.html. The menu linked README.html while the breadcrumbs' Home, a link to the folder and the
 * front door went to index.html, so the same page had two addresses and, on one, no menu entry marked as current.
 */
class FolderReadmesTest {

    @Test
    void aReadmeChapterHasOneAddressEverywhere(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("src"), Map.of(
                "SUMMARY.md", "# Summary\n\n[Welcome](README.md)\n\n- [Kitchen](kitchen/README.md)\n  - [Hygiene](kitchen/hygiene.md)\n",
                "README.md", "# Welcome\n\nStart with [the kitchen](kitchen/README.md) or [its folder](kitchen/).\n",
                "kitchen/README.md", "# Kitchen\n\nWhat we cook.\n",
                "kitchen/hygiene.md", "# Hygiene\n\nWash hands. Back to [the kitchen](README.md).\n"));
        Path out = dir.resolve("site");
        TestHandbooks.buildWithoutPdfs(content, out);

        assertEquals(List.of("kitchen/index.html", "kitchen/index.html"), TestHandbooks.page(out, "index.html").select("main .page-body p a").eachAttr("href"));
        Document hygiene = TestHandbooks.page(out, "kitchen/hygiene.html");
        assertEquals(List.of("index.html"), hygiene.select("main .page-body p a").eachAttr("href"));
        assertEquals(List.of("../index.html", "index.html"), hygiene.select(".breadcrumbs a").eachAttr("href"), "Home, then Kitchen");
        assertEquals(List.of("../index.html", "index.html", "hygiene.html"), hygiene.select("nav.site-nav a").eachAttr("href").subList(0, 3),
                "the menu's Home and Kitchen at the same addresses");
        assertEquals("index.html", hygiene.selectFirst("nav.pager a[rel=prev]").attr("href"));
        assertTrue(hygiene.select("a[href*=README]").isEmpty(), "no link to README.html");
        Document kitchen = TestHandbooks.page(out, "kitchen/index.html");
        assertEquals("index.html", kitchen.selectFirst("nav.site-nav a[aria-current]").attr("href"), "the page is marked where it is read");
        assertEquals(Files.readString(out.resolve("kitchen/index.html")), Files.readString(out.resolve("kitchen/README.html")),
                "its own name's address, the same page, for a link made before");
    }
}
