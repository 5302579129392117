package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlideFitsTest {

    @Test
    void aSlideIsPrintedAtTheLargestStepItFitsAtAndNeverUnder70Percent() {
        assertEquals(90, SlideFits.step(1.2), "it fits, but a line was pushed onto the next page");
        assertEquals(90, SlideFits.step(0.93));
        assertEquals(80, SlideFits.step(0.8));
        assertEquals(70, SlideFits.step(0.71));
        assertEquals(70, SlideFits.step(0.4), "the smallest, then cut off");
    }
}
