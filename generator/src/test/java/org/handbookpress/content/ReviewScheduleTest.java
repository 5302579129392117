package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private static FrontMatter reviewed(LocalDate date, String every) {
        return FrontMatter.builder().title("P").kind(Kind.POLICY).reviewed(date).reviewEvery(ReviewPeriod.parse(every).orElseThrow()).build();
    }

    @Test
    void statusFollowsTheNextReviewDate() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(ReviewSchedule.Status.OVERDUE, ReviewSchedule.of(reviewed(LocalDate.of(2025, 11, 1), "12 months"), today).status());
        assertEquals(ReviewSchedule.Status.DUE_SOON, ReviewSchedule.of(reviewed(LocalDate.of(2025, 12, 10), "1 year"), today).status());
        assertEquals(ReviewSchedule.Status.CURRENT, ReviewSchedule.of(reviewed(LocalDate.of(2026, 5, 10), "12 months"), today).status());
        assertEquals(LocalDate.of(2028, 5, 10), ReviewSchedule.of(reviewed(LocalDate.of(2026, 5, 10), "2 years"), today).nextReview());
        assertEquals(ReviewSchedule.Status.NOT_REVIEWED, ReviewSchedule.of(FrontMatter.empty(), today).status());
    }

    /**
     * A register that keeps the date the next review is due (next_review, a credit union's and a compliance template's
     * policies) has its status from that date, with or without the last review's; without it such a policy was "not
     * reviewed" on the Documents page. The date given wins over one worked out from reviewed and review-every.
     */
    @Test
    void aDueDateGivenIsTheNextReview() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        FrontMatter dueOnly = FrontMatter.builder().title("P").kind(Kind.POLICY).nextReview(LocalDate.of(2026, 12, 1)).build();
        assertEquals(java.util.List.of(ReviewSchedule.Status.DUE_SOON, LocalDate.of(2026, 12, 1)),
                java.util.List.of(ReviewSchedule.of(dueOnly, today).status(), ReviewSchedule.of(dueOnly, today).nextReview()));
        assertEquals(null, ReviewSchedule.of(dueOnly, today).reviewed());
        FrontMatter both = reviewed(LocalDate.of(2025, 1, 1), "12 months").toBuilder().nextReview(LocalDate.of(2027, 6, 1)).build();
        assertEquals(ReviewSchedule.Status.CURRENT, ReviewSchedule.of(both, today).status(), "not overdue: the date given is June 2027");
        FrontMatter noPeriod = FrontMatter.builder().title("P").kind(Kind.POLICY).reviewed(LocalDate.of(2025, 1, 1))
                .nextReview(LocalDate.of(2026, 1, 1)).build();
        assertEquals(ReviewSchedule.Status.OVERDUE, ReviewSchedule.of(noPeriod, today).status());
    }

    @Test
    void aPeriodWrittenInWordsAsPoliciesSayIt() {
        // "This policy is reviewed annually": a federation's local groups wrote it so, and each page failed the build.
        for (String written : java.util.List.of("annually", "Yearly", "every year", "every 12 months")) {
            ReviewPeriod every = ReviewPeriod.parse(written).orElseThrow(() -> new AssertionError(written));
            assertEquals(java.util.List.of(java.time.Period.ofMonths(12), "12 months"), java.util.List.of(every.period(), every.text()), written);
        }
        assertEquals("3 months", ReviewPeriod.parse("quarterly").orElseThrow().text());
        assertEquals("2 years", ReviewPeriod.parse("every 2 years").orElseThrow().text());
        assertEquals(java.time.Period.ofYears(2), ReviewPeriod.parse("every 2 years").orElseThrow().period());
        assertEquals("6 months", ReviewPeriod.parse("6 months").orElseThrow().text(), "a period in numbers stays as written");
        assertEquals(java.util.Optional.empty(), ReviewPeriod.parse("now and then"));
        assertEquals(java.util.Optional.empty(), ReviewPeriod.parse("every 0 months"));
    }
}
