package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A Raspberry Pi Foundation quiz's choices (raspberrypilearning/safeguarding-module's quiz1/question_1.md, scratch-led-game's
 * with feedback under each): each was shown as typed, "(x) Good practice", "( ) Poor practice", the answer given away
 * by its marker and the feedback of every choice shown at once.
 */
class QuizChoicesTest {

    private static Element content(String markdown) {
        PageHtml html = PageFixture.html("en/quiz1/question_1.md", markdown);
        new DivBoxes(PageLabels.english()).apply(html);
        new QuizChoices(PageLabels.english()).apply(html);
        return html.content();
    }

    @Test
    void eachChoiceLosesItsMarkerAndOpensOnWhetherItIsRightAndItsFeedback() {
        Element c = content("""
                --- question ---
                ---
                legend: Question 2 of 3
                ---

                Which wire goes to the ground pin?

                --- choices ---

                - ( ) The red one

                  --- feedback ---
                  Red is for the power.
                  --- /feedback ---

                - (x) The black one

                  --- feedback ---
                  Yes: black goes to ground.
                  --- /feedback ---

                --- /choices ---

                --- /question ---
                """);
        List<Element> choices = c.select("li.quiz-choice");
        assertEquals(2, choices.size(), c.html());
        assertEquals(List.of("The red one", "The black one"), c.select(".quiz-choice-text").eachText(), c.html());
        assertFalse(c.text().contains("(x)") || c.text().contains("( )"), c.html());
        Element wrong = choices.get(0).selectFirst("details.quiz-check");
        Element right = choices.get(1).selectFirst("details.quiz-check");
        assertNotNull(right, c.html());
        assertEquals("Check this answer", right.selectFirst("summary").text());
        // the summary is described by its choice, so that a screen reader says which choice it checks
        assertEquals(choices.get(1).selectFirst(".quiz-choice-text").id(), right.selectFirst("summary").attr("aria-describedby"));
        assertEquals("Right answer.", right.selectFirst(".quiz-right").text());
        assertTrue(right.text().contains("Yes: black goes to ground."), c.html());
        assertEquals("Not the right answer.", wrong.selectFirst(".quiz-wrong").text());
        assertTrue(wrong.text().contains("Red is for the power."), c.html());
        assertNull(choices.get(0).selectFirst(".quiz-choice-text .feedback"), "the feedback is in the fold, not shown with the choice");
    }

    @Test
    void aTightListWithoutFeedbackIsAQuizToo() {
        Element c = content("""
                --- choices ---
                - (x) Good practice
                - ( ) Poor practice
                --- /choices ---
                """);
        assertEquals(List.of("Good practice", "Poor practice"), c.select(".quiz-choice-text").eachText(), c.html());
        assertEquals(1, c.select(".quiz-right").size(), c.html());
        assertEquals(1, c.select(".quiz-wrong").size(), c.html());
    }

    @Test
    void aListWhoseItemsAreNotAllMarkedStaysAsWritten() {
        Element c = content("""
                --- choices ---
                - (x) Marked
                - Not marked
                --- /choices ---

                - ( ) outside a choices block
                """);
        assertTrue(c.select(".quiz-choice, details").isEmpty(), c.html());
        assertTrue(c.text().contains("(x) Marked") && c.text().contains("( ) outside"), c.html());
    }

    /**
     * raspberrypilearning/scratch-led-game's quiz1 writes a blank line before a question's front matter, and each choice's
     * feedback from the line's start under an indented marker: the legend was a rule and a heading ("legend: Question 1
     * of 3"), and the first feedback's words ended the list, the other choices shown as typed, "(x) …", with ":::" lines.
     */
    @Test
    void feedbackWrittenFromTheLinesStartIsItsChoicesAndTheLegendMayFollowABlankLine() {
        Element c = content("""
                --- question ---

                ---
                legend: Question 1 of 2
                ---

                Which leg of the buzzer is longer?

                --- choices ---

                - ( ) The one to ground.

                  --- feedback ---

                Look again: the shorter leg goes to ground.

                  --- /feedback ---

                - (x) The one to power.

                  --- feedback ---

                Yes, the long leg is the positive one.

                  --- /feedback ---

                --- /choices ---

                --- /question ---
                """);
        assertEquals("Question 1 of 2", c.selectFirst(".question .fenced-div-title").text(), c.html());
        assertTrue(c.select("hr, h1, h2").isEmpty(), c.html());
        assertEquals(List.of("The one to ground.", "The one to power."), c.select(".quiz-choice-text").eachText(), c.html());
        assertTrue(c.select(".quiz-choice").get(1).selectFirst("details").text().contains("the long leg is the positive one"), c.html());
        assertFalse(c.text().contains(":::") || c.text().contains("(x)") || c.text().contains("legend:"), c.html());
    }
}
