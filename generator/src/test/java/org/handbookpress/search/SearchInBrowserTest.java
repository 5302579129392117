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
        assertTrue(hits.get(0).startsWith("toolkit/02-listening-well.html"), "the page titled with the word ranks first: " + hits);
        assertTrue(dom.selectFirst("#search-status").text().matches("\\d+ results for “listening”\\."), dom.selectFirst("#search-status").text());
        assertTrue(!dom.select("#search-results mark").isEmpty(), "matches are highlighted");

        // A typo (one letter changed) still finds the page.
        Document typo = Jsoup.parse(HeadlessChromium.dumpDom(URI.create(site.resolve("search.html").toUri() + "?q=lisdening"),
                1000, 800, 5000, List.of(), dir));
        assertTrue(typo.select("#search-results li h2 a").eachAttr("href").stream().anyMatch(h -> h.startsWith("toolkit/02-listening-well.html")),
                typo.select("#search-status").text());
        // A glossary term, typed without its accent, shows its definition above the pages.
        Document cafe = Jsoup.parse(HeadlessChromium.dumpDom(URI.create(site.resolve("search.html").toUri() + "?q=cafe"),
                1000, 800, 5000, List.of(), dir));
        assertEquals("Café", cafe.select("#search-glossary .search-card h3").text());
        assertTrue(cafe.select("#search-glossary .search-card a").attr("href").startsWith("glossary.html#term-"));
        assertTrue(cafe.select("#search-results mark").eachText().stream().anyMatch(m -> m.equalsIgnoreCase("café")),
                "the accented word is marked: " + cafe.select("#search-results mark").eachText());
        Document none = Jsoup.parse(HeadlessChromium.dumpDom(URI.create(site.resolve("search.html").toUri() + "?q=zzzqqq"),
                1000, 800, 5000, List.of(), dir));
        assertTrue(none.select("#search-results li").isEmpty());
        assertTrue(none.selectFirst("#search-status").text().startsWith("No results"));
    }
}
