package org.handbookpress.check;

import java.time.LocalDate;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.content.ReviewSchedule;
import org.handbookpress.findings.Findings;

/**
 * Review dates of policies and agreements, as of the build's date: an overdue review is a warning,
 * one due within {@value ReviewSchedule#DUE_SOON_DAYS} days a notice, a document with no review date
 * (or no review period) a warning.
 */
public final class ReviewDates {

    private final LocalDate today;
    /** Whether {@link #today} is the project's {@code project.build.outputTimestamp}, not the day the build runs. */
    private final boolean fixedDate;
    private final Findings findings;
    /**
     * The day the build runs, when {@link #today} is the project's fixed date and this is later; else null. A charity's
     * pom dated for byte-identical rebuilds (a template's or a release's outputTimestamp) froze every review status at
     * that date: a policy overdue by the calendar showed "up to date" and drew no finding (helper T's independent
     * tenants' association handbook, dated 2026-12-01, a month on).
     */
    private final LocalDate runDay;

    public ReviewDates(LocalDate today, Findings findings) {
        this(today, false, findings);
    }

    /** @param fixedDate whether {@code today} comes from {@code project.build.outputTimestamp} */
    public ReviewDates(LocalDate today, boolean fixedDate, Findings findings) {
        this(today, fixedDate, null, findings);
    }

    /**
     * @param fixedDate whether {@code today} comes from {@code project.build.outputTimestamp}
     * @param runDay    the day the build runs, to tell reviews overdue by then though not by a fixed {@code today}; null
     *                  for none (the build's date is the day it runs, or a test's fixed date alone counts)
     */
    public ReviewDates(LocalDate today, boolean fixedDate, LocalDate runDay, Findings findings) {
        this.today = today;
        this.fixedDate = fixedDate;
        this.runDay = fixedDate && runDay != null && runDay.isAfter(today) ? runDay : null;
        this.findings = findings;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            // A chapter under document control with a review date is listed on the Documents register with its
            // review's status, so its dates are checked as a policy's; only policies and agreements must have one.
            if (!page.kind().isReviewed() && !(page.isControlled() && (page.meta().reviewed() != null || page.meta().nextReview() != null))) {
                continue;
            }
            ReviewSchedule review = ReviewSchedule.of(page.meta(), today);
            // A due date the page gives is where its review's findings point, when it gives no last review.
            int line = page.meta().reviewed() == null && page.meta().nextReview() != null ? page.meta().lineOf("next-review")
                    : page.meta().lineOf("reviewed");
            switch (review.status()) {
                case OVERDUE -> findings.warning(page.path(), line, "review.overdue",
                        page.kind().id() + " review was due on " + review.nextReview() + " (" + days(-review.daysUntilDue()) + " ago)",
                        page.meta().nextReview() != null ? "review the document, set 'reviewed' to the date of the review and"
                                + " 'next-review' to the next one's (or remove it, and give 'review-every')"
                                : "review the document and set 'reviewed' to the date of the review");
                case DUE_SOON -> findings.notice(page.path(), line, "review.due-soon",
                        page.kind().id() + " review is due on " + review.nextReview()
                                + (review.daysUntilDue() == 0 ? " (today)" : " (in " + days(review.daysUntilDue()) + ")"),
                        "plan the review");
                case NOT_REVIEWED -> {
                    // A date written but not read (front-matter.date has said why, at its line: "02/02/2026") is not
                    // missing; a key left blank is.
                    if (!findings.holds(page.path(), line, "front-matter.date")) {
                        findings.warning(page.path(), 1, "review.missing", "this " + page.kind().id() + " has no 'reviewed' date",
                                "add 'reviewed: YYYY-MM-DD' and 'review-every: 12 months' to its front matter");
                    }
                }
                default -> {
                }
            }
            if (runDay != null && review.status() != ReviewSchedule.Status.OVERDUE) {
                ReviewSchedule byTheCalendar = ReviewSchedule.of(page.meta(), runDay);
                if (byTheCalendar.status() == ReviewSchedule.Status.OVERDUE) {
                    // The output keeps the fixed date (its bytes must not change with the day of the build); the finding
                    // says what the calendar does.
                    findings.warning(page.path(), line, "review.overdue-today", page.kind().id() + " review was due on "
                                    + byTheCalendar.nextReview() + ", " + days(-byTheCalendar.daysUntilDue()) + " before today ("
                                    + runDay + "), but the site shows its status on the build's date (" + today
                                    + ", from project.build.outputTimestamp in pom.xml), when it was not yet due",
                            "review the document and set 'reviewed' to the date of the review; and update"
                                    + " project.build.outputTimestamp to the day you publish (or remove it), so that the site"
                                    + " shows review statuses as of then");
                }
            }
            if (page.meta().reviewed() != null && page.meta().reviewed().isAfter(today)) {
                // A review not yet held (a typo in the year, or the planned date) would read "up to date" until long after.
                // The build's date fixed by the pom (a template's outputTimestamp, a release's) may be the one that is old:
                // a pantry network's project dated 2023-01-01 had every true review date called future, and was told to
                // change them all, and no review could become overdue.
                findings.warning(page.path(), line, "review.future", "this " + page.kind().id() + " says it was reviewed on "
                                + page.meta().reviewed() + ", after the build's date (" + today
                                + (fixedDate ? ", from project.build.outputTimestamp in pom.xml" : "") + ")",
                        "set 'reviewed' to the date the review was held; its next review date follows from it"
                                + (fixedDate ? "; if it was held then, the build's date is out of date: update project.build.outputTimestamp,"
                                        + " which also dates the PDFs and the review statuses" : ""));
            }
            // A review-every written but not read (front-matter.review-every has said why) is not missing; one left blank is.
            LocalDate worked = ReviewSchedule.workedOut(page.meta());
            if (worked != null && page.meta().nextReview() != null && !worked.equals(page.meta().nextReview())) {
                // Two sources of one date: the due date given wins, but one of them was not updated.
                findings.warning(page.path(), page.meta().lineOf("next-review"), "review.dates-differ", "this " + page.kind().id()
                                + " gives its next review as " + page.meta().nextReview() + ", but 'reviewed' and 'review-every' make it "
                                + worked + "; the date given is shown",
                        "correct whichever was not updated at the last review, or remove 'next-review' and let the build work it out");
            }
            if (page.meta().reviewed() != null && page.meta().reviewEvery() == null && page.meta().nextReview() == null
                    && !findings.holds(page.path(), page.meta().lineOf("review-every"), "front-matter.review-every")) {
                findings.warning(page.path(), line, "review.no-period", "this " + page.kind().id() + " has 'reviewed' but no 'review-every'",
                        "add e.g. 'review-every: 12 months' so the next review date can be shown");
            }
        }
    }

    private static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }
}
