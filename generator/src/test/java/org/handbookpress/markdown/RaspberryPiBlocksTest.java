package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Raspberry Pi Foundation's blocks, as its training modules for Code Club and CoderDojo volunteers write them
 * (raspberrypilearning/safeguarding-module): each was shown as its marker's text, "--- hints --- --- hint ---", and a
 * block's own front matter as a rule and a heading ("legend: Question 1 of 9").
 */
class RaspberryPiBlocksTest {

    @Test
    void aFoldTakesTheTitleItsFrontMatterGives() {
        Element c = FencedDivsTest.passes("""
                ## Kim

                --- collapse ---
                ---
                title: What should you do?
                ---

                Check on the young person **first**.

                --- /collapse ---

                After.
                """, new Findings()).content();
        Element fold = c.selectFirst("details");
        assertNotNull(fold, c.html());
        assertEquals("What should you do?", fold.selectFirst("summary").text(), c.html());
        assertEquals("first", fold.selectFirst("strong").text());
        assertFalse(fold.text().contains("After."), c.html());
        assertTrue(c.select("hr").isEmpty(), "the block's front matter is no rule: " + c.html());
        assertFalse(c.text().contains("---") || c.text().contains("title:"), c.html());
        assertEquals(List.of("Kim"), c.select("h2").eachText(), "nor a heading");
    }

    @Test
    void hintsFoldAndTheSaveMarkIsNotShown() {
        Element c = FencedDivsTest.passes("""
                --- hints ---
                --- hint ---

                Talk to your club organiser.

                --- /hint ---
                --- /hints ---

                --- save ---

                Next part.
                """, new Findings()).content();
        Element hint = c.selectFirst("details.hint");
        assertNotNull(hint, c.html());
        assertTrue(hint.text().contains("Talk to your club organiser."), c.html());
        assertFalse(c.text().contains("---") || c.text().contains("save"), c.html());
    }

    @Test
    void aQuestionIsABoxTitledByItsLegendWithItsChoicesAndFeedback() {
        Element c = FencedDivsTest.passes("""
                --- question ---
                ---
                legend: Question 1 of 9
                ---

                Is it good practice to be inclusive of all young people?

                --- choices ---
                - (x) Good practice

                  --- feedback ---
                  Yes: every young person is welcome.
                  --- /feedback ---

                - ( ) Poor practice
                --- /choices ---

                --- /question ---
                """, new Findings()).content();
        Element question = c.selectFirst("div.question");
        assertNotNull(question, c.html());
        assertEquals("Question 1 of 9", question.selectFirst(".fenced-div-title").text(), c.html());
        assertEquals(2, question.select("li").size(), c.html());
        assertTrue(question.selectFirst("li").text().contains("every young person is welcome"), c.html());
        assertFalse(c.text().contains("---") || c.text().contains("legend:"), c.html());
        assertTrue(c.select("h1, h2, hr").isEmpty(), c.html());
    }

    @Test
    void codeIsCodeInItsLanguageAndPrintOnlyPartsAreNotOnTheWeb() {
        Element c = FencedDivsTest.passes("""
                --- task ---
                Type this:

                --- code ---
                ---
                language: python
                filename: main.py
                ---
                # greet the club
                print("Hello")
                --- /code ---

                --- /task ---

                --- no-print ---
                Watch the video.
                --- /no-print ---

                --- print-only ---
                See the picture overleaf.
                --- /print-only ---
                """, new Findings()).content();
        Element code = c.selectFirst("pre code");
        assertNotNull(code, c.html());
        assertEquals("# greet the club\nprint(\"Hello\")", code.text().strip(), c.html());
        assertTrue(code.hasClass("language-python"), c.html());
        assertTrue(c.selectFirst("div:containsOwn(See the picture overleaf), div:has(> p:containsOwn(See the picture overleaf))")
                .hasAttr("hidden"), c.html());
        assertTrue(c.text().contains("Watch the video."));
        assertFalse(c.text().contains("---"), c.html());
    }

    @Test
    void anotherPagesRulesAndWordsBetweenDashesStayAsWritten() {
        Element c = FencedDivsTest.passes("""
                Before.

                --- not a block ---

                ```
                --- task ---
                ```
                """, new Findings()).content();
        assertTrue(c.text().contains("--- not a block ---"), c.html());
        assertEquals("--- task ---", c.selectFirst("pre code").text().strip(), "inside code, as written");
    }

    /**
     * An ingredient, a how-to the projects site shows folded in a step (raspberrypilearning/boat-race's
     * [[[generic-scratch3-duplicate-costumes]]], where-is-the-space-station's [[[generic-json]]]): it was read as a wiki link
     * to a page no handbook has, an error each, and such a project did not build.
     */
    @Test
    void anIngredientIsALinkToItsHowToOnTheProjectsSite() {
        Findings findings = new Findings();
        Element c = FencedDivsTest.passes("""
                --- task ---
                Make a variable called `lives`.

                [[[generic-scratch3-add-variable]]]

                --- /task ---

                ```
                [[[generic-json]]]
                ```
                """, findings).content();
        Element link = c.selectFirst("div.task a");
        assertNotNull(link, c.html());
        assertEquals("https://projects.raspberrypi.org/en/projects/generic-scratch3-add-variable", link.attr("href"));
        assertEquals("Scratch3 add variable", link.text());
        assertFalse(link.hasAttr(MarkdownConverter.WIKI), "no wiki link: " + link.outerHtml());
        assertEquals("[[[generic-json]]]", c.selectFirst("pre code").text().strip(), "in code, as written");
    }

    /**
     * A translation made with Crowdin escapes the dashes (raspberrypilearning/rock-paper-scissors' da-DK/step_5.md):
     * "\--- challenge \---" was shown as its text, "--- challenge ---", the box not made.
     */
    @Test
    void aMarkerWithItsDashesEscapedIsTheSameMarker() {
        Element c = FencedDivsTest.passes("""
                \\--- challenge \\---

                Draw the moves in letters.

                \\--- /challenge \\---

                After.
                """, new Findings()).content();
        Element box = c.selectFirst("div.challenge");
        assertNotNull(box, c.html());
        assertTrue(box.text().contains("Draw the moves"), c.html());
        assertFalse(box.text().contains("After.") || c.text().contains("---"), c.html());
    }
}
