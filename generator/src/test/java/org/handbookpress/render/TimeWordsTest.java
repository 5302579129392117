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

    @Test
    void aLengthIsWrittenInThePagesLanguage() {
        assertEquals("15 хв", TimeWords.duration(15, UK));
        assertEquals("3 год", TimeWords.duration(180, UK));
        assertEquals("1 год 30 хв", TimeWords.duration(90, UK));
        assertEquals("1 godz. 30 min", TimeWords.duration(90, Locale.forLanguageTag("pl")));
        assertEquals("1h 30 min", TimeWords.duration(90, Locale.forLanguageTag("en-GB")));
        assertEquals("45 min", TimeWords.duration(45, Locale.forLanguageTag("en")));
        // The digits of the clock times beside it, not Arabic's own.
        assertEquals(true, TimeWords.duration(30, Locale.forLanguageTag("ar")).contains("30"));
    }
}
