package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlidesPdfTest {

    @Test
    void aSlideOverflowsWhenTheNextStartsTwoPagesLater() {
        assertEquals(List.of(), SlidesPdf.overflowing(List.of(0, 1, 2, 3), 4));
        assertEquals(List.of(2), SlidesPdf.overflowing(List.of(0, 1, 3, 4), 5));
        assertEquals(List.of(4), SlidesPdf.overflowing(List.of(0, 1, 2, 3), 6), "the last slide against the page count");
        assertEquals(List.of(1, 3), SlidesPdf.overflowing(List.of(0, 2, 3, 5), 6));
    }
}
