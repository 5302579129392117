package org.handbookpress.glossary;

import static org.handbookpress.glossary.GlossaryFixtures.TERMS;
import static org.handbookpress.glossary.GlossaryFixtures.glossary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

class GlossaryReaderTest {

    private static GlossaryEntry entry(Glossary glossary, String term) {
        return glossary.entries().stream().filter(e -> e.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void aGlossaryPageTheBuildRefusedToConvertIsNotParsedAgain() {
        // The page guards (check/RuleRuns here) leave such a page without HTML, and the build fails with their finding;
        // parsing its Markdown again for the terms' lines overflowed the stack, adding an internal error to it.
        Page page = GlossaryFixtures.page("glossary.md", "The words we use", Kind.GLOSSARY, true,
                "Peer\n: Someone.\n\n" + "-".repeat(10_000) + "\n");
        Glossary glossary = new GlossaryReader(new Findings(), Locale.UK, List.of()).read(new PageHtml(page, ""));
        assertTrue(glossary.entries().isEmpty());
    }

    @Test
    void readsTermsDefinitionsFormsAndLines() {
        Glossary glossary = glossary(TERMS);
        GlossaryEntry peer = entry(glossary, "Peer");
        assertEquals("term-peer", peer.id());
        assertEquals(List.of("peers"), peer.forms());
        assertEquals("Someone who has been through something similar.", peer.definitionHtml());
        assertEquals("Someone who has been through something similar.", peer.definitionText());
        assertEquals(1, peer.line());
        assertEquals(13, entry(glossary, "Round of Good News").line());
        assertEquals(List.of(), entry(glossary, "Taking Time").forms());
    }

    @Test
    void anchorsAreStableSlugsThatKeepNonAsciiLetters() {
        Glossary glossary = glossary(TERMS);
        assertEquals("term-taking-time", entry(glossary, "Taking Time").id());
        assertEquals("term-gŵyl", entry(glossary, "Gŵyl").id());
        assertEquals("term-café", entry(glossary, "Café").id());
        assertEquals("term-round-of-good-news", entry(glossary, "Round of Good News").id());
        assertEquals("term-childrens-act-1989", TermSlug.of("Children’s Act (1989)"));
        assertEquals("term-self-care", TermSlug.of("  Self-care "));
    }

    @Test
    void entriesAreInAlphabeticalOrderForTheLanguage() {
        Glossary glossary = glossary("""
                zebra
                : z

                Éclair
                : e

                apple
                : a

                Eagle
                : e
                """);
        assertEquals(List.of("apple", "Eagle", "Éclair", "zebra"), glossary.entries().stream().map(GlossaryEntry::term).toList());
        assertEquals(List.of("A", "E", "Z"), glossary.byLetter().stream().map(Glossary.LetterGroup::letter).toList());
    }

    @Test
    void theAlsoLineMayUseMarkupOrStandAlone() {
        Glossary glossary = glossary("""
                Loose
                : First paragraph.

                  Second paragraph.

                  Also: loosely, *looser*; loosest.

                Tight
                : One line with `code`
                  Also: tightly
                """);
        GlossaryEntry loose = entry(glossary, "Loose");
        assertEquals(List.of("loosely", "looser", "loosest"), loose.forms());
        assertEquals("<p>First paragraph.</p><p>Second paragraph.</p>", loose.definitionHtml());
        assertEquals(List.of("tightly"), entry(glossary, "Tight").forms());
        assertEquals("One line with <code>code</code>", entry(glossary, "Tight").definitionHtml());
    }

    @Test
    void aHardLineBreakBeforeTheAlsoLineIsDropped() {
        Glossary glossary = glossary("Round\n: Everyone speaks.  \n  Also: rounds\n");
        assertEquals("Everyone speaks.", entry(glossary, "Round").definitionHtml());
        assertEquals(List.of("rounds"), entry(glossary, "Round").forms());
    }

    @Test
    void anAlsoInsideTheTextIsNotAFormsLine() {
        Glossary glossary = glossary("""
                Round
                : Also: this is not a list,
                  because it is not the last line.
                """);
        assertEquals(List.of(), entry(glossary, "Round").forms());
    }

    @Test
    void termsSharingADefinitionEachGetIt() {
        Glossary glossary = glossary("""
                Check-in
                Check-out
                : A Round at the start or the end.
                """);
        assertEquals("A Round at the start or the end.", entry(glossary, "Check-in").definitionText());
        assertEquals("A Round at the start or the end.", entry(glossary, "Check-out").definitionText());
        assertEquals(2, entry(glossary, "Check-out").line());
    }

    @Test
    void aTermDefinedTwiceIsReportedAtTheSecondWithTheFirstsLine() {
        Findings findings = new Findings();
        Glossary glossary = glossary("""
                Round
                : One.

                round
                : Two.
                """, findings);
        Finding finding = only(findings, "glossary.duplicate");
        assertEquals("glossary.md", finding.file());
        assertEquals(4, finding.line());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("line 1"), finding.message());
        // Both stay on the page, with distinct anchors; pages link the first.
        assertEquals(List.of("term-round", "term-round-2"), glossary.entries().stream().map(GlossaryEntry::id).toList());
        assertEquals("One.", glossary.entries().get(glossary.matcher().findAll("round").get(0).value()).definitionText());
    }

    @Test
    void anEmptyDefinitionIsReportedWithItsLine() {
        Findings findings = new Findings();
        glossary("""
                Peer
                : Someone.

                Round
                : Also: rounds
                """, findings);
        Finding finding = only(findings, "glossary.empty");
        assertEquals(4, finding.line());
        assertTrue(finding.message().contains("'Round'"), finding.message());
    }

    @Test
    void aDefinitionLeftEmptyDoesNotTakeTheNextTerm() {
        Findings findings = new Findings();
        Glossary glossary = glossary("""
                Coordinator
                :

                Match
                : The pairing of one mentor with one young person.
                Also: matches
                """, findings);
        assertEquals(List.of("Coordinator", "Match"), glossary.entries().stream().map(GlossaryEntry::term).sorted().toList());
        assertEquals("The pairing of one mentor with one young person.", entry(glossary, "Match").definitionText());
        assertEquals(List.of("matches"), entry(glossary, "Match").forms());
        Finding empty = only(findings, "glossary.empty");
        assertEquals(1, empty.line());
        assertTrue(empty.message().contains("'Coordinator'"), empty.message());
    }

    @Test
    void aFormClaimedByTwoTermsIsReported() {
        Findings findings = new Findings();
        glossary("""
                Facilitator
                : Runs a group.
                  Also: lead

                Designated Safeguarding Lead
                : Decides about concerns.
                  Also: lead, DSL
                """, findings);
        Finding finding = only(findings, "glossary.form-clash");
        assertEquals(5, finding.line());
    }

    @Test
    void aGlossaryWithoutTermsIsReported() {
        Findings findings = new Findings();
        assertTrue(glossary("Just a paragraph.", findings).isEmpty());
        only(findings, "glossary.no-terms");
    }

    @Test
    void linesCountFromTheFileNotTheBody() {
        PageHtml page = GlossaryFixtures.html(new org.handbookpress.content.Page("glossary.md", "glossary.html", java.nio.file.Path.of("g"),
                GlossaryFixtures.page("glossary.md", "G", org.handbookpress.content.Kind.GLOSSARY, true, "").meta(), "G",
                "Intro.\n\nRound\n: Turns.\n", 6));
        Glossary glossary = new GlossaryReader(new Findings(), Locale.UK, List.of()).read(page);
        assertEquals(8, glossary.entries().get(0).line());
    }

    @Test
    void linesAreFoundWhateverTheLineEndsAndHoweverLongTheGlossary() {
        for (String end : List.of("\n", "\r\n", "\r")) {
            StringBuilder markdown = new StringBuilder("Intro." + end + end);
            for (int i = 0; i < 2_000; i++) {
                markdown.append("Term ").append(i).append(end).append(": Meaning ").append(i).append('.').append(end).append(end);
            }
            Glossary glossary = glossary(markdown.toString());
            assertEquals(3, entry(glossary, "Term 0").line(), end.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(3 + 3 * 1_999, entry(glossary, "Term 1999").line(), end.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    private static Finding only(Findings findings, String code) {
        List<Finding> found = findings.sorted().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), findings.sorted().toString());
        return found.get(0);
    }
}
