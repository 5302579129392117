package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Exit this page" ({@code quick-exit:}) on every page the build writes, whatever its layout: pages,
 * generated pages, the slide deck's presentation and the 404 page; and Shift pressed three times on a
 * deck leaves for the exit address, which here is a server on 127.0.0.1 so that nothing leaves the machine.
 */
class QuickExitTest {

    static Map<String, String> handbook(String exit) {
        return Map.of(
                "handbook.yml", "title: Safe Space\nquick-exit: " + exit + "\n",
                "index.md", "# Home\n\nWelcome. See [the talk](training/talk.md).\n",
                "toolkit/one.md", "# One\n\nA page in a folder without an index, so the build writes one.\n",
                "policies/safety.md", "---\nkind: policy\nreviewed: 2026-01-01\n---\n# Safety\n\nA policy, so there is a Documents page.\n",
                "training/talk.md", "---\nkind: slides\n---\n# The talk\n\nFirst slide.\n\n---\n\n## Second\n\nMore words.\n\n---\n\n## Third\n\nThe end.\n",
                "glossary.md", "---\nkind: glossary\n---\n# Glossary\n\nRound\n: Each person speaks in turn.\n");
    }

    static Path build(Path dir, String exit) throws Exception {
        Path content = TestHandbooks.write(dir, handbook(exit));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        return site;
    }

