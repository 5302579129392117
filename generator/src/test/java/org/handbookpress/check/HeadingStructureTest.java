package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;

class HeadingStructureTest {

    private static List<Finding> check(String markdown) {
        Findings findings = new Findings();
        new HeadingStructure(findings).apply(PageFixture.html("a.md", markdown));
        return findings.sorted();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + "@" + f.line()).toList();
    }

    @Test
    void wellFormedOutlineIsQuiet() {
        assertEquals(List.of(), check("# Title\n\n## One\n\ntext\n\n### One.a\n\ntext\n\n## Two\n\ntext\n"));
    }

    @Test
    void skippedLevel() {
        assertEquals(List.of("heading.skipped-level@3"), codes(check("## One\n\n#### Deep\n\ntext\n")));
    }

    @Test
    void skippedLevelFromThePageTitle() {
        List<Finding> found = check("### Too deep\n\ntext\n");
        assertEquals(List.of("heading.skipped-level@1"), codes(found));
        assertEquals("use '##' for it, so the outline has no gaps for screen-reader users", found.get(0).fix());
    }

    @Test
    void secondTopHeading() {
        assertEquals(List.of("heading.multiple-h1@5"), codes(check("# Title\n\ntext\n\n# Another\n\ntext\n")));
    }

    @Test
    void topHeadingDifferentFromFrontMatterTitle() {
        assertEquals(List.of("heading.multiple-h1@5"), codes(check("---\ntitle: Real title\n---\n\n# Other title\n\ntext\n")));
    }

    /**
     * A heading the layout takes out as the title it repeats (LeadingTitle) makes no second one: Equal Vote's
     * just-the-docs pages, "# Developers" under "title: 💻 Developers", each had a warning for a heading the page never
     * showed twice. One that names something else is still said.
     */
    @Test
    void aTopHeadingTheLayoutTakesForTheTitleIsNoSecondOne() {
        assertEquals(List.of(), codes(check("---\ntitle: \uD83D\uDCBB Developers\n---\n\n# Developers\n\ntext\n")));
        assertEquals(List.of("heading.multiple-h1@5"), codes(check("---\ntitle: \uD83D\uDCBB Developers\n---\n\n# Writers\n\ntext\n")));
    }

    @Test
    void slideDecksMayHaveManyTopHeadings() {
        assertEquals(List.of(), codes(check("---\ntitle: Deck\nkind: slides\n---\n# Deck\n\n---\n\n# Part two\n")));
    }

    /** MkDocs Material's way to hide a page's title over its text: a bare '#' first. On purpose, so no warning; later, one. */
    @Test
    void aBareHashOpeningThePageHidesItsTitleOnPurpose() {
        assertEquals(List.of(), codes(check("---\ntitle: Analyst guide\n---\n\n#\n\nIntro.\n\n## Tools\n\ntext\n")));
        assertEquals(List.of("heading.empty@7"), codes(check("---\ntitle: Analyst guide\n---\n\n## Tools\n\n#\n\ntext\n")));
    }

    @Test
    void emptyHeading() {
        assertEquals(List.of("heading.empty@3"), codes(check("## One\n\n##\n\ntext\n")));
    }
}
