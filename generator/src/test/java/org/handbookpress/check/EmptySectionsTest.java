package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Findings;

class EmptySectionsTest {

    private static List<String> check(String markdown) {
        Findings findings = new Findings();
        new EmptySections(findings).apply(PageFixture.html("a.md", markdown));
        return findings.sorted().stream().map(f -> f.code() + "@" + f.line()).toList();
    }

    @Test
    void headingFollowedBySameLevel() {
        assertEquals(List.of("placeholder.empty-section@1"), check("## Empty\n## Full\n\ntext\n"));
    }

    @Test
    void headingFollowedByHigherLevel() {
        assertEquals(List.of("placeholder.empty-section@5"), check("## One\n\ntext\n\n### Empty\n\n## Two\n\ntext\n"));
    }

    @Test
    void headingAtTheEndOfThePage() {
        assertEquals(List.of("placeholder.empty-section@5"), check("## One\n\ntext\n\n## Still to write\n"));
    }

    @Test
    void headingWithSubsectionsIsNotEmpty() {
        assertEquals(List.of(), check("## One\n\n### One.a\n\ntext\n"));
    }

    /** A contents written as headings, each a link (OWASP's testing guide): entries, not sections waiting for text. */
    @Test
    void headingsThatAreLinksAreEntriesOfAContents() {
        assertEquals(List.of(), check("""
                # Contents

                ## 0. [Foreword](0-Foreword/README.md)

                ## 1. [About](1-About/)

                ### 2.1 [The testing project](intro.md#the-testing-project)

                ### IV. [Reporting](reporting.md)

                ## [Appendix](appendix.md)
                """));
        assertEquals(List.of("placeholder.empty-section@1", "placeholder.empty-section@3"), check("""
                ## Using [Git](https://git-scm.com) every day

                ## See [the appendix](appendix.md)

                ## Next

                text
                """), "a heading with words beside its link is a section's title");
    }
}
