package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void numbersCompareAsNumbersNotText() {
        List<String> versions = new ArrayList<>(List.of("1.10", "v2", "1.9", "1.2.1", "1.2", "10"));
        versions.sort(VersionOrder.INSTANCE);
        assertEquals(List.of("1.2", "1.2.1", "1.9", "1.10", "v2", "10"), versions);
    }

    @Test
    void aPrefixOrLeadingZeroIsNotPartOfTheNumber() {
        assertEquals(0, VersionOrder.INSTANCE.compare("Version 3", "3"));
        assertEquals(0, VersionOrder.INSTANCE.compare("03.1", "3.1"));
        assertTrue(VersionOrder.INSTANCE.compare("2.1", "2.beta") > 0);
    }
}
