package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;

class PlaceholderTextTest {

    private static List<Finding> check(String markdown) {
        Findings findings = new Findings();
        new PlaceholderText(findings).apply(PageFixture.html("toolkit/page.md", markdown));
        return findings.sorted();
    }

    @Test
    void findsLoremIpsumWithLineAndColumn() {
        List<Finding> found = check("---\ntitle: T\n---\n\nIntro.\n\nFirst line of a paragraph\nand then Lorem ipsum dolor sit amet.\n");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("placeholder.lorem-ipsum", f.code());
        assertEquals("toolkit/page.md", f.file());
        assertEquals(8, f.line());
        assertEquals(10, f.column());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void findsEditorsMarkersAsWholeWords() {
        String md = "Call TBC on the day.\n\n- Venue: TBD\n- Phone: 0800 XXX\n\nTODO: write this.\n";
        List<Finding> found = check(md);
        assertEquals(List.of("placeholder.todo", "placeholder.todo", "placeholder.todo", "placeholder.todo"),
                found.stream().map(Finding::code).toList(), found.toString());
        assertEquals(List.of(1, 3, 4, 6), found.stream().map(Finding::line).toList());
    }

    @Test
    void leavesOrdinaryWordsAlone() {
        assertEquals(List.of(), check("Things to do today: a todo list, XXXL shirts, TBCs, an inserted page. Tbd.\n"));
    }

    @Test
    void findsInsertHere() {
        List<Finding> found = check("Call [insert the helpline number here] for advice.\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals("placeholder.insert-here", found.get(0).code());
        assertEquals(7, found.get(0).column());
    }

    @Test
    void ignoresCode() {
        assertEquals(List.of(), check("Use `TODO` markers in code:\n\n```\n// TODO lorem ipsum\n```\n"));
    }

    @Test
    void tableCellsAndListItemsGetTheirOwnLines() {
        List<Finding> found = check("| a | b |\n|---|---|\n| ok | ok |\n| TBD | ok |\n\n- one\n- two\n- TBC\n");
        assertEquals(List.of(4, 8), found.stream().map(Finding::line).toList(), found.toString());
    }

    @Test
    void linkTextGetsTheLinkLine() {
        List<Finding> found = check("See\nthe [TBC page](other.md)\nfor more.\n");
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).line());
    }

    @Test
    void messageQuotesTheText() {
        Finding f = check("lorem ipsum\n").get(0);
        assertTrue(f.format().contains("toolkit/page.md:1:1: warning: placeholder text left in: 'lorem ipsum'"), f.format());
    }

    @Test
    void checksTheTitleAndSummaryToo() {
        List<Finding> found = check("---\ntitle: Lone working (TBC)\nsummary: Lorem ipsum.\n---\nText.\n");
        assertEquals(List.of("placeholder.todo@2", "placeholder.lorem-ipsum@3"),
                found.stream().map(f -> f.code() + "@" + f.line()).toList(), found.toString());
    }

    @Test
    void checksATitleTakenFromTheHeadingOnce() {
        // LeadingTitle has removed the heading from the content by the time this pass runs.
        PageHtml html = PageFixture.html("a.md", "\n# Draft title TBD\n\nText.\n");
        html.content().selectFirst("h1").remove();
        Findings findings = new Findings();
        new PlaceholderText(findings).apply(html);
        assertEquals(List.of("placeholder.todo@2"), findings.sorted().stream().map(f -> f.code() + "@" + f.line()).toList());
    }

    /** The quick test that lets a text skip a pattern never skips one the pattern matches. */
    @Test
    void theQuickTestPassesEveryTextThePatternMatches() {
        List<String> parts = List.of("lorem", "LOREM", "Lorem", "lOrEm", " ", "\n", "ipsum", "IPSUM", "TODO", "TO-DO", "TO DO", "to do",
                "TBC", "TBA", "FIXME", "FIX ME", "fixme", "xxx", "XxX", "x", "X", "insert", "INSERT", "Insert", "here", "HERE", ".", "-",
                "\u017F", "\u212A", "\u0130", "a", "name");
        java.util.Random random = new java.util.Random(2026);
        int matched = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            for (PlaceholderText.Placeholder placeholder : PlaceholderText.PLACEHOLDERS) {
                if (placeholder.pattern().matcher(text).find()) {
                    matched++;
                    assertTrue(placeholder.mayMatch().test(text.toString()), placeholder.code() + ": " + text);
                }
            }
        }
        assertTrue(matched > 1_000, "the generated texts hold placeholders: " + matched);
        assertTrue(PlaceholderText.containsIgnoringCase("Please InSeRt it", "insert"));
        assertTrue(!PlaceholderText.containsIgnoringCase("Please inser it", "insert"));
    }
}
