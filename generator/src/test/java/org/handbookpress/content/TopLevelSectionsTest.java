package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelSectionsTest {

    private static List<String> of(String body, String path) {
        return TopLevelSections.of(body, path, FrontMatter.empty());
    }

    @Test
    void sectionsAreTheTopHeadingsOfADocumentNamedOtherwise() {
        assertEquals(List.of("Purpose", "Scope"), of("# Purpose\n\nText.\n\n# Scope\n", "policies/Safeguarding policy.md"));
        assertEquals(List.of("**Vision**", "Market"), of("# **Vision**\n\n# Market\n", "business-model.md"));
    }

    @Test
    void aFirstHeadingLikeTheFileNameIsItsTitle() {
        assertEquals(List.of(), of("# Migrating WordPress\n\n# Moving WordPress\n", "migrating.md"));
        assertEquals(List.of(), of("# CYF Java course, sprint 1\n\n# Sprint 2\n", "javacourse.md"));
        assertEquals(List.of(), of("# Editing wp-config.php\n\n# wp-config.php\n", "wp-config.md"));
    }

    @Test
    void oneTopHeadingAFolderPageAWordlessNameAndCodeAreLeftAlone() {
        assertEquals(List.of(), of("# Purpose\n\n## Scope\n", "Safeguarding policy.md"));
        assertEquals(List.of(), of("# Project X\n\n# Install\n", "docs/README.md"));
        assertEquals(List.of(), of("# Team meeting\n\n# Actions\n", "2020-02-20.md"));
        assertEquals(List.of(), of("# Purpose\n\n```\n# not a heading\n```\n", "Safeguarding policy.md"));
    }
}
