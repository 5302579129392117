package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the built example handbook in headless Chromium,
 * at desktop and phone width, in light and dark mode. No driver library: the test injects axe and a
 * small script into a copy of each page, lets Chromium print the DOM after the run, and reads the
 * results back from that DOM with Jsoup.
 */
public class AccessibilityTest {

    static final List<String> PAGES = List.of(
            "index.html",
            "toolkit/index.html",
            "toolkit/01-setting-up-a-group.html",
            "toolkit/02-listening-well.html",
            "policies/safeguarding.html",
            "agreements/group-agreement.html",
            "documents.html",
            "training/weekly-group-session.html",
            "glossary.html",
            "training/introduction-to-peer-mentoring.html",
            "training/introduction-to-peer-mentoring.slides.html",
            "downloads.html",
            "search.html?q=cafe",
            "404.html");

    /**
     * The same handbook built again with {@code quick-exit:} set, so the "Exit this page" button is on every
     * page: one page of each frame (the base layout, a deck, the 404 page) and search with its results.
     */
    static final List<String> QUICK_EXIT_PAGES = List.of(
            "index.html",
            "toolkit/02-listening-well.html",
            "training/introduction-to-peer-mentoring.slides.html",
            "search.html?q=cafe",
            "404.html");

    /** Every page checked, by its path from the temporary folder: {@code site/…} and {@code site-quick-exit/…}. */
    static final List<String> CHECKED = java.util.stream.Stream.concat(PAGES.stream().map(p -> "site/" + p),
            QUICK_EXIT_PAGES.stream().map(p -> "site-quick-exit/" + p)).toList();

    /** The WCAG 2.2 AA rules of axe-core, as axe.run's options (also used where the update notice is checked). */
    public static final String AXE_OPTIONS = "{runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}}";

    @TempDir
    static Path temp;
    static Path site;

    /** Where and how a page is looked at. */
    record Mode(String name, int width, int height, boolean dark) {
    }

    static final Mode DESKTOP_LIGHT = new Mode("desktop, light", 1280, 900, false);
    static final Mode DESKTOP_DARK = new Mode("desktop, dark", 1280, 900, true);
    static final Mode PHONE_LIGHT = new Mode("phone, light", 360, 780, false);
    static final Mode PHONE_DARK = new Mode("phone, dark", 360, 780, true);

