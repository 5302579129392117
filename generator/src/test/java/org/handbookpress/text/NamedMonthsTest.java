package org.handbookpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamedMonthsTest {

    @Test
    void aMonthIsKnownByItsNameInTheThemesLanguagesInAnyCase() {
        assertEquals(Optional.of(Month.SEPTEMBER), NamedMonths.of("Sept."));
        assertEquals(Optional.of(Month.JANUARY), NamedMonths.of("JAN"));
        assertEquals(Optional.of(Month.MAY), NamedMonths.of("Mai"));
        assertEquals(Optional.of(Month.AUGUST), NamedMonths.of("août"));
        assertEquals(Optional.of(Month.DECEMBER), NamedMonths.of("Rhagfyr"));
        assertEquals(Optional.of(Month.MARCH), NamedMonths.of("marca")); // Polish, as a date names it ("3 marca")
        assertEquals(Optional.of(Month.MARCH), NamedMonths.of("marzec")); // and as it stands alone
        assertEquals(Optional.of(Month.NOVEMBER), NamedMonths.of("листопада"));
    }

    @Test
    void aWordThatIsNoMonthIsNone() {
        assertEquals(Optional.empty(), NamedMonths.of("Smarch"));
        assertEquals(Optional.empty(), NamedMonths.of("V")); // a one-letter abbreviation is no name an author writes
    }
}
