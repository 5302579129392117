package org.handbookpress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.search.SearchBudgetTest;

/**
 * The search budget measured by hand (bench/search.sh): builds a handbook (no PDFs), then opens its
 * search.html from disk in headless Chromium and, for each query, on a fresh load of the page:
 * <ul>
 *   <li>the bytes the search page plus the query loaded, counted twice: from the browser's own request
 *   log (DevTools Network events, each file:// URL's size on disk) and by {@link SearchBudgetTest#measure}
 *   (the page's style sheets and scripts, those search.js added included);</li>
 *   <li>the time from submitting the query to the results in the page, in real time (no virtual time),
 *   measured by the page's clock; and to the next frame after them, when they are on screen.</li>
 * </ul>
 * {@code SearchBench CONTENT SITE ROUNDS QUERY…}; prints one line per query and the medians.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path site = Path.of(args[1]).toAbsolutePath();
        int rounds = Integer.parseInt(args[2]);
        List<String> queries = List.of(args).subList(3, args.length);
        Path work = Files.createTempDirectory("handbook-search-bench");

        long start = System.nanoTime();
        // -Dbench.reuse=true measures the site a previous run built (a 10,000-page build takes minutes).
        if (!Boolean.getBoolean("bench.reuse") || !Files.isRegularFile(site.resolve("search.html"))) {
            new HandbookBuild(BuildOptions.of(content, site).withTimestamp(Instant.parse("2026-12-01T00:00:00Z")).withoutPdfs(),
                    BuildLog.SILENT).run();
        }
        long pages;
        try (Stream<Path> walk = Files.walk(content)) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).count();
        }
        System.out.printf(Locale.ROOT, "built %d pages in %.1f s (0 when reused) into %s%n", pages, (System.nanoTime() - start) / 1e9, site);
        indexSizes(site);

        List<Long> allMillis = new ArrayList<>();
        List<Long> allBytes = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-24s %8s %9s %9s %11s %11s  %s%n", "query", "results", "log KB", "page KB",
                "ms results", "ms shown", "files (request log)");
        for (String query : queries) {
            SearchBudgetTest.Measured counted = SearchBudgetTest.measure(site, query, work);
            long[] toResults = new long[rounds];
            long[] toFrame = new long[rounds];
            Map<String, Long> logged = Map.of();
            for (int r = 0; r < rounds; r++) {
                Timed t = timed(site, query, work);
                toResults[r] = t.toResults;
                toFrame[r] = t.toFrame;
                logged = t.files;
            }
            long logBytes = logged.values().stream().mapToLong(Long::longValue).sum();
            long median = median(toResults);
            allMillis.add(median);
            allBytes.add(logBytes);
            System.out.printf(Locale.ROOT, "%-24s %8d %9.1f %9.1f %11d %11d  %d files: %s%n", query, counted.results(),
                    logBytes / 1024.0, counted.bytes() / 1024.0, median, median(toFrame), logged.size(), biggest(logged));
        }
        System.out.printf(Locale.ROOT, "median over %d queries (%d rounds each, fresh page each): %.1f KB loaded, %d ms to results%n",
                queries.size(), rounds, median(allBytes.stream().mapToLong(Long::longValue).toArray()) / 1024.0,
                median(allMillis.stream().mapToLong(Long::longValue).toArray()));
        System.out.printf(Locale.ROOT, "largest: %.1f KB loaded, %d ms to results%n",
                allBytes.stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0,
                allMillis.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private record Timed(long toResults, long toFrame, Map<String, Long> files) {
    }

    /** One fresh load of search.html, one query typed and submitted; the page's clock times it. */
    private static Timed timed(Path site, String query, Path work) throws Exception {
        try (DevToolsBrowser browser = DevToolsBrowser.start(work, 1280, 900, List.of())) {
            browser.send("Network.enable", Map.of());
            browser.send("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            browser.navigate(site.resolve("search.html").toUri().toString());
            browser.waitUntil("window.HandbookSearch !== undefined && /Type a word/.test(document.getElementById('search-status').textContent)", 30_000);
            browser.evaluate("""
                    (function () {
                      var list = document.getElementById('search-results');
                      window.benchTimes = { arrived: [] };
                      // When each index chunk and page part arrived (-Dbench.detail=true prints them).
                      ['shard', 'part'].forEach(function (kind) {
                        var original = window.HandbookSearch[kind];
                        window.HandbookSearch[kind] = function (key) {
                          window.benchTimes.arrived.push(kind + ' ' + key + ' ' + Math.round(performance.now() - window.benchTimes.submitted));
                          return original.apply(this, arguments);
                        };
                      });
                      document.getElementById('search-form').addEventListener('submit', function () {
                        window.benchTimes.submitted = performance.now();
                      }, true);
                      new MutationObserver(function () {
                        if (list.hasAttribute('data-search-ms') && !window.benchTimes.results) {
                          window.benchTimes.results = performance.now();
                          requestAnimationFrame(function () { window.benchTimes.frame = performance.now(); });
                        }
                      }).observe(list, { attributes: true });
                      document.getElementById('search-input').focus();
                      return true;
                    })()""");
            // The query is put in the field without an input event, so that the search starts with the Enter key
            // (typing would start it 150 ms after the last key, before Enter, and load the index ahead of the clock).
            browser.evaluate("document.getElementById('search-input').value = " + new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(query) + "; true");
            browser.send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "text", "\r"));
            browser.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
            browser.waitUntil("window.benchTimes.frame !== undefined", 60_000);
            JsonNode times = browser.evaluate("window.benchTimes");
            if (!times.has("submitted")) {
                throw new IllegalStateException("the Enter key did not submit the search form");
            }
            double submitted = times.path("submitted").asDouble();
            if (Boolean.getBoolean("bench.detail")) {
                System.out.printf(Locale.ROOT, "  %s: arrived (ms after submit) %s; results %d ms; search.js says %s ms; marks %s%n", query,
                        times.path("arrived"), Math.round(times.path("results").asDouble() - submitted),
                        browser.evaluate("document.getElementById('search-results').getAttribute('data-search-ms')").asText(),
                        browser.evaluate("performance.getEntriesByType('mark').map(function (m) { return m.name + ' '"
                                + " + Math.round(m.startTime - window.benchTimes.submitted); }).join(', ')").asText());
            }
            Map<String, Long> files = new LinkedHashMap<>();
            for (JsonNode e : browser.events(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))) {
                String url = e.path("params").path("request").path("url").asText();
                if (url.startsWith("file:")) {
                    Path file = Path.of(URI.create(url.replaceAll("[?#].*$", "")));
                    files.put(site.relativize(file).toString(), Files.size(file));
                } else {
                    files.put(url, -1L); // nothing but the site's own files should be asked for
                }
            }
            return new Timed(Math.round(times.path("results").asDouble() - submitted), Math.round(times.path("frame").asDouble() - submitted), files);
        }
    }

    /** Sizes of the index: the manifest, the term chunks and the page parts. */
    private static void indexSizes(Path site) throws Exception {
        Path index = site.resolve("assets/search");
        long manifest = Files.size(index.resolve("manifest.js"));
        long[] chunks;
        long[] parts;
        try (Stream<Path> walk = Files.list(index)) {
            chunks = walk.filter(p -> p.getFileName().toString().startsWith("t-")).mapToLong(SearchBench::size).sorted().toArray();
        }
        try (Stream<Path> walk = Files.list(index.resolve("p"))) {
            parts = walk.mapToLong(SearchBench::size).sorted().toArray();
        }
        System.out.printf(Locale.ROOT, "index: manifest.js %.1f KB; %d term chunks, median %.1f KB, largest %.1f KB; %d page parts, median %.1f KB, largest %.1f KB; search.html %.1f KB%n",
                manifest / 1024.0, chunks.length, median(chunks) / 1024.0, chunks[chunks.length - 1] / 1024.0,
                parts.length, median(parts) / 1024.0, parts[parts.length - 1] / 1024.0, Files.size(site.resolve("search.html")) / 1024.0);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String biggest(Map<String, Long> files) {
        return files.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(4)
                .map(e -> e.getKey() + " " + (e.getValue() < 0 ? "REMOTE" : (e.getValue() + 512) / 1024 + " KB")).toList().toString();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
