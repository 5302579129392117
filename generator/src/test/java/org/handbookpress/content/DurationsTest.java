package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"15 min,15", "1h,60", "1h 30 min,90", "1h30m,90", "1.5 hours,90", "90 minutes,90", "6h,360", "2 hrs,120",
            // The hours and two-digit minutes of a timetable, as British and French plans write them.
            "1h30,90", "2h05,125", "1 h 30,90"})
    void parsesWhatFacilitatorsWrite(String text, int minutes) {
        assertEquals(minutes, Durations.minutes(text).getAsInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "h", "15", "ten minutes", "1h3", "1h300", "30 1h"})
    void rejectsWhatIsNotADuration(String text) {
        assertTrue(Durations.minutes(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"45,45 min", "60,1h", "90,1h 30 min"})
    void formatsForReading(int minutes, String text) {
        assertEquals(text, Durations.format(minutes));
    }

    @ParameterizedTest
    @CsvSource({"9999999999 min", "99999999999999999999h", "2147483647h"})
    void aLengthTooLongForAnIntIsTheLongestOneNotACrash(String text) {
        assertEquals(Integer.MAX_VALUE, Durations.minutes(text).getAsInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|1440|is zero", "1441|1440|is longer than 24h", "99999|10080|is longer than 7 days",
            "2147483647|1440|is longer than 24h"})
    void absurdLengthsAreNamed(int minutes, int max, String why) {
        assertEquals(why, Durations.outOfRange(minutes, max).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"1,1440", "1440,1440", "10080,10080"})
    void sensibleLengthsPass(int minutes, int max) {
        assertTrue(Durations.outOfRange(minutes, max).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5 min", "-1h", "- 2h"})
    void negativeLengthsAreNoLengths(String text) {
        assertTrue(Durations.minutes(text).isEmpty());
    }
}
