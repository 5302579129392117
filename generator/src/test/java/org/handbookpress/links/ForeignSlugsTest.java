package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForeignSlugsTest {

    @Test
    void githubKeepsAHyphenForEverySpaceAndDropsPunctuation() {
        assertEquals("ground-rules--expectations", ForeignSlugs.github("Ground Rules & Expectations"));
        assertEquals("wheres-the---operator", ForeignSlugs.github("Where’s the -> Operator?"));
        assertEquals("step_1---before-the-session", ForeignSlugs.github("Step_1 - Before the session"));
        assertEquals("قائمة-تحقّق-قبل-أن-تساهم", ForeignSlugs.github("قائمة تحقّق قبل أن تساهم"));
        assertEquals("café-menu", ForeignSlugs.github("Café Menu"));
    }

    @Test
    void pandocKeepsPeriodsAndStartsAtTheFirstLetter() {
        assertEquals("ground-rules--expectations", ForeignSlugs.pandoc("Ground Rules & Expectations"));
        assertEquals("version-2.1-changes", ForeignSlugs.pandoc("1. Version 2.1 changes"));
        assertEquals("section", ForeignSlugs.pandoc("2024"));
    }

    @Test
    void kramdownKeepsOnlyAsciiLettersAndDigits() {
        assertEquals("ground-rules--expectations", ForeignSlugs.kramdown("Ground Rules & Expectations"));
        assertEquals("caf-menu", ForeignSlugs.kramdown("Café Menu"));
        assertEquals("section", ForeignSlugs.kramdown("١٢٣"));
    }

    @Test
    void eleventySpellsAmpersandsAndTakesAccentsOff() {
        assertEquals("meals-and-incidental-expenses-m-and-ie", ForeignSlugs.eleventy("Meals and Incidental Expenses (M&IE)"));
        assertEquals("cafe-menu-whats-on", ForeignSlugs.eleventy("Café Menu — What’s on?"));
        assertEquals("", ForeignSlugs.eleventy("١٢٣"));
    }

    @Test
    void repeatedHeadingsAreNumberedAsTheToolsNumberThem() {
        ForeignSlugs.Counter counter = new ForeignSlugs.Counter();
        assertEquals(Set.of("q--a", "q-and-a"), counter.of("Q & A"));
        assertEquals(Set.of("q--a-1", "q-and-a-1"), counter.of("Q & A"));
        assertEquals(List.of("v10", "v1.0", "v1-0"), List.copyOf(counter.of("v1.0")));
    }
}
