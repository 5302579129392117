package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.content.TopLevelSections.Sections;
import org.junit.jupiter.api.Test;

class TopLevelSectionsTest {

    private static FrontMatter meta(String yaml) {
        return new FrontMatterParser(new org.handbookpress.findings.Findings()).split("---\n" + yaml + "\n---\n", "a.md").orElseThrow().meta();
    }

    private static Sections of(String body, String path) {
        return TopLevelSections.of(body, path, FrontMatter.empty());
    }

    @Test
    void aDocumentNamedOtherwiseIsTitledByItsFileAndEveryTopHeadingIsASection() {
        assertEquals(new Sections(List.of("Purpose", "Scope"), true), of("# Purpose\n\nText.\n\n# Scope\n", "policies/Safeguarding policy.md"));
        assertEquals(new Sections(List.of("**Vision**", "Market"), true), of("# **Vision**\n\n# Market\n", "business-model.md"));
    }

    @Test
    void aFirstHeadingLikeTheFileNameIsItsTitleAndTheOthersSections() {
        assertEquals(new Sections(List.of("Moving WordPress"), false), of("# Migrating WordPress\n\n# Moving WordPress\n", "migrating.md"));
        assertEquals(new Sections(List.of("Sprint 2"), false), of("# CYF Java course, sprint 1\n\n# Sprint 2\n", "javacourse.md"));
        // A file named by the heading's initials: the heading is the title.
        assertEquals(new Sections(List.of("Who to ask"), false), of("# Frequently asked questions\n\n# Who to ask\n", "faq.md"));
        assertEquals(new Sections(List.of("Renewals"), false), of("# Disclosure and Barring Service\n\n# Renewals\n", "guides/dbs.md"));
        // Not so when the letters start no words of it in order.
        assertEquals(new Sections(List.of("Purpose", "Scope"), true), of("# Purpose\n\n# Scope\n", "sbp.md"));
        assertEquals(new Sections(List.of("Scope"), false), of("# Restoring a Cloud instance\n\n# Scope\n", "restore_process.md"));
        // Notion writes the page's title and its "Heading 1" blocks alike.
        assertEquals(new Sections(List.of("Claims"), false), of("# Expenses\n\n# Claims\n", "Expenses 0f1e2d3c4b5a69788796a5b4c3d2e1f0.md"));
        // A folder's page, a README and a name without words keep their first heading as title.
        assertEquals(new Sections(List.of("Install"), false), of("# Project X\n\n# Install\n", "docs/README.md"));
        assertEquals(new Sections(List.of("Actions"), false), of("# Team meeting\n\n# Actions\n", "2020-02-20.md"));
    }

    @Test
    void aTitleInTheFrontMatterMakesEveryOtherTopHeadingASection() {
        FrontMatter titled = meta("title: Safeguarding");
        assertEquals(new Sections(List.of("Purpose"), false), TopLevelSections.of("# Purpose\n\nText.\n", "a.md", titled));
        assertEquals(new Sections(List.of("Scope"), false), TopLevelSections.of("# Safeguarding\n\n# Scope\n", "a.md", titled));
    }

    @Test
    void oneTopHeadingCodeAndSlidesAreLeftAlone() {
        assertEquals(Sections.NONE, of("# Purpose\n\n## Scope\n", "Safeguarding policy.md"));
        assertEquals(Sections.NONE, of("# Purpose\n\n```\n# not a heading\n```\n", "Safeguarding policy.md"));
        // Jekyll's code tag: a Ruby comment showing what the line before prints (the Rails Girls guides).
        assertEquals(Sections.NONE, of("# Introduction to Ruby\n\n{% highlight ruby %}\nputs 100 + 23\n# 123\n{% endhighlight %}\n", "intro.md"));
        FrontMatter deck = meta("kind: slides");
        assertEquals(Sections.NONE, TopLevelSections.of("# One\n\n# Two\n", "deck.md", deck));
    }
}
