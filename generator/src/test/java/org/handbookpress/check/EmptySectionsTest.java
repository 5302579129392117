package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.io.TempDir;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Findings;

class EmptySectionsTest {

    private static List<String> check(String markdown) {
        Findings findings = new Findings();
        new EmptySections(findings, StandingHeadings.of(List.of())).apply(PageFixture.html("a.md", markdown));
        return findings.sorted().stream().map(f -> f.code() + "@" + f.line()).toList();
    }

    /** Minutes from one template: the page's findings, and the handbook's notice, with these other pages beside it. */
    private static List<String> checkAmong(String markdown, String... others) {
        List<EmptySections.OnPage> pages = new ArrayList<>();
        new EmptySections(pages::add).apply(PageFixture.html("minutes/a.md", markdown));
        for (int i = 0; i < others.length; i++) {
            new EmptySections(pages::add).apply(PageFixture.html("minutes/m" + i + ".md", others[i]));
        }
        Findings findings = new Findings();
        StandingHeadings standing = StandingHeadings.of(pages);
        EmptySections.report(pages.get(0), standing, findings);
        standing.report(findings);
        return findings.sorted().stream().map(f -> f.file() + ":" + f.line() + ":" + f.code()).toList();
    }

    private static final String MINUTES = """
            # Meeting of %s

            ## Present

            * Ana, Bryn

            ## Agenda

            ### Announcements

            ### Rota changes

            * Bryn takes Tuesdays.

            ## Any other business

            ## Next meeting
            """;

    /**
     * A heading that minutes made from one template keep and leave empty where there was nothing to record (no
     * announcement, no other business) is not a forgotten section: on three pages or more, no page is warned of it, and one
     * notice names it. OpenJS' minutes gave 209 such warnings. Left empty on one or two pages, a heading is still reported.
     */
    @Test
    void aHeadingEmptyOnManyPagesIsATemplatesStandingHeading() {
        String march = MINUTES.formatted("March");
        String april = MINUTES.formatted("April").replace("## Any other business\n", "## Any other business\n\nThe kettle is broken.\n");
        assertEquals(List.of("minutes/a.md:9:placeholder.empty-section", "minutes/a.md:15:placeholder.empty-section",
                        "minutes/a.md:17:placeholder.empty-section"),
                checkAmong(march, april), "two pages: each empty section is reported");
        assertEquals(List.of("minutes/a.md:9:placeholder.empty-standing", "minutes/a.md:15:placeholder.empty-section",
                        "minutes/a.md:17:placeholder.empty-standing"),
                checkAmong(march, april, MINUTES.formatted("May")),
                "'Announcements' is empty on three pages, and 'Next meeting' ends each; 'Any other business' is empty on two");
        assertEquals(List.of("minutes/a.md:9:placeholder.empty-standing", "minutes/a.md:15:placeholder.empty-standing",
                        "minutes/a.md:17:placeholder.empty-standing"),
                checkAmong(march, MINUTES.formatted("May"), MINUTES.formatted("June")));
    }