    @Test
    void everyWrittenPageHasTheButtonAndLoadsTheScript(@TempDir Path dir) throws Exception {
        String exit = "https://www.bbc.co.uk/weather";
        Path site = build(dir, exit);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> names = pages.stream().map(p -> site.relativize(p).toString()).toList();
        for (String kind : List.of("index.html", "toolkit/index.html", "toolkit/one.html", "policies/safety.html", "documents.html",
                "downloads.html", "search.html", "glossary.html", "training/talk.html", "training/talk.slides.html", "404.html")) {
            assertTrue(names.contains(kind), "the build writes " + kind + ": " + names);
        }
        String script = Files.readString(site.resolve("assets/quick-exit.js"), StandardCharsets.UTF_8);
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            String name = site.relativize(page).toString();
            Element button = doc.getElementById("quick-exit");
            assertTrue(button != null, name + " has no quick-exit button");
            assertEquals(exit, button.attr("href"), name);
            assertEquals(1, doc.select("#quick-exit").size(), name);
            // Reachable from the keyboard straight away: a link, the first or second thing to tab to.
            List<Element> focusable = doc.select("body a[href], body button, body input, body [tabindex]:not([tabindex=-1])");
            assertTrue(focusable.indexOf(button) >= 0 && focusable.indexOf(button) <= 1, name + ": the button is not first in the tab order");
            boolean loads = !doc.select("script[src]").stream()
                    .filter(s -> s.attr("src").endsWith("assets/quick-exit.js")
                            && Files.isRegularFile(page.getParent().resolve(s.attr("src")).normalize()))
                    .toList().isEmpty();
            boolean inline = doc.select("script:not([src])").stream().anyMatch(s -> s.data().equals(script));
            assertTrue(loads || (name.equals("404.html") && inline), name + " does not load quick-exit.js");
        }
        // The 404 page is served at any depth: its copy of the script is inline, allowed by its hash.
        Document notFound = Jsoup.parse(Files.readString(site.resolve("404.html"), StandardCharsets.UTF_8));
        assertTrue(notFound.select("script[src], link[href]").isEmpty(), "no relative file on the 404 page");
        assertTrue(notFound.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("'sha256-" + ContentSecurityPolicy.hash(script) + "'"));
        // The deck's button sits at the top, clear of reveal.js's controls and slide number at the bottom right.
        String slidesCss = Files.readString(site.resolve("assets/slides.css"), StandardCharsets.UTF_8);
        String rule = slidesCss.substring(slidesCss.indexOf(".quick-exit{"), slidesCss.indexOf('}', slidesCss.indexOf(".quick-exit{")));
        assertTrue(rule.contains("position:fixed") && rule.contains("top:"), rule);
        assertFalse(rule.contains("bottom:"), rule);
    }

    /**
     * The header keeps the button's corner free. On phones the Menu button, the only way into the menu once theme.js
     * has closed it, was under "Exit this page" (a reader tapping it left the site); on wide screens the search button was.
     */
    @Test
    void theButtonCoversNeitherTheMenuButtonNorTheSearchButton(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        // English, and the two longest labels of the button, one of them right to left: the corner kept free fits them.
        try (DevToolsBrowser browser = DevToolsBrowser.start(dir, 1280, 800, List.of())) { // one browser for the three sites
            for (String language : List.of("en-GB", "cy", "ar")) {
                Path content = TestHandbooks.write(dir.resolve(language), handbook("https://www.bbc.co.uk/weather"));
                Files.writeString(content.resolve("handbook.yml"), "title: Safe Space\nlanguage: " + language
                        + "\nquick-exit: https://www.bbc.co.uk/weather\n", StandardCharsets.UTF_8);
                Path site = dir.resolve(language).resolve("site");
                new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
                buttonsClear(browser, site, language);
            }
        }
    }

    private static void buttonsClear(DevToolsBrowser browser, Path site, String language) throws Exception {
        String onTop = "(function (selector) { var e = document.querySelector(selector), b = e.getBoundingClientRect();"
                + " if (!b.width) { return 'hidden'; }"
                + " var hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                + " return hit && hit.closest(selector) ? 'on top' : 'under ' + (hit ? hit.className : 'nothing'); })";
        for (int width : new int[] {360, 900, 1280}) {
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 500));
            browser.navigate(site.resolve("toolkit/index.html").toUri().toString());
            boolean phone = width <= 960; // theme.css: the sidebar is a menu up to 60rem
            String at = language + ", " + width + " px";
            assertEquals(!phone, browser.evaluate("document.querySelector('details.site-menu').open").asBoolean(), at);
            assertEquals(phone ? "on top" : "hidden", browser.evaluate(onTop + "('summary.menu-button')").asText(), at);
            assertEquals("on top", browser.evaluate(onTop + "('.site-search button')").asText(), at);
            assertEquals("on top", browser.evaluate(onTop + "('#quick-exit')").asText(), at);
        }
    }

    @Test
    void shiftThreeTimesOnADeckLeavesForTheExitAddress(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger visits = new AtomicInteger();
        server.createContext("/weather", exchange -> {
            visits.incrementAndGet();
            byte[] page = "<!DOCTYPE html><title>Weather</title><h1>Sunny</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        String exit = "http://127.0.0.1:" + server.getAddress().getPort() + "/weather";
        try (DevToolsBrowser browser = DevToolsBrowser.start(dir, 1280, 720, List.of())) {
            Path site = build(dir, exit);
            browser.navigate(site.resolve("training/talk.slides.html").toUri().toString());
            browser.waitUntil("document.querySelector('.reveal.ready') !== null", 10_000);
            // The button is on top where it is drawn: no deck control covers it, and it covers none.
            assertTrue(browser.evaluate("(function () { var b = document.getElementById('quick-exit').getBoundingClientRect();"
                    + " return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2).closest('#quick-exit') !== null; })()")
                    .asBoolean(), "the button is visible, not under a slide");
            assertEquals(0, browser.evaluate("(function () { var b = document.getElementById('quick-exit').getBoundingClientRect(), n = 0;"
                    + " document.querySelectorAll('.reveal .controls button, .reveal .slide-number, .reveal .progress').forEach(function (c) {"
                    + " var r = c.getBoundingClientRect(); if (r.width && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) { n++; } });"
                    + " return n; })()").asInt(), "the button overlaps a deck control");
            // Shift twice is not enough; the arrow keys still move the deck.
            browser.press("ArrowRight", "ArrowRight", 39, 0);
            browser.waitUntil("Reveal.getIndices().h === 1", 5_000);
            browser.press("Shift", "ShiftLeft", 16, 8);
            browser.press("Shift", "ShiftLeft", 16, 8);
            Thread.sleep(300);
            assertTrue(browser.evaluate("location.protocol").asText().equals("file:"), "two presses leave the page alone");
            browser.press("Shift", "ShiftLeft", 16, 8);
            browser.waitUntil("location.href === '" + exit + "' && document.querySelector('h1') !== null", 10_000);
            assertEquals("Sunny", browser.evaluate("document.querySelector('h1').textContent").asText());
            assertEquals(1, visits.get());
            // The deck's entry was replaced, not left behind the exit page: the tab's history is the blank
            // page it started on and the exit page.
            assertEquals(2, browser.evaluate("history.length").asInt());
        } finally {
            server.stop(0);
        }
    }
}
