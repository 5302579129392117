package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boxes, folds and tabs of pages written for other tools (MkDocs, Docusaurus, Obsidian, MyST, kramdown and
 * the Carpentries, Pandoc) pass axe-core as the format's own do: the theme styles classes the example handbook
 * never uses (a danger box, a folded Obsidian callout, a solution, a tab), in both colour schemes and on a phone.
 */
class BorrowedSyntaxAccessibilityTest {

    static final List<String> PAGES = List.of("docusaurus", "hugo", "kramdown", "mkdocs", "myst", "obsidian", "pandoc");

    @TempDir
    Path temp;

    @Test
    void borrowedBoxesFoldsAndTabsPassAxeInEveryMode() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = Path.of(getClass().getResource("/handbooks/borrowed-syntax/content").toURI());
        Path site = temp.resolve("site");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        assertEquals(List.of("guide/obsidian.md:36 image.remote-page"),
                result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "the pages are read without a finding but the video's");
        assertConverted(site);

        List<String> pages = PAGES.stream().map(p -> "site/guide/" + p + ".html").toList();
        AxeAudit audit = AxeAudit.instrument(temp, pages);
        List<String> problems = new ArrayList<>();
        var runs = audit.runEach(List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK, AxeAudit.PHONE_LIGHT, AxeAudit.PHONE_DARK));
        for (AxeAudit.Mode mode : runs.keySet()) {
            Map<String, Element> results = AxeAudit.results(runs.get(mode));
            audit.problems(mode, results).forEach(p -> problems.add(mode.name() + ": " + p));
            problems.addAll(looksApart(mode, results));
        }
        if (!problems.isEmpty()) {
            fail("axe-core found " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }

    /**
     * Each of the five looks of a box is shown in a background of its own, the same on every page: a warning box
     * that the browser paints in the note's colours has lost its look (a rule of higher specificity once did it).
     */
    static List<String> looksApart(AxeAudit.Mode mode, Map<String, Element> results) {
        Map<String, java.util.Set<String>> backgrounds = new java.util.TreeMap<>();
        for (Element result : results.values()) {
            for (String pair : result.attr("data-box-looks").split(";")) {
                if (!pair.isEmpty()) {
                    backgrounds.computeIfAbsent(pair.substring(0, pair.indexOf('=')), k -> new java.util.TreeSet<>())
                            .add(pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (!backgrounds.keySet().equals(java.util.Set.of("box-note", "box-tip", "box-important", "box-warning", "box-caution"))) {
            problems.add(mode.name() + ": the pages should show boxes of all five looks, but show " + backgrounds.keySet());
        }
        Map<String, String> lookOf = new java.util.HashMap<>();
        backgrounds.forEach((look, colours) -> {
            if (colours.size() != 1) {
                problems.add(mode.name() + ": " + look + " boxes are shown in more than one background: " + colours);
            }
            for (String colour : colours) {
                String other = lookOf.putIfAbsent(colour, look);
                if (other != null) {
                    problems.add(mode.name() + ": " + other + " and " + look + " boxes share the background " + colour);
                }
            }
        });
        return problems;
    }

    /** What axe looks at is the converted markup, not the source's markers left as text. */
    static void assertConverted(Path site) throws Exception {
        for (String page : PAGES) {
            Document doc = Jsoup.parse(Files.readString(site.resolve("guide/" + page + ".html"), StandardCharsets.UTF_8));
            String text = doc.selectFirst("main").text();
            for (String marker : List.of("!!!", "???", ":::", "[!", "{note}", "{: ", "markdown=", "{{", "{ref}", "{abbr}", ")=", "{tab-item}")) {
                assertTrue(!text.contains(marker), page + " shows its source's " + marker + ": " + text);
            }
        }
        Document mkdocs = Jsoup.parse(Files.readString(site.resolve("guide/mkdocs.html"), StandardCharsets.UTF_8));
        assertEquals(3, mkdocs.select("main details").size(), "two ??? folds and one ???+");
        assertEquals(2, mkdocs.select("main .tab").size());
        Document obsidian = Jsoup.parse(Files.readString(site.resolve("guide/obsidian.html"), StandardCharsets.UTF_8));
        assertEquals("A quick reminder", obsidian.selectFirst(".callout-note .callout-title").text());
        assertEquals(2, obsidian.select("main details.callout").size());
        assertEquals(2, obsidian.select("main div.callout-question div.callout").size(), "nested callouts: " + obsidian.selectFirst("main"));
        assertEquals(List.of("Seating", "fire doors", "Pandoc pages", "https://www.youtube.com/watch?v=example"),
                obsidian.select("main p a").eachText().subList(2, 6), "every link has a name to read out");
        assertEquals("", obsidian.selectFirst("main img[src$=grid.svg]").attr("alt"));
        Document hugo = Jsoup.parse(Files.readString(site.resolve("guide/hugo.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("box-note", "box-warning", "box-caution", "box-tip", "box-important"),
                hugo.select("main div.fenced-div[class*=box-]").stream()
                        .map(e -> e.classNames().stream().filter(c -> c.startsWith("box-")).findFirst().orElseThrow()).toList());
        assertEquals(2, hugo.select("main div.tabs > div.tab").size());
        assertEquals("The room plan", hugo.selectFirst("main figure figcaption").text());
        assertEquals("title: Session plan", hugo.selectFirst("main pre code.language-yaml").text());
        assertEquals(List.of("sign-up form", "read the notes"), hugo.select("main p a").eachText().subList(0, 2));
        Document kramdown = Jsoup.parse(Files.readString(site.resolve("guide/kramdown.html"), StandardCharsets.UTF_8));
        assertEquals(2, kramdown.select("main details").size(), "the solution and the hint fold");
    }
}