    /** The build says the standing heading once, and warns of none of its empty places. */
    @Test
    void aBuildSaysAStandingHeadingOnce(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("handbook.yml", "title: Committee\n");
        files.put("index.md", "# Committee\n\nOur minutes.\n");
        for (String month : List.of("march", "april", "may", "june")) {
            files.put("minutes/" + month + ".md", "# Meeting in " + month + "\n\n## Decisions\n\n* Keep the rota.\n\n"
                    + "## Any other business\n\n## Next meeting\n\nFirst Monday.\n");
        }
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("out"));
        assertEquals(List.of("minutes/april.md:7:placeholder.empty-standing"), result.findings().stream()
                .filter(f -> f.code().startsWith("placeholder.")).map(f -> f.file() + ":" + f.line() + ":" + f.code()).toList());
    }

    /** The placeholder findings of a check of these minutes, on {@code threads} threads. */
    private static List<String> placeholders(Path dir, Map<String, String> files, int threads) throws Exception {
        List<org.handbookpress.findings.Finding> found;
        try {
            found = new HandbookBuild(BuildOptions.of(TestHandbooks.write(dir, files), dir.resolve("out")).checkingOnly()
                    .withThreads(threads).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run().findings();
        } catch (BuildFailure e) {
            found = e.findings();
        }
        return found.stream().filter(f -> f.code().startsWith("placeholder."))
                .map(f -> f.file() + ":" + f.line() + ":" + f.code() + ": " + f.message().replaceAll(" is empty on .*", "")).toList();
    }

    /**
     * A standing heading is counted as the page's check reads it, whatever its syntax: a comment or a link's reference
     * under it leaves it empty, as does its being underlined, and its name is its text; a heading that is an entry of a
     * contents is no section, on any number of pages. (Counted from each page's Markdown, line by line, these minutes
     * had their three empty sections warned of on every page, and a notice for the contents' entry.)
     */
    @Test
    void aStandingHeadingIsCountedAsThePagesCheckReadsIt(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("handbook.yml", "title: Committee\n");
        files.put("index.md", "# Committee\n\nOur minutes.\n");
        for (String month : List.of("march", "april", "may")) {
            files.put("minutes/" + month + ".md", "# Meeting in " + month + "\n\n## Decisions\n\n* Keep the rota.\n\n"
                    + "## **Actions**\n<!-- none this time -->\n\n## Risks\n[register]: https://example.org/risks\n\n"
                    + "Any other business\n------------------\n\n## [All minutes](../index.md)\n");
        }
        assertEquals(List.of("minutes/april.md:7:placeholder.empty-standing: the section 'Actions'",
                        "minutes/april.md:10:placeholder.empty-standing: the section 'Risks'",
                        "minutes/april.md:13:placeholder.empty-standing: the section 'Any other business'"),
                placeholders(dir, files, 1));
    }

    /** Which page a standing heading is said on, the first in the pages' order, is the same on one thread and on two. */
    @Test
    void aStandingHeadingIsSaidOnTheSamePageOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("handbook.yml", "title: Committee\n");
        files.put("index.md", "# Committee\n\nOur minutes.\n");
        for (int week = 10; week < 50; week++) {
            // Every third week leaves the announcements empty, on a line of its own, and some leave the close empty.
            files.put("minutes/week-" + week + ".md", "# Week " + week + "\n\n" + "Notes.\n\n".repeat(week % 4)
                    + "## Announcements\n\n" + (week % 3 == 0 ? "" : "The hall is booked.\n\n") + "## Close\n"
                    + (week % 5 == 0 ? "" : "\nAt nine.\n"));
        }
        List<String> one = placeholders(dir.resolve("one"), files, 1);
        assertEquals(List.of("minutes/week-10.md:11:placeholder.empty-standing: the section 'Close'",
                "minutes/week-12.md:3:placeholder.empty-standing: the section 'Announcements'"), one);
        assertEquals(one, placeholders(dir.resolve("two"), files, 2));
    }

    /** A chapter template's heading written on most pages and forgotten on one is a forgotten section. */
    @Test
    void aHeadingFilledElsewhereAndEmptyOnOnePageIsReported() {
        String chapter = "# %s\n\nText.\n\n## Next steps\n\n%s\n\n## Further reading\n\nA book.\n";
        assertEquals(List.of("minutes/a.md:5:placeholder.empty-section"), checkAmong(chapter.formatted("One", ""),
                chapter.formatted("Two", "Call the office."), chapter.formatted("Three", "Book a room."),
                chapter.formatted("Four", "Ask a mentor.")));
    }

    @Test
    void theKeyReadsMarkdownAsItsTextReads() {
        assertEquals(StandingHeadings.key("Q&A, Other"), StandingHeadings.key("**Q&A**, other"));
    }

    @Test
    void headingFollowedBySameLevel() {
        assertEquals(List.of("placeholder.empty-section@1"), check("## Empty\n## Full\n\ntext\n"));
    }

    /** A heading used as a label over headings of its own level: the fix says how to put them under it. */
    @Test
    void aLabelOverHeadingsOfItsLevelIsToldToNestThem() {
        Findings findings = new Findings();
        new EmptySections(findings, StandingHeadings.of(List.of()))
                .apply(PageFixture.html("a.md", "## Discussion\n\n## Rota\n\ntext\n\n### Later\n\n## End\n\ntext\n"));
        assertEquals(List.of("write the section, or remove its heading; if the headings after it belong under it, make them a level lower",
                "write the section, or remove its heading"), findings.sorted().stream().map(f -> f.fix()).toList());
    }

    /**
     * A notes page with a heading per episode, most with nothing noted yet: one finding for each run of three or more
     * empty headings of one level, at its first; a shorter run is reported heading by heading.
     */
    @Test
    void anOutlineOfEmptyHeadingsIsOneFinding() {
        Findings findings = new Findings();
        new EmptySections(findings, StandingHeadings.of(List.of())).apply(PageFixture.html("a.md", """
                # Notes

                ## Welcome

                ## Listening

                ## Feedback

                ## Practice

                Run it twice.

                ## Lunch

                ## Wrap-up

                ## Homework

                Send the link.
                """));
        assertEquals(List.of("3: the 3 sections 'Welcome', 'Listening', 'Feedback', one after another, are empty:"
                        + " an outline of headings with nothing under them yet",
                "13: the section 'Lunch' is empty: the next heading, 'Wrap-up', follows directly",
                "15: the section 'Wrap-up' is empty: the next heading, 'Homework', follows directly"),
                findings.sorted().stream().map(f -> f.line() + ": " + f.message()).toList());
    }

    @Test
    void headingFollowedByHigherLevel() {
        assertEquals(List.of("placeholder.empty-section@5"), check("## One\n\ntext\n\n### Empty\n\n## Two\n\ntext\n"));
    }

    @Test
    void headingAtTheEndOfThePage() {
        assertEquals(List.of("placeholder.empty-section@5"), check("## One\n\ntext\n\n## Still to write\n"));
    }

    @Test
    void headingWithSubsectionsIsNotEmpty() {
        assertEquals(List.of(), check("## One\n\n### One.a\n\ntext\n"));
    }

    /** A contents written as headings, each a link (OWASP's testing guide): entries, not sections waiting for text. */
    @Test
    void headingsThatAreLinksAreEntriesOfAContents() {
        assertEquals(List.of(), check("""
                # Contents

                ## 0. [Foreword](0-Foreword/README.md)

                ## 1. [About](1-About/)

                ### 2.1 [The testing project](intro.md#the-testing-project)

                ### IV. [Reporting](reporting.md)

                ## [Appendix](appendix.md)
                """));
        assertEquals(List.of("placeholder.empty-section@1", "placeholder.empty-section@3"), check("""
                ## Using [Git](https://git-scm.com) every day

                ## See [the appendix](appendix.md)

                ## Next

                text
                """), "a heading with words beside its link is a section's title");
    }
}
