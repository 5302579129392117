package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.handbookpress.content.ReviewPeriod;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Test
    void aReviewPeriodIsWrittenInThePagesLanguageWithItsPluralForms() {
        assertEquals("12 місяців", TimeWords.period(ReviewPeriod.parse("12 months").orElseThrow(), UK));
        assertEquals("2 роки", TimeWords.period(ReviewPeriod.parse("2 years").orElseThrow(), UK));
        assertEquals("1 рік", TimeWords.period(ReviewPeriod.parse("1 year").orElseThrow(), UK));
        assertEquals("6 тижнів", TimeWords.period(ReviewPeriod.parse("6 weeks").orElseThrow(), UK));
        assertEquals("12\u00a0mois", TimeWords.period(ReviewPeriod.parse("12 months").orElseThrow(), Locale.FRENCH));
        // English shows what the author wrote, as before.
        assertEquals("12 Months", TimeWords.period(ReviewPeriod.parse("12 Months").orElseThrow(), Locale.forLanguageTag("en-GB")));
    }
}
