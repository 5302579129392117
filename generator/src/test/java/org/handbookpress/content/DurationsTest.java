package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"15 min,15", "1h,60", "1h 30 min,90", "1h30m,90", "1.5 hours,90", "90 minutes,90", "6h,360", "2 hrs,120"})
    void parsesWhatFacilitatorsWrite(String text, int minutes) {
        assertEquals(minutes, Durations.minutes(text).getAsInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "h", "15", "ten minutes"})
    void rejectsWhatIsNotADuration(String text) {
        assertTrue(Durations.minutes(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"45,45 min", "60,1h", "90,1h 30 min"})
    void formatsForReading(int minutes, String text) {
        assertEquals(text, Durations.format(minutes));
    }
}
