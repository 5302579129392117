package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private static FrontMatter reviewed(LocalDate date, String every) {
        return new FrontMatter("P", Kind.POLICY, null, null, date, ReviewPeriod.parse(every).orElseThrow(), null, null, null,
                false, true, null, Map.of());
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
}
