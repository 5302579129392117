package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The first slide looks like the deck's title only when it is written as one. */
class TitleSlideTest {

    @Test
    void aFirstSlideWrittenAsATitleIsOne() {
        assertTrue(new Slide(1, 1, "Listening well", "<h1>Listening well</h1>", "").titleSlide());
        assertTrue(new Slide(1, 1, "Listening well", "<h2>Listening well</h2>\n<p>Volunteer training, part 2</p>", "").titleSlide());
        assertTrue(new Slide(1, 1, "Welcome", "<h1>Welcome</h1>\n<ul><li>Who we are</li></ul>", "").titleSlide(), "a # heading is a title");
    }

    @Test
    void aFirstSlideOfContentOrAnyOtherSlideIsNot() {
        assertFalse(new Slide(1, 1, "What we will cover", "<h2>What we will cover</h2>\n<ul><li>Boundaries</li></ul>", "").titleSlide());
        assertFalse(new Slide(1, 1, "Rota", "<h2>Rota</h2>\n<table><tr><td>Mon</td></tr></table>", "").titleSlide());
        assertFalse(new Slide(2, 9, "Listening well", "<h1>Listening well</h1>", "").titleSlide());
    }
}
