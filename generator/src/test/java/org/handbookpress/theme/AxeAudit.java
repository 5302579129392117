package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.handbookpress.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * axe-core (the WCAG 2.0/2.1/2.2 A and AA rules) over built pages in headless Chromium, with no driver
 * library: each page gets axe and a small probe script, a harness page holds every page in an iframe of the
 * mode's width (a headless window cannot be narrower than 500 px, a frame can) and collects what each posts,
 * and Chromium prints the harness's DOM, which Jsoup reads back.
 *
 * <p>Pages are named by their path from {@code folder} (the folder that holds the built sites, never
 * inside one: axe lives beside them, not in what is checked); a query after the path is passed to the page.
 */
public final class AxeAudit {

    /** The WCAG 2.2 AA rules of axe-core, as axe.run's options (also used where the update notice is checked). */
    public static final String AXE_OPTIONS = "{runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}}";

    /** Where and how a page is looked at. */
    public record Mode(String name, int width, int height, boolean dark) {
    }

    public static final Mode DESKTOP_LIGHT = new Mode("desktop, light", 1280, 900, false);
    public static final Mode DESKTOP_DARK = new Mode("desktop, dark", 1280, 900, true);
    public static final Mode PHONE_LIGHT = new Mode("phone, light", 360, 780, false);
    public static final Mode PHONE_DARK = new Mode("phone, dark", 360, 780, true);

    private final Path folder;
    private final List<String> pages;

    private AxeAudit(Path folder, List<String> pages) {
        this.folder = folder;
        this.pages = List.copyOf(pages);
    }

    /** Adds axe and the probe to each page (changing the built files: audit a copy, or a site built for it). */
    public static AxeAudit instrument(Path folder, List<String> pages) throws IOException {
        Path repo = Path.of(System.getProperty("handbook.repoRoot"));
        Path axe = repo.resolve("templates/node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe), axe + " is missing: build the templates module (it runs npm ci)");
        Files.copy(axe, folder.resolve("axe.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String path : pages.stream().map(AxeAudit::withoutQuery).distinct().toList()) { // a deck at two slides is one file
            Path file = folder.resolve(path);
            String html = Files.readString(file, StandardCharsets.UTF_8);
            String up = "../".repeat((int) path.chars().filter(c -> c == '/').count());
            Files.writeString(file, html.replace("</body>", "<script src=\"" + up + "axe.min.js\"></script>\n<script src=\""
                    + up + "axe-probe.js\"></script>\n</body>"), StandardCharsets.UTF_8);
        }
        // A file, not an inline script: the pages' Content-Security-Policy allows only the site's own files.
        Files.writeString(folder.resolve("axe-probe.js"), probe(), StandardCharsets.UTF_8);
        return new AxeAudit(folder, pages);
    }

    /** The page's file: its address without a query ({@code search.html?q=cafe}) or a fragment (a deck's {@code #/9}). */
    static String withoutQuery(String page) {
        return page.replaceAll("[?#].*", "");
    }

    /**
     * Runs axe on every page in one Chromium and returns each page's results element ({@code #axe-results},
     * with the violations as {@code p.violation}), or no entry for a page where axe did not finish.
     */
    public Map<String, Element> run(Mode mode) throws IOException, InterruptedException {
        Document dom = Jsoup.parse(dumpDom(mode));
        Map<String, Element> results = new LinkedHashMap<>();
        for (String page : pages) {
            Element result = dom.selectFirst("div.axe-page[data-page=\"" + page + "\"] #axe-results");
            if (result != null) {
                results.put(page, result);
            }
        }
        return results;
    }

    /**
     * {@link #run} for each mode, two at a time, each in a Chromium of its own: the browser runs axe on one core, and CI
     * has two, with nothing else running while the tests run one class at a time. Each mode's results, or what went wrong.
     */
    public Map<Mode, CompletableFuture<Map<String, Element>>> runEach(List<Mode> modes) {
        ExecutorService browsers = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "axe-audit");
            t.setDaemon(true);
            return t;
        });
        Map<Mode, CompletableFuture<Map<String, Element>>> runs = new LinkedHashMap<>();
        for (Mode mode : modes) {
            runs.put(mode, CompletableFuture.supplyAsync(() -> {
                try {
                    return run(mode);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }, browsers));
        }
        browsers.shutdown(); // the threads end once the modes are done
        return runs;
    }

