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

    private static List<String> check(List<Page> pages) {
        Findings findings = new Findings();
        new DuplicateTitles(findings).check(new Handbook(Path.of("content"), HandbookConfig.defaults(), pages, List.of()));
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
    }

    @Test
    void aFewPagesOfOneTitleAreEachReported() {
        assertEquals(List.of("b/setup.md:1 this page has the same title as a/setup.md: 'Setup'",
                        "c/setup.md:1 this page has the same title as a/setup.md: 'Setup'"),
                check(List.of(page("a/setup.md", "Setup"), page("b/setup.md", "Setup"), page("c/setup.md", "setup "),
                        page("d/other.md", "Other"))).stream().map(s -> s.replace("'setup '", "'Setup'")).toList());
    }

    /** A course whose every sprint has its "prep" page: one finding for the title, not one for each sprint. */
    @Test
    void manyPagesOfOneTitleAreReportedOnceWithACount() {
        List<Page> pages = new ArrayList<>();
        for (int sprint = 1; sprint <= 6; sprint++) {
            pages.add(page("sprints/" + sprint + "/prep.md", "prep"));
        }
        assertEquals(List.of("sprints/2/prep.md:1 6 pages have the title 'prep': sprints/1/prep.md, this page, sprints/3/prep.md,"
                + " sprints/4/prep.md, sprints/5/prep.md and 1 more"), check(pages));
    }
}