    @BeforeAll
    static void buildAndInstrument() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path repo = Path.of(System.getProperty("handbook.repoRoot"));
        Path axe = repo.resolve("templates/node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe), axe + " is missing: build the templates module (it runs npm ci)");

        site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(repo.resolve("content"), site).withTimestamp(ThemeStructureTest.MIXED_REVIEWS),
                BuildLog.SILENT).run();
        Path quickContent = temp.resolve("content-quick-exit");
        copyTree(repo.resolve("content"), quickContent);
        Files.writeString(quickContent.resolve("handbook.yml"), "quick-exit: https://www.bbc.co.uk/weather\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        new HandbookBuild(BuildOptions.of(quickContent, temp.resolve("site-quick-exit")).withTimestamp(ThemeStructureTest.MIXED_REVIEWS)
                .withoutPdfs(), BuildLog.SILENT).run();
        // axe lives next to the site, never inside what is checked.
        Files.copy(axe, temp.resolve("axe.min.js"));
        for (String page : CHECKED) {
            Path file = temp.resolve(page.replaceAll("\\?.*", ""));
            String html = Files.readString(file, StandardCharsets.UTF_8);
            if (page.startsWith("site-quick-exit/")) {
                assertTrue(html.contains("id=\"quick-exit\""), page + " has no quick-exit button");
            }
            String up = "../".repeat((int) page.replaceAll("\\?.*", "").chars().filter(c -> c == '/').count());
            Files.writeString(file, html.replace("</body>", "<script src=\"" + up + "axe.min.js\"></script>\n<script src=\""
                    + up + "axe-probe.js\"></script>\n</body>"), StandardCharsets.UTF_8);
        }
        // A file, not an inline script: the pages' Content-Security-Policy allows only the site's own files.
        Files.writeString(temp.resolve("axe-probe.js"), probe(), StandardCharsets.UTF_8);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
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
                + "  violations.forEach(function (v) { v.nodes.forEach(function (n) {\n"
                + "    var li = document.createElement('p'); li.className = 'violation';\n"
                + "    li.textContent = v.id + ' (' + v.impact + '): ' + v.help + '\\n      at ' + n.target.join(' ') + '\\n      '\n"
                + "      + (n.failureSummary || '').replace(/\\n/g, ' ') + '\\n      ' + n.html;\n"
                + "    out.appendChild(li); }); });\n"
                + "  parent.postMessage({page: location.href, html: out.outerHTML}, '*');\n"
                + "}\n";
    }

    @Test
    void pagesPassAxeInLightModeOnDesktop() throws Exception {
        assertNoViolations(DESKTOP_LIGHT);
    }

    @Test
    void pagesPassAxeInDarkModeOnDesktop() throws Exception {
        assertNoViolations(DESKTOP_DARK);
    }

    @Test
    void pagesPassAxeOnAPhone() throws Exception {
        assertNoViolations(PHONE_LIGHT);
    }

    @Test
    void pagesPassAxeOnAPhoneInDarkMode() throws Exception {
        assertNoViolations(PHONE_DARK);
    }

    void assertNoViolations(Mode mode) throws Exception {
        Document dom = Jsoup.parse(dumpDom(mode));
        List<String> problems = new ArrayList<>();
        for (String page : CHECKED) {
            Element results = dom.selectFirst("div.axe-page[data-page=\"" + page + "\"] #axe-results");
            if (results == null) {
                problems.add(page + ": axe did not finish");
                continue;
            }
            if (!results.attr("data-error").isEmpty()) {
                problems.add(page + ": axe failed: " + results.attr("data-error"));
            }
            if (!results.attr("data-dark").equals(String.valueOf(mode.dark()))) {
                problems.add(page + ": the colour scheme was not emulated");
            }
            if (!results.attr("data-width").equals(String.valueOf(mode.width()))) {
                problems.add(page + ": the page was " + results.attr("data-width") + " px wide, not " + mode.width());
            }
            if (page.contains("search.html?q=") && Integer.parseInt(results.attr("data-results")) == 0) {
                problems.add(page + ": axe ran with no search results shown");
            }
            if (page.startsWith("site-quick-exit/") && !results.attr("data-quick-exit").equals("true")) {
                problems.add(page + ": the quick-exit button was not shown (" + results.attr("data-quick-exit") + ")");
            }
            if (Integer.parseInt(results.attr("data-passes")) < 5) {
                problems.add(page + ": axe passed only " + results.attr("data-passes") + " rules; did it check the page?");
            }
            for (Element v : results.select("p.violation")) {
                problems.add(page + ": " + v.wholeText());
            }
        }
        if (!problems.isEmpty()) {
            fail("axe-core found " + problems.size() + " problem(s) (" + mode.name() + "):\n" + String.join("\n", problems));
        }
    }

    /**
     * One Chromium run per mode: a harness page holds every page in an iframe of the mode's width
     * (a headless window cannot be narrower than 500 px, a frame can) and collects what each posts.
     */
    static String dumpDom(Mode mode) throws IOException, InterruptedException {
        StringBuilder harness = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>axe</title></head><body>\n");
        harness.append("<script>\nvar pages = ").append(CHECKED.size()).append(";\n")
                .append("window.addEventListener('message', function (e) {\n")
                .append("  var frames = document.querySelectorAll('iframe');\n")
                .append("  for (var i = 0; i < frames.length; i++) { if (frames[i].contentWindow === e.source) {\n")
                .append("    var d = document.createElement('div'); d.className = 'axe-page';\n")
                .append("    d.setAttribute('data-page', frames[i].getAttribute('data-page')); d.innerHTML = e.data.html;\n")
                .append("    document.body.appendChild(d); } }\n")
                .append("});\n</script>\n");
        for (String page : CHECKED) {
            harness.append("<iframe data-page=\"").append(page).append("\" src=\"").append(page)
                    .append("\" width=\"").append(mode.width()).append("\" height=\"").append(mode.height())
                    .append("\" style=\"border:0;display:block\"></iframe>\n");
        }
        harness.append("</body></html>\n");
        Path harnessFile = temp.resolve("harness.html");
        Files.writeString(harnessFile, harness.toString(), StandardCharsets.UTF_8);

        List<String> flags = mode.dark() ? List.of("--force-dark-mode", "--blink-settings=preferredColorScheme=0") : List.of();
        return HeadlessChromium.dumpDom(harnessFile.toUri(), Math.max(mode.width() + 40, 800), mode.height(), 60000, flags, temp);
    }

}
