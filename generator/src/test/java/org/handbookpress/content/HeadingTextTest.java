package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingTextTest {

    @Test
    void aTitleIsTheHeadingsTextNotItsMarkdown() {
        assertEquals("Handbook", HeadingText.of("Handbook [![CI](badge.svg)](https://ci.example.org)"));
        assertEquals("Our values", HeadingText.of("*Our* values"));
        assertEquals("Use mvn", HeadingText.of("Use `mvn`"));
        assertEquals("Safety & you", HeadingText.of("Safety &amp; you"));
    }

    @Test
    void aReadmeWithABadgeGivesAPlainTitle() {
        assertEquals("Handbook", ContentLoader.titleOf(FrontMatter.empty(), "# Handbook [![CI](badge.svg)](ci.html)\n\nText\n", "README.md"));
    }
}
