package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingTextTest {

    @Test
    void aTitleIsTheHeadingsTextNotItsMarkdown() {
        assertEquals("Handbook", HeadingText.of("Handbook [![CI](badge.svg)](https://ci.example.org)"));
        assertEquals("Our values", HeadingText.of("*Our* values"));
        assertEquals("重要。の手引き", HeadingText.of("**重要。**の手引き"), "bold closed after 。 before a kana (CJK-friendly rule)");
        assertEquals("Welcome", HeadingText.of("Welcome {.unnumbered}"), "Pandoc's and Quarto's attributes are no part of it");
        assertEquals("Setting up", HeadingText.of("Setting up {#setup .wide lang=en}"));
        assertEquals("Sets {a, b}", HeadingText.of("Sets {a, b}"), "braces that are no attribute list stay");
        assertEquals("Use mvn", HeadingText.of("Use `mvn`"));
        assertEquals("Safety & you", HeadingText.of("Safety &amp; you"));
    }

    @Test
    void aReadmeWithABadgeGivesAPlainTitle() {
        assertEquals("Handbook", ContentLoader.titleOf(FrontMatter.empty(), "# Handbook [![CI](badge.svg)](ci.html)\n\nText\n", "README.md"));
    }

    @Test
    void aFolderPageWithNoTitleIsNamedForItsFolder() {
        String body = "Text without a heading.\n";
        assertEquals("Experimental", ContentLoader.titleOf(FrontMatter.empty(), body, "docs/shortcodes/experimental/_index.md"));
        assertEquals("Local groups", ContentLoader.titleOf(FrontMatter.empty(), body, "02-local_groups/index.md"));
        assertEquals("Training", ContentLoader.titleOf(FrontMatter.empty(), body, "training/README.md"));
        assertEquals("Index", ContentLoader.titleOf(FrontMatter.empty(), body, "index.md"), "the top folder has no name of its own");
        assertEquals("Setting up", ContentLoader.titleOf(FrontMatter.empty(), body, "guide/01-setting-up.md"));
    }

    @Test
    void aNameGivesATitleWithoutItsNumberOrNotionsId() {
        assertEquals("Setting up", HeadingText.ofName("01-setting_up"));
        assertEquals("Volunteer handbook", HeadingText.ofName("Volunteer handbook 8f3b2c1d0e9fa8b7c6d5e4f3a2b1c0d9"));
        assertEquals("Safeguarding", ContentLoader.titleOf(FrontMatter.empty(), "No heading.\n",
                "Handbook 8f3b2c1d0e9fa8b7c6d5e4f3a2b1c0d9/Safeguarding 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md"));
        assertEquals("Release 2026 0f1e", HeadingText.ofName("release-2026-0f1e"), "only Notion's 32-digit id is cut");
        assertEquals("", HeadingText.ofName("07-"));
    }
}
