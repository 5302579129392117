package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.findings.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDatesTest {

    @Test
    void aReviewDateAfterTheBuildsIsReported(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/safeguarding.md", "---\ntitle: Safeguarding\nkind: policy\nreviewed: 2031-04-01\nreview-every: 12 months\n---\nText.\n",
                "policies/data.md", "---\ntitle: Data\nkind: policy\nreviewed: 2026-04-01\nreview-every: 12 months\n---\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        Findings findings = new Findings();
        new ReviewDates(LocalDate.of(2026, 12, 5), findings).check(handbook);
        assertEquals(List.of("policies/safeguarding.md:4 review.future"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * The build's date fixed by the project (project.build.outputTimestamp, as a template or a release sets it) is named as
     * what may be out of date: a pantry network's pom dated 2023-01-01 had every true review date called future, and the
     * advice was only to change them.
     */
    @Test
    void aReviewAfterAFixedBuildDateNamesTheTimestamp(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/food.md", "---\ntitle: Food donations\nkind: policy\nreviewed: 2026-06-10\nreview-every: 2 years\n---\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        Findings findings = new Findings();
        new ReviewDates(LocalDate.of(2023, 1, 1), true, findings).check(handbook);
        var finding = findings.sorted().get(0);
        assertEquals("review.future", finding.code());
        assertEquals("this policy says it was reviewed on 2026-06-10, after the build's date (2023-01-01, from"
                + " project.build.outputTimestamp in pom.xml)", finding.message());
        assertEquals("set 'reviewed' to the date the review was held; its next review date follows from it; if it was held then,"
                + " the build's date is out of date: update project.build.outputTimestamp, which also dates the PDFs and the review"
                + " statuses", finding.fix());
    }

    /**
     * A chapter under document control (an owner, a version) is listed on the Documents register with its review's
     * status, so its review dates are checked as a policy's are: a future date, an overdue review, a period missing. One
     * without a review date is not told to add one: only policies and agreements must have one.
     */
    @Test
    void aControlledChaptersReviewDatesAreCheckedAsTheRegisterListsThem(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "toolkit/listening.md", "---\ntitle: Listening\nkind: chapter\nowner: Training lead\nreviewed: 2031-04-01\n"
                        + "review-every: 12 months\n---\nText.\n",
                "toolkit/boundaries.md", "---\ntitle: Boundaries\nkind: chapter\nowner: Training lead\nreviewed: 2024-01-10\n---\nText.\n",
                "toolkit/endings.md", "---\ntitle: Endings\nkind: chapter\nowner: Training lead\n---\nText.\n",
                "toolkit/games.md", "---\ntitle: Games\nkind: chapter\nreviewed: 2031-04-01\n---\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        Findings findings = new Findings();
        new ReviewDates(LocalDate.of(2026, 12, 5), findings).check(handbook);
        assertEquals(List.of("toolkit/boundaries.md:5 review.no-period", "toolkit/listening.md:5 review.future"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * A policy whose register keeps the next review's date (next_review) has its review checked from it: overdue at that
     * line, with no review.missing or review.no-period; a due date that reviewed and review-every do not make is told.
     */
    @Test
    void aDueDateGivenIsCheckedAndOneThatDisagreesIsTold(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/lone.md", "---\ntitle: Lone working\nkind: policy\nnext_review: 2026-10-01\n---\nText.\n",
                "policies/data.md", "---\ntitle: Data\nkind: policy\nreviewed: 2026-01-10\nnext-review: 2027-01-10\n---\nText.\n",
                "policies/cash.md", "---\ntitle: Cash\nkind: policy\nreviewed: 2026-03-01\nreview-every: 6 months\n"
                        + "next-review: 2027-03-01\n---\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        Findings findings = new Findings();
        new ReviewDates(LocalDate.of(2026, 12, 5), findings).check(handbook);
        assertEquals(List.of("policies/cash.md:6 review.dates-differ", "policies/lone.md:4 review.overdue"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void aReviewPeriodWrittenWrongIsNotAlsoMissingAndDaysReadWell(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/bad.md", "---\ntitle: Bad\nkind: policy\nreviewed: 2026-01-01\nreview-every: when needed\n---\nText.\n",
                "policies/late.md", "---\ntitle: Late\nkind: policy\nreviewed: 2025-12-04\nreview-every: 12 months\n---\nText.\n",
                "policies/today.md", "---\ntitle: Today\nkind: policy\nreviewed: 2025-12-05\nreview-every: 12 months\n---\nText.\n",
                "policies/blank.md", "---\ntitle: Blank\nkind: policy\nreviewed: 2026-01-01\nreview-every:\n---\nText.\n"));
        Findings findings = new Findings(); // one for the whole build, as HandbookBuild has it
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        new ReviewDates(LocalDate.of(2026, 12, 5), findings).check(handbook);
        assertEquals(List.of("policies/bad.md:5 front-matter.review-every", "policies/blank.md:4 review.no-period",
                        "policies/late.md:4 review.overdue", "policies/today.md:4 review.due-soon"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "front-matter.review-every has said what is wrong with bad.md's; blank.md's, left blank, had no finding at all");
        assertEquals(List.of("policy review was due on 2026-12-04 (1 day ago)", "policy review is due on 2026-12-05 (today)"),
                findings.sorted().stream().filter(f -> f.code().startsWith("review.") && !f.code().equals("review.no-period"))
                        .map(org.handbookpress.findings.Finding::message).toList());
    }

    @Test
    void aReviewDateWrittenWrongIsNotAlsoMissing(@TempDir Path dir) throws Exception {
        // A charity in the UK writes its dates day first: front-matter.date says what is wrong; "this policy has no
        // 'reviewed' date" at line 1 as well contradicted the line the author can see.
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/data.md", "---\ntitle: Data\nkind: policy\nreviewed: 02/02/2026\nreview-every: 12 months\n---\nText.\n",
                "policies/none.md", "---\ntitle: None\nkind: policy\n---\nText.\n",
                "policies/blank.md", "---\ntitle: Blank\nkind: policy\nreviewed:\nreview-every: 12 months\n---\nText.\n"));
        Findings findings = new Findings(); // one for the whole build, as HandbookBuild has it
        Handbook handbook = new ContentLoader(findings).load(content, HandbookConfig.defaults());
        new ReviewDates(LocalDate.of(2026, 12, 5), findings).check(handbook);
        assertEquals(List.of("policies/blank.md:1 review.missing", "policies/data.md:4 front-matter.date", "policies/none.md:1 review.missing"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    /**
     * A project's fixed build date (outputTimestamp) keeps the site's review statuses as of that day, so that rebuilds are
     * byte-identical; a review overdue by the day the build runs, though not by that date, is reported, where it was left
     * "up to date" with no finding at all (helper T's tenants' association handbook, its pom dated a month before).
     */
    @Test
    void aReviewOverdueByTheDayTheBuildRunsButNotByTheFixedDateIsReported(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "policies/repairs.md", "---\ntitle: Repairs\nkind: policy\nreviewed: 2025-11-20\nreview-every: 12 months\n---\nText.\n",
                "policies/rent.md", "---\ntitle: Rent\nkind: policy\nreviewed: 2026-06-01\nreview-every: 12 months\n---\nText.\n",
                "policies/old.md", "---\ntitle: Old\nkind: policy\nreviewed: 2025-01-10\nreview-every: 12 months\n---\nText.\n"));
        Handbook handbook = new ContentLoader(new Findings()).load(content, HandbookConfig.defaults());
        Findings findings = new Findings();
        new ReviewDates(LocalDate.of(2026, 11, 1), true, LocalDate.of(2026, 12, 7), findings).check(handbook);
        assertEquals(List.of("policies/old.md:4 review.overdue", "policies/repairs.md:4 review.overdue-today",
                        "policies/repairs.md:4 review.due-soon"),
                findings.sorted().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "the one overdue by either date once, the one due soon by the fixed date and overdue today also so; rent is neither");
        var today = findings.sorted().get(1);
        assertEquals("policy review was due on 2026-11-20, 17 days before today (2026-12-07), but the site shows its status on the"
                + " build's date (2026-11-01, from project.build.outputTimestamp in pom.xml), when it was not yet due", today.message());

        for (LocalDate runDay : new LocalDate[] {null, LocalDate.of(2026, 11, 1)}) {
            Findings alone = new Findings();
            new ReviewDates(LocalDate.of(2026, 11, 1), true, runDay, alone).check(handbook);
            assertEquals(List.of("review.overdue", "review.due-soon"), alone.sorted().stream().map(f -> f.code()).toList(),
                    "no day of the run, or the same day: the fixed date alone counts");
        }
        Findings notFixed = new Findings();
        new ReviewDates(LocalDate.of(2026, 11, 1), false, LocalDate.of(2026, 12, 7), notFixed).check(handbook);
        assertEquals(List.of("review.overdue", "review.due-soon"), notFixed.sorted().stream().map(f -> f.code()).toList(),
                "a build dated by the day it runs has no other day to tell");
    }

    /** Maven's goals give the build the day they run ({@code HandbookBuild.onTheDay}); a build without it, a test's, has none. */
    @Test
    void aBuildToldTheDayItRunsReportsWhatTheFixedDateHides(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of("handbook.yml", "title: Tenants\n",
                "index.md", "# Tenants\n\nWelcome.\n",
                "policies/repairs.md", "---\ntitle: Repairs\nkind: policy\nreviewed: 2025-11-20\nreview-every: 12 months\n---\nText.\n"));
        org.handbookpress.BuildOptions options = org.handbookpress.BuildOptions.of(content, dir.resolve("out"))
                .withTimestamp(java.time.Instant.parse("2026-11-01T00:00:00Z")).withoutPdfs();
        var told = new org.handbookpress.HandbookBuild(options, org.handbookpress.BuildLog.SILENT).onTheDay(LocalDate.of(2026, 12, 7)).run();
        assertEquals(List.of("policies/repairs.md:4 review.overdue-today"), told.findings().stream()
                .filter(f -> f.code().startsWith("review.overdue")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
        var untold = new org.handbookpress.HandbookBuild(options.withOutput(dir.resolve("out2")), org.handbookpress.BuildLog.SILENT).run();
        assertEquals(List.of(), untold.findings().stream().filter(f -> f.code().startsWith("review.overdue")).toList());
    }
}
