package org.handbookpress.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a policy or agreement was reviewed, when it is next due, and where that leaves it today.
 * "Today" is the build's date, which comes from {@code project.build.outputTimestamp} when set,
 * so that a rebuild of the same input gives the same pages.
 */
public record ReviewSchedule(LocalDate reviewed, LocalDate nextReview, Status status, long daysUntilDue) {

    /** Due within this many days is flagged as coming up. */
    public static final int DUE_SOON_DAYS = 30;

    public enum Status {
        CURRENT, DUE_SOON, OVERDUE, NOT_REVIEWED;

        /** Its name in the theme's labels and classes: {@code due-soon}, shown as the label {@code review.due-soon}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The next review is the date the page gives ({@code next-review}), else {@code review-every} after {@code reviewed}:
     * a register that keeps the due date, with or without the last review's, has its status worked out from it.
     */
    public static ReviewSchedule of(FrontMatter meta, LocalDate today) {
        if (meta.reviewed() == null && meta.nextReview() == null) {
            return new ReviewSchedule(null, null, Status.NOT_REVIEWED, 0);
        }
        LocalDate next = meta.nextReview() != null ? meta.nextReview() : workedOut(meta);
        if (next == null) {
            return new ReviewSchedule(meta.reviewed(), null, Status.CURRENT, Long.MAX_VALUE);
        }
        long days = ChronoUnit.DAYS.between(today, next);
        Status status = days < 0 ? Status.OVERDUE : days <= DUE_SOON_DAYS ? Status.DUE_SOON : Status.CURRENT;
        return new ReviewSchedule(meta.reviewed(), next, status, days);
    }

    /** The next review {@code reviewed} and {@code review-every} make, whatever date the page gives; null without both. */
    public static LocalDate workedOut(FrontMatter meta) {
        return meta.reviewed() == null || meta.reviewEvery() == null ? null : meta.reviewEvery().after(meta.reviewed());
    }
}
