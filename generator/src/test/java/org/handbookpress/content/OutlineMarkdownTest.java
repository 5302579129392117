package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Outline's export, read as Outline reads it, with the page's lines kept. */
class OutlineMarkdownTest {

    private static void sameLines(String before, String after) {
        assertEquals(before.split("\n", -1).length, after.split("\n", -1).length, after);
    }

    @Test
    void emptyParagraphsAreBlankLines() {
        String page = "# Induction\n\n\\\n1. Read this.\n\n\\\n\\\n\nLast.\nA line\\\nbroken.\n";
        String read = OutlineMarkdown.apply(page);
        assertEquals("# Induction\n\n\n1. Read this.\n\n\n\n\nLast.\nA line\\\nbroken.\n", read);
        sameLines(page, read);
    }

    @Test
    void aBackslashLineAfterTextIsALineBreakAndStays() {
        String page = "First line\n\\\nsecond line\n";
        assertSame(page, OutlineMarkdown.apply(page));
    }

    @Test
    void toggleBlocksFoldTitledByTheirFirstParagraph() {
        String page = "+++\nWhat if a session is cancelled?\n\nTell your coordinator.\n\n+++\n";
        String read = OutlineMarkdown.apply(page);
        assertEquals("::: details What if a session is cancelled?\n\n\nTell your coordinator.\n\n:::\n", read);
        sameLines(page, read);
    }

    @Test
    void nestedTogglesAndHeadingTitles() {
        String page = "++++\n## Expenses\n\nClaim within 30 days.\n\n+++\nWhat counts?\n\nTravel.\n\n+++\n\n++++\n";
        String read = OutlineMarkdown.apply(page);
        assertEquals(":::: details Expenses\n\n\nClaim within 30 days.\n\n::: details What counts?\n\n\nTravel.\n\n:::\n\n::::\n", read);
        sameLines(page, read);
    }

    @Test
    void aTitleWithBracesGoesInBrackets() {
        assertEquals("::: details[Use {name}]\n\n\nText.\n:::", OutlineMarkdown.apply("+++\nUse {name}\n\nText.\n+++"));
    }

    @Test
    void aLonePlusLineOrOneInCodeStaysText() {
        String lone = "Before\n\n+++\n\nAfter, never closed.\n";
        assertSame(lone, OutlineMarkdown.apply(lone));
        String code = "```\n+++\nx\n+++\n```\n";
        assertSame(code, OutlineMarkdown.apply(code));
    }

    @Test
    void mentionsAreTheirNames() {
        String page = "Ask @[Sam Okafor](mention://6f1c/user/0b1c) or read @[First session](mention://1111/document/abcDEF).\n";
        assertEquals("Ask @Sam Okafor or read First session.\n", OutlineMarkdown.apply(page));
    }

    @Test
    void thousandsOfTogglesOneInsideAnotherAreReadInLinearTime() {
        // Hostile: 3,000 toggles, each fence a sign longer, with no blank line anywhere: each fold's title stops at the
        // toggle inside it, where it read every line to the end (9 million lines).
        StringBuilder page = new StringBuilder();
        for (int signs = 3; signs < 3003; signs++) {
            page.append("+".repeat(signs)).append('\n').append("Title ").append(signs).append('\n');
        }
        for (int signs = 3002; signs >= 3; signs--) {
            page.append("+".repeat(signs)).append('\n');
        }
        String read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> OutlineMarkdown.apply(page.toString()));
        assertEquals(":::::::::::: details Title 12", read.split("\n")[18]);
    }
}