    /** One mode's results from {@link #runEach}, waiting for them; a failure as the run's own exception. */
    public static Map<String, Element> results(CompletableFuture<Map<String, Element>> run) throws Exception {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * What every audited page must show: axe finished without error, in the mode asked for (colour scheme
     * and width), checked a real page (more than a handful of rules passed) and found no violation.
     */
    public List<String> problems(Mode mode, Map<String, Element> results) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Element result = results.get(page);
            if (result == null) {
                problems.add(page + ": axe did not finish");
                continue;
            }
            if (!result.attr("data-error").isEmpty()) {
                problems.add(page + ": axe failed: " + result.attr("data-error"));
            }
            if (!result.attr("data-dark").equals(String.valueOf(mode.dark()))) {
                problems.add(page + ": the colour scheme was not emulated");
            }
            if (!result.attr("data-width").equals(String.valueOf(mode.width()))) {
                problems.add(page + ": the page was " + result.attr("data-width") + " px wide, not " + mode.width());
            }
            if (Integer.parseInt(result.attr("data-passes")) < 5) {
                problems.add(page + ": axe passed only " + result.attr("data-passes") + " rules; did it check the page?");
            }
            for (Element v : result.select("p.violation")) {
                problems.add(page + ": " + v.wholeText());
            }
        }
        return problems;
    }

    /**
     * Runs axe after load (on a search page with a query, once its results are shown) and writes the
     * outcome into the page as elements Jsoup can read.
     */
    static String probe() {
        return "\n"
                + "window.addEventListener('load', function () {\n"
                + "  var list = document.getElementById('search-results'), waited = 0;\n"
                + "  var searching = list && /[?&]q=/.test(location.search);\n"
                + "  var timer = setInterval(function () {\n"
                + "    waited += 50;\n"
                + "    if (searching && !list.hasAttribute('data-search-ms') && waited < 10000) { return; }\n"
                + "    clearInterval(timer);\n"
                + "    setTimeout(function () {\n"
                + "    axe.run(document, " + AXE_OPTIONS + ")\n"
                + "      .then(function (r) { report(r.violations, r.passes.length, ''); })\n"
                + "      .catch(function (e) { report([], 0, String(e)); });\n"
                + "    }, 500);\n"
                + "  }, 50);\n"
                + "});\n"
                + "function report(violations, passes, error) {\n"
                + "  var out = document.createElement('div'); out.id = 'axe-results';\n"
                + "  out.setAttribute('data-passes', passes); out.setAttribute('data-error', error);\n"
                + "  out.setAttribute('data-dark', matchMedia('(prefers-color-scheme: dark)').matches);\n"
                + "  out.setAttribute('data-width', window.innerWidth);\n"
                + "  var results = document.querySelectorAll('#search-results li').length;\n"
                + "  out.setAttribute('data-results', results);\n"
                + "  var exit = document.getElementById('quick-exit');\n"
                + "  out.setAttribute('data-quick-exit', exit ? String(exit.getBoundingClientRect().width > 0) : 'none');\n"
                // The background each look of box is shown in: a look is its colours, which only a browser works out.
                + "  var looks = [];\n"
                + "  document.querySelectorAll('div.fenced-div').forEach(function (box) {\n"
                + "    var look = Array.prototype.filter.call(box.classList, function (c) { return c.indexOf('box-') === 0; })[0];\n"
                + "    if (look) { looks.push(look + '=' + getComputedStyle(box).backgroundColor); } });\n"
                + "  out.setAttribute('data-box-looks', looks.join(';'));\n"
                // The pictures the reader sees: one drawn for the other colour scheme is not shown.
                + "  out.setAttribute('data-pictures-shown', Array.prototype.filter.call(document.querySelectorAll('main img'),\n"
                + "    function (i) { return getComputedStyle(i).display !== 'none'; }).map(function (i) { return i.getAttribute('src'); }).join(' '));\n"
                // Where the navigation's links start at each depth of lists: a deeper level must sit further in.
                + "  var indents = {};\n"
                + "  document.querySelectorAll('.site-nav a').forEach(function (a) {\n"
                + "    var depth = 0; for (var n = a; n; n = n.parentElement) { if (n.tagName === 'UL') { depth++; } }\n"
                + "    var x = Math.round(a.getBoundingClientRect().left);\n"
                + "    if (x > 0 && (indents[depth] === undefined || x < indents[depth])) { indents[depth] = x; } });\n"
                + "  out.setAttribute('data-nav-indents', Object.keys(indents).sort().map(function (d) { return d + '=' + indents[d]; }).join(';'));\n"
                + "  violations.forEach(function (v) { v.nodes.forEach(function (n) {\n"
                + "    var li = document.createElement('p'); li.className = 'violation';\n"
                + "    li.textContent = v.id + ' (' + v.impact + '): ' + v.help + '\\n      at ' + n.target.join(' ') + '\\n      '\n"
                + "      + (n.failureSummary || '').replace(/\\n/g, ' ') + '\\n      ' + n.html;\n"
                + "    out.appendChild(li); }); });\n"
                + "  parent.postMessage({page: location.href, html: out.outerHTML}, '*');\n"
                + "}\n";
    }

    private String dumpDom(Mode mode) throws IOException, InterruptedException {
        StringBuilder harness = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>axe</title></head><body>\n");
        harness.append("<script>\n")
                .append("window.addEventListener('message', function (e) {\n")
                .append("  var frames = document.querySelectorAll('iframe');\n")
                .append("  for (var i = 0; i < frames.length; i++) { if (frames[i].contentWindow === e.source) {\n")
                .append("    var d = document.createElement('div'); d.className = 'axe-page';\n")
                .append("    d.setAttribute('data-page', frames[i].getAttribute('data-page')); d.innerHTML = e.data.html;\n")
                .append("    document.body.appendChild(d); } }\n")
                .append("});\n</script>\n");
        for (String page : pages) {
            harness.append("<iframe data-page=\"").append(page).append("\" src=\"").append(page)
                    .append("\" width=\"").append(mode.width()).append("\" height=\"").append(mode.height())
                    .append("\" style=\"border:0;display:block\"></iframe>\n");
        }
        harness.append("</body></html>\n");
        // A harness per mode: modes may run at the same time (runEach).
        Path harnessFile = folder.resolve("harness-" + mode.name().replaceAll("\\W+", "-") + ".html");
        Files.writeString(harnessFile, harness.toString(), StandardCharsets.UTF_8);

        List<String> flags = mode.dark() ? List.of("--force-dark-mode", "--blink-settings=preferredColorScheme=0") : List.of();
        return HeadlessChromium.dumpDom(harnessFile.toUri(), Math.max(mode.width() + 40, 800), mode.height(), 60000, flags, folder);
    }
}
