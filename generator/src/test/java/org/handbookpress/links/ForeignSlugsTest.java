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
    void redcarpetSlugsTheHeadingAsHtmlSoAnApostropheLeavesItsDigits() {
        assertEquals("deploying-a-39-hello-world-39-application", ForeignSlugs.redcarpet("Deploying a 'Hello World' application"));
        assertEquals("ground-rules-amp-expectations", ForeignSlugs.redcarpet("Ground Rules & Expectations"));
        assertEquals("caf-menu", ForeignSlugs.redcarpet("Café Menu"));
        assertEquals("set_up-the-cli", ForeignSlugs.redcarpet("Set_up the CLI!"));
        assertEquals("", ForeignSlugs.redcarpet("١٢٣"));
    }

    @Test
    void repeatedHeadingsAreNumberedAsTheToolsNumberThem() {
        ForeignSlugs.Counter counter = new ForeignSlugs.Counter();
        assertEquals(Set.of("q--a", "q-and-a", "q-amp-a"), counter.of("Q & A"));
        assertEquals(Set.of("q--a-1", "q-and-a-1", "q-amp-a-1"), counter.of("Q & A"));
        assertEquals(List.of("v10", "v1.0", "v1-0"), List.copyOf(counter.of("v1.0")));
    }
}
