package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page, opened from disk in a real browser, finds pages by their words. */
class SearchInBrowserTest {

    @Test
    void findsPagesOpenedFromDisk(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = TestHandbooks.example().output();
        URI page = URI.create(site.resolve("search.html").toUri() + "?q=listening");
        Document dom = Jsoup.parse(HeadlessChromium.dumpDom(page, 1000, 800, 5000, List.of(), dir));
        List<String> hits = dom.select("#search-results li h2 a").eachAttr("href");
        assertTrue(hits.size() >= 3, dom.select("#search-status").text());
        assertEquals("toolkit/02-listening-well.html", hits.get(0), "the page titled with the word ranks first");
        assertTrue(dom.selectFirst("#search-status").text().contains("listening"));
        assertTrue(!dom.select("#search-results mark").isEmpty(), "matches are highlighted");

        Document none = Jsoup.parse(HeadlessChromium.dumpDom(URI.create(site.resolve("search.html").toUri() + "?q=zzzqqq"),
                1000, 800, 5000, List.of(), dir));
        assertTrue(none.select("#search-results li").isEmpty());
        assertTrue(none.selectFirst("#search-status").text().startsWith("No pages match"));
    }
}
