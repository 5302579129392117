package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed site over http, in one Chromium profile across runs: after a first visit the server is
 * stopped, and another page, the glossary and search still work; after a rebuild with a changed page, a
 * visit shows the update notice, and the next one the new text. Served from a sub-path, as on a
 * project site.
 */
class ServiceWorkerInBrowserTest {

    static final String PREFIX = "/handbook/";
    /** A picture the server answers only after 800 ms, which the page's load event waits for. */
    static final String SLOW = "__slow.png";
    /** The paths asked for, in order, and when the slow picture was answered. */
    static final List<String> REQUESTS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Test
    void worksOfflineAfterTheFirstVisitAndOffersTheNewBuild(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path site = dir.resolve("site");
        Path content = TestHandbooks.write(dir.resolve("src"), Map.of(
                "handbook.yml", "title: Offline Test\n",
                "index.md", "# Home\n\nWelcome. See [the page](b.md).\n",
                "b.md", "# Second page\n\nThe original wording about lanterns.\n",
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nLantern\n: A light you carry.\n"));
        build(content, site);
        probe(site);
        Path profile = Files.createDirectories(dir.resolve("profile"));
        HttpServer server = serve(site, 0);
        int port = server.getAddress().getPort();
        String root = "http://127.0.0.1:" + port + PREFIX;
        try {
            dom(root + "index.html?phase=install", dir, profile, 8000);
        } finally {
            server.stop(0);
        }
        // The worker, whose first install downloads the whole site, is registered once the page has loaded: after the
        // slow picture the probe adds, not while the page's own files are still coming.
        List<String> order = List.copyOf(REQUESTS);
        assertTrue(order.contains(SLOW + " answered") && order.contains("sw.js"), order.toString());
        assertTrue(order.indexOf("sw.js") > order.indexOf(SLOW + " answered"), "sw.js asked for before the page had loaded: " + order);
        // Offline: nothing listens on the port any more.
        Document other = dom(root + "b.html", dir, profile, 4000);
        assertEquals("Second page", other.select("h1").text(), "another page offline");
        assertTrue(dom(root + "glossary.html", dir, profile, 4000).select("dt, h1").text().contains("Lantern"), "the glossary offline");
        Document search = dom(root + "search.html?q=lanterns", dir, profile, 6000);
        assertTrue(search.select("#search-results li h2 a").eachAttr("href").stream().anyMatch(h -> h.startsWith("b.html")),
                "search offline: " + search.select("#search-status").text());

        // A new build is published: the reader is told, and then sees it.
        Files.writeString(content.resolve("b.md"), "# Second page\n\nThe revised wording about torches.\n");
        build(content, site);
        probe(site);
        // axe-core checks the page with the notice shown (WCAG 2.2 AA); it is not in the worker's list, so it comes from the server.
        Files.copy(Path.of(System.getProperty("handbook.repoRoot"), "templates/node_modules/axe-core/axe.min.js"), site.resolve("axe.min.js"));
        server = serve(site, port);
        try {
            Document notified = dom(root + "index.html?phase=update", dir, profile, 8000);
            assertTrue(notified.selectFirst("#update-notice") != null && !notified.selectFirst("#update-notice").hasAttr("hidden"),
                    "the update notice shows");
            assertTrue(notified.select("#update-notice").text().contains("This handbook has been updated"));
            assertTrue(notified.select("#update-notice button").size() == 1);
            Element axe = notified.getElementById("axe-results");
            assertTrue(axe != null, "axe ran on the page with the notice");
            assertEquals("", axe.attr("data-error"));
            assertEquals("true", axe.attr("data-notice-shown"), "the notice was on screen when axe ran");
            assertTrue(Integer.parseInt(axe.attr("data-passes")) >= 5, "axe passed only " + axe.attr("data-passes") + " rules");
            assertEquals(List.of(), axe.select("p.violation").eachText(), "axe-core (WCAG 2.2 AA) with the update notice shown");
            Document fresh = dom(root + "b.html", dir, profile, 6000);
            assertTrue(fresh.text().contains("revised wording"), "after the reload the new text: " + fresh.select("main").text());
        } finally {
            server.stop(0);
        }
    }

    /**
     * Headless Chromium prints the page once its own requests are done; the service worker's downloads do
     * not count. So the home page gets a probe that holds a request open until the worker is ready
     * (phase=install) or the update notice shows (phase=update). Not in the worker's list: added after the build.
     */
    static void probe(Path site) throws Exception {
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("</body>",
                "<img src=\"" + SLOW + "\" alt=\"\"><script src=\"sw-probe.js\"></script></body>"));
        Files.writeString(site.resolve("sw-probe.js"), """
                (function () {
                  var phase = (location.search.match(/phase=(\\w+)/) || [])[1];
                  if (!phase) { return; }
                  fetch('__hold').catch(function () {});
                  var finished = false;
                  function check() {
                    var notice = document.getElementById('update-notice');
                    var ready = phase === 'install' ? navigator.serviceWorker.controller !== null || readyNow
                      : notice && !notice.hidden;
                    if (ready && !finished) {
                      finished = true;
                      clearInterval(timer);
                      if (phase === 'update') { checkNotice(function () { fetch('__done'); }); } else { fetch('__done'); }
                    }
                  }
                  var timer = setInterval(check, 100);
                  // Under a virtual-time budget, timers wait while the held request is open (the hold then ran out
                  // after 60 s); events and promises do not, so the worker's readiness and the notice check too.
                  new MutationObserver(check).observe(document.documentElement, { attributes: true, childList: true, subtree: true });
                  navigator.serviceWorker.addEventListener('controllerchange', check);
                  // With the notice shown, axe-core (WCAG 2.2 AA) over the page; its findings written into the page.
                  function checkNotice(done) {
                    var out = document.createElement('div');
                    out.id = 'axe-results';
                    out.hidden = true;
                    var s = document.createElement('script');
                    s.src = 'axe.min.js';
                    s.onerror = function () { out.setAttribute('data-error', 'axe.min.js did not load'); document.body.appendChild(out); done(); };
                    s.onload = function () {
                      var notice = document.getElementById('update-notice');
                      out.setAttribute('data-notice-shown', String(!notice.hidden && notice.getBoundingClientRect().height > 0));
                      axe.run(document, %s).then(function (r) {
                        out.setAttribute('data-passes', r.passes.length);
                        r.violations.forEach(function (v) { v.nodes.forEach(function (n) {
                          var p = document.createElement('p');
                          p.className = 'violation';
                          p.textContent = v.id + ': ' + v.help + ' at ' + n.target.join(' ') + ': ' + n.html;
                          out.appendChild(p);
                        }); });
                      }, function (e) { out.setAttribute('data-error', String(e)); })
                        .then(function () { document.body.appendChild(out); done(); });
                    };
                    document.head.appendChild(s);
                    // axe-core runs on timers, which wait while the held request is open: it is let go now, and the
                    // fetch of axe's script keeps the page from being printed until axe has run and written its findings.
                    fetch('__done');
                  }
                  var readyNow = false;
                  navigator.serviceWorker.ready.then(function () { readyNow = true; check(); });
                })();
                """.formatted(org.handbookpress.theme.AxeAudit.AXE_OPTIONS));
    }

    static void build(Path content, Path site) throws Exception {
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
    }

    static Document dom(String url, Path dir, Path profile, int budget) throws Exception {
        return Jsoup.parse(HeadlessChromium.dumpDom(URI.create(url), 1000, 800, budget, List.of(), dir, profile));
    }

    /** Serves the site under {@link #PREFIX} on 127.0.0.1, with no caching headers at all. */
    static HttpServer serve(Path site, int port) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        server.createContext(PREFIX, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            REQUESTS.add(path);
            if (path.equals(SLOW)) {
                try {
                    Thread.sleep(800);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                REQUESTS.add(SLOW + " answered");
                return;
            }
            if (path.equals("__hold") || path.equals("__done")) {
                if (path.equals("__done")) {
                    done.countDown();
                } else {
                    try {
                        done.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String type = path.endsWith(".html") || path.isEmpty() ? "text/html; charset=utf-8" : path.endsWith(".js") ? "text/javascript"
                    : path.endsWith(".css") ? "text/css" : path.endsWith(".png") ? "image/png"
                    : path.endsWith(".webmanifest") ? "application/manifest+json" : "application/octet-stream";
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }
}
