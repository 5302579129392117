package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.HeadlessChromium;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the built example handbook in headless Chromium,
 * at desktop and phone width, in light and dark mode ({@link AxeAudit}).
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
            "training/introduction-to-peer-mentoring.slides.html#/9", // its last slide, on a background of its own
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

    /**
     * A bookdown book whose parts group its chapters in the menu (names over lists, no links), on a page of a part and on
     * the home page, which lists every part whole.
     */
    static final List<String> PARTS_PAGES = List.of("index.html", "names.html");

    /** Every page checked, by its path from the temporary folder: {@code site/…}, {@code site-quick-exit/…}, {@code site-parts/…}. */
    static final List<String> CHECKED = java.util.stream.Stream.of(PAGES.stream().map(p -> "site/" + p),
            QUICK_EXIT_PAGES.stream().map(p -> "site-quick-exit/" + p), PARTS_PAGES.stream().map(p -> "site-parts/" + p))
            .flatMap(s -> s).toList();

    @TempDir
    static Path temp;
    static Path site;

    static AxeAudit audit;
    /** The four modes' runs, started together once the pages are ready, each test waiting for its own. */
    static Map<AxeAudit.Mode, CompletableFuture<Map<String, Element>>> runs;

    @BeforeAll
    static void buildAndInstrument() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path repo = Path.of(System.getProperty("handbook.repoRoot"));
        site = temp.resolve("site");
        copyTree(TestHandbooks.exampleWithMixedReviews(), site); // a copy: axe is added to its pages below

        Path quickContent = temp.resolve("content-quick-exit");
        copyTree(repo.resolve("content"), quickContent);
        Files.writeString(quickContent.resolve("handbook.yml"), "quick-exit: https://www.bbc.co.uk/weather\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        new HandbookBuild(BuildOptions.of(quickContent, temp.resolve("site-quick-exit")).withTimestamp(ThemeStructureTest.MIXED_REVIEWS)
                .withoutPdfs(), BuildLog.SILENT).run();
        for (String page : QUICK_EXIT_PAGES) {
            String html = Files.readString(temp.resolve("site-quick-exit").resolve(AxeAudit.withoutQuery(page)), StandardCharsets.UTF_8);
            assertTrue(html.contains("id=\"quick-exit\""), page + " has no quick-exit button");
        }
        Path parts = TestHandbooks.write(temp.resolve("content-parts"), Map.of(
                "handbook.yml", "title: Advanced rota\n",
                "_bookdown.yml", "rmd_files: [\"index.Rmd\", \"basics.Rmd\", \"names.Rmd\", \"advanced.Rmd\"]\n",
                "index.Rmd", "# Welcome {-}\n\nHello.\n",
                "basics.Rmd", "# (PART) Foundations {-}\n\n# Introduction {.unnumbered}\n\nFirst.\n",
                "names.Rmd", "# Names and values\n\nText.\n",
                "advanced.Rmd", "# (PART) Metaprogramming {-}\n\n# Quotation\n\nText.\n"));
        new HandbookBuild(BuildOptions.of(parts, temp.resolve("site-parts")).withTimestamp(ThemeStructureTest.MIXED_REVIEWS)
                .withoutPdfs(), BuildLog.SILENT).run();
        assertTrue(Files.readString(temp.resolve("site-parts/names.html"), StandardCharsets.UTF_8).contains("class=\"nav-group\""),
                "the parts' book has no group in its menu");
        audit = AxeAudit.instrument(temp, CHECKED);
        runs = audit.runEach(List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK, AxeAudit.PHONE_LIGHT, AxeAudit.PHONE_DARK));
    }

    public static void copyTree(Path from, Path to) throws IOException {
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

    @Test
    void pagesPassAxeInLightModeOnDesktop() throws Exception {
        assertNoViolations(AxeAudit.DESKTOP_LIGHT);
    }

    @Test
    void pagesPassAxeInDarkModeOnDesktop() throws Exception {
        assertNoViolations(AxeAudit.DESKTOP_DARK);
    }

    @Test
    void pagesPassAxeOnAPhone() throws Exception {
        assertNoViolations(AxeAudit.PHONE_LIGHT);
    }

    @Test
    void pagesPassAxeOnAPhoneInDarkMode() throws Exception {
        assertNoViolations(AxeAudit.PHONE_DARK);
    }

    void assertNoViolations(AxeAudit.Mode mode) throws Exception {
        Map<String, Element> results = AxeAudit.results(runs.get(mode));
        List<String> problems = new ArrayList<>(audit.problems(mode, results));
        results.forEach((page, result) -> {
            if (page.contains("search.html?q=") && Integer.parseInt(result.attr("data-results")) == 0) {
                problems.add(page + ": axe ran with no search results shown");
            }
            if (page.startsWith("site-quick-exit/") && !result.attr("data-quick-exit").equals("true")) {
                problems.add(page + ": the quick-exit button was not shown (" + result.attr("data-quick-exit") + ")");
            }
        });
        if (!problems.isEmpty()) {
            fail("axe-core found " + problems.size() + " problem(s) (" + mode.name() + "):\n" + String.join("\n", problems));
        }
    }
}
