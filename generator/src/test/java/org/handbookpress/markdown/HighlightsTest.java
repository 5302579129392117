package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static PageHtml highlighted(String markdown) {
        PageHtml html = PageFixture.html("a.md", markdown);
        new Highlights().apply(html);
        return html;
    }

    @Test
    void equalsSignsAroundWordsMarkThem() {
        PageHtml html = highlighted("Call ==before nine== on ==Mondays==, and *==never==* after.\n");
        assertEquals(List.of("before nine", "Mondays", "never"), html.content().select("mark").eachText());
        assertEquals("Call before nine on Mondays, and never after.", html.content().text());
    }

    @Test
    void manyUnclosedSignsAreLookedThroughInLinearTime() {
        PageHtml page = PageFixture.html("a.md", "==a ".repeat(50_000) + "\n");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> new Highlights().apply(page));
        assertEquals(List.of(), page.content().select("mark").eachText());
    }

    @Test
    void comparisonsCodeAndRulesStayAsWritten() {
        PageHtml html = highlighted("If a == b, or x ==y, or ===, then `==code==` stays.\n\n```\n==block==\n```\n");
        assertEquals(List.of(), html.content().select("mark").eachText());
        assertEquals("==code==", html.content().selectFirst("code").text());
    }
}
