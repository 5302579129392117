package org.handbookpress.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte budget of search on a large handbook: the search page opened from disk plus one query
 * loads no more than {@link #BUDGET} bytes, every file counted (HTML, CSS, scripts, index chunks, page
 * files), as the page's own style sheets and scripts (those search.js added included) give them. The size of the handbook is
 * {@code -Dhandbook.searchBudget.pages} (2,000 by default; the README gives the figures at 10,000).
 */
public class SearchBudgetTest {

    static final long BUDGET = 300 * 1024;

    @Test
    void searchPagePlusOneQueryStaysUnderBudget(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        int pages = Integer.getInteger("handbook.searchBudget.pages", 2000);
        // -Dhandbook.searchBudget.dir=… keeps the corpus and the site, to measure by hand.
        Path work = System.getProperty("handbook.searchBudget.dir") == null ? dir : Path.of(System.getProperty("handbook.searchBudget.dir"));
        Path content = SyntheticHandbook.write(work.resolve("content"), pages);
        Path site = work.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();

        // One browser for the three queries, each a page of its own: Chromium started once rather than per query.
        try (DevToolsBrowser browser = DevToolsBrowser.start(dir, 1000, 800, List.of())) {
            for (String query : List.of(SyntheticHandbook.UNIQUE, "gwyl", "cafe")) {
                Measured m = measure(site, query, browser);
                System.out.printf("search budget: %d pages, query '%s': %d results, %d bytes loaded: %s%n",
                        pages, query, m.results, m.bytes, m.files);
                assertTrue(m.bytes <= BUDGET, "loaded " + m.bytes + " bytes for '" + query + "': " + m.files);
                if (query.equals(SyntheticHandbook.UNIQUE)) {
                    assertEquals(1, m.results, "only the policy has the word");
                    assertEquals("policies/rare-plants.html#where-it-grows", m.firstHref, "links to the heading above the word");
                } else {
                    assertTrue(m.results > 1, query + " finds the pages that say it, diacritics folded");
                    assertTrue(m.cards.contains(query.equals("gwyl") ? "Gŵyl" : "Café"), "a glossary card: " + m.cards);
                }
            }
        }
    }

    /** What one query loaded: results shown, the first result's link, the glossary cards' text, the files and their bytes. */
    public record Measured(int results, String firstHref, String cards, List<String> files, long bytes) {
    }

    /**
     * Opens a copy of search.html with a probe script that lists what the browser loaded (also used by
     * {@code org.handbookpress.bench.SearchBench}, which times the same queries).
     */
    public static Measured measure(Path site, String query, Path work) throws Exception {
        URI page = probed(site, query);
        return measured(site, page, Jsoup.parse(HeadlessChromium.dumpDom(page, 1000, 800, 10000, List.of(), work)));
    }

    /**
     * The same in a browser already started, in a fresh page of the size {@link #measure(Path, String, Path)} uses: the
     * DOM is read once the probe has written its mark, or search has said that the index could not be loaded.
     */
    static Measured measure(Path site, String query, DevToolsBrowser browser) throws Exception {
        URI page = probed(site, query);
        browser.freshPage(1000, 800);
        browser.navigate(page.toString());
        browser.waitUntil("(function () { var status = document.getElementById('search-status');"
                + " return !!document.getElementById('probe') || (!!status.dataset.failed && status.textContent === status.dataset.failed); })()",
                30_000);
        return measured(site, page, Jsoup.parse(browser.dom()));
    }

    /** Writes the copy of search.html with the probe; its address with the query. */
    private static URI probed(Path site, String query) throws Exception {
        String html = Files.readString(site.resolve("search.html"), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("search-probe.html"), html.replace("</body>", "<script src=\"search-probe.js\"></script></body>"));
        Files.writeString(site.resolve("search-probe.js"), """
                (function () {
                  var timer = setInterval(function () {
                    var list = document.getElementById('search-results');
                    if (!list.hasAttribute('data-search-ms')) { return; }
                    clearInterval(timer);
                    var out = document.createElement('p');
                    out.id = 'probe';
                    out.textContent = list.getAttribute('data-search-ms');
                    document.body.appendChild(out);
                  }, 20);
                })();
                """);
        return URI.create(site.resolve("search-probe.html").toUri() + "?q="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** What the page loaded, from its DOM once search has finished. */
    private static Measured measured(Path site, URI page, Document dom) throws Exception {
        assertTrue(dom.getElementById("probe") != null, "search finished: " + dom.select("#search-status").text());
        List<String> files = new ArrayList<>();
        long bytes = Files.size(site.resolve("search.html"));
        files.add("search.html");
        // Chromium keeps no resource timing for file:// URLs, so the files are read from the page itself:
        // its style sheets and scripts, and the scripts search.js added for the index and the page files.
        for (org.jsoup.nodes.Element el : dom.select("script[src], link[rel=stylesheet][href], link[rel=manifest][href], link[rel=icon][href]")) {
            String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
            if (url.contains("search-probe")) {
                continue;
            }
            Path file = Path.of(page.resolve(url.replaceAll("[?#].*$", "")));
            files.add(site.relativize(file).toString());
            bytes += Files.size(file);
        }
        String first = dom.select("#search-results li h2 a").eachAttr("href").stream().findFirst().orElse("");
        return new Measured(dom.select("#search-results li").size(), first, dom.select("#search-glossary").text(), files, bytes);
    }
}
