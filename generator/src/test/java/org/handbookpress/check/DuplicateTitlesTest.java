package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;

class DuplicateTitlesTest {

    private static Page page(String path, String title) {
        return new Page(path, path.replace(".md", ".html"), Path.of(path), FrontMatter.empty(), title, "# " + title + "\n", 1);
    }

    /** Checked with each page's folder as its section, as a handbook without folder labels names them. */
    private static List<String> check(List<Page> pages) {
        return check(pages, Page::folder);
    }

    private static List<String> check(List<Page> pages, java.util.function.Function<Page, String> sectionOf) {
        Findings findings = new Findings();
        new DuplicateTitles(findings, sectionOf).check(new Handbook(Path.of("content"), HandbookConfig.defaults(), pages, List.of()));
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
    }

    @Test
    void aFewPagesOfOneTitleInASectionAreEachReported() {
        assertEquals(List.of("a/setup-2.md:1 this page has the same title as a/setup.md, in the same section: 'Setup'",
                        "a/setup-3.md:1 this page has the same title as a/setup.md, in the same section: 'Setup'"),
                check(List.of(page("a/setup.md", "Setup"), page("a/setup-2.md", "Setup"), page("a/setup-3.md", "setup "),
                        page("a/other.md", "Other"), page("b/setup.md", "Setup"))).stream().map(s -> s.replace("'setup '", "'Setup'")).toList());
    }

    /**
     * A federation's groups each with their "Transport Policy": the menu, search and the register name each one's
     * sections, so they are told apart; two sections named alike (two groups both called "Bala") are not.
     */
    @Test
    void pagesOfOneTitleInSectionsOfDifferentNamesAreNotReported() {
        List<Page> pages = List.of(page("groups/bala/transport.md", "Transport Policy"), page("groups/aberdar/transport.md", "Transport Policy"),
                page("groups/bala-north/transport.md", "Transport Policy"));
        assertEquals(List.of(), check(pages));
        assertEquals(List.of("groups/bala-north/transport.md:1 this page has the same title as groups/bala/transport.md, in the same section:"
                        + " 'Transport Policy'"),
                check(pages, p -> p.folder().startsWith("groups/bala") ? "Groups › Bala" : "Groups › Aberdâr"));
    }

    /** A course whose every sprint has its "prep" page: one finding for the title, not one for each sprint. */
    @Test
    void manyPagesOfOneTitleAreReportedOnceWithACount() {
        List<Page> pages = new ArrayList<>();
        for (int sprint = 1; sprint <= 6; sprint++) {
            pages.add(page("sprints/" + sprint + "/prep.md", "prep"));
        }
        assertEquals(List.of("sprints/2/prep.md:1 6 pages of one section have the title 'prep': sprints/1/prep.md, this page,"
                + " sprints/3/prep.md, sprints/4/prep.md, sprints/5/prep.md and 1 more"), check(pages, p -> "Sprints"));
        assertEquals(List.of(), check(pages), "in sprints named apart, as the menu shows them");
    }
}
