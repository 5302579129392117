package org.handbookpress.glossary;

import org.handbookpress.labels.PageLabels;
import static org.handbookpress.glossary.GlossaryFixtures.glossary;
import static org.handbookpress.glossary.GlossaryFixtures.html;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.Callouts;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

/** Terms found only at real word boundaries, never in the build's own labels, and terms too short or too common to link. */
class GlossaryBoundariesTest {

    private static List<String> found(String text, String... phrases) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < phrases.length; i++) {
            map.put(phrases[i], i);
        }
        return TermMatcher.of(map).findAll(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aTermEndingInPunctuationIsNotFoundInsideALongerWord() {
        assertEquals(List.of(), found("We moved to C++11 last year.", "C++"));
        assertEquals(List.of("C++"), found("We write C++, mostly.", "C++"));
        assertEquals(List.of("C++"), found("C++", "C++"));
    }

    @Test
    void aTermBeginningWithPunctuationIsNotFoundAfterAWordCharacter() {
        assertEquals(List.of(), found("Compute f(a) first.", "(a)"));
        assertEquals(List.of("(a)"), found("See clause (a) below.", "(a)"));
        assertEquals(List.of(), found("ASP.NET pages", ".NET"));
        assertEquals(List.of(".NET"), found("Built on .NET today", ".NET"));
    }

    @Test
    void aTermOfAScriptWrittenWithoutSpacesIsFoundAmongItsNeighbours() {
        assertEquals(List.of("导师"), found("每位导师每周与青年见面。", "导师"));
        assertEquals(List.of("メンター"), found("毎週メンターと会います", "メンター"));
        assertEquals(List.of("พี่เลี้ยง"), found("ทุกสัปดาห์พี่เลี้ยงจะพบ", "พี่เลี้ยง"));
        assertEquals(List.of(), found("导师们", "Mentor"), "a spaced term is still a whole word");
        assertEquals(List.of(), found("Mentor导师", "导师"), "a Latin letter before it is another word's");
        assertEquals(List.of("مرشد"), found("كل مرشد يلتقي", "مرشد"));
        assertEquals(List.of(), found("المرشدون", "مرشد"), "Arabic is written with spaces: whole words only");
    }

    @Test
    void ordinaryTermsStillMatchNextToPunctuation() {
        assertEquals(List.of("Round", "Round"), found("(Round) and \"Round\"", "Round"));
    }

    @Test
    void calloutTitlesAreNeverLinked() {
        Glossary glossary = glossary("""
                Note
                : A short written message.

                Exercise
                : Something to practise.
                """);
        PageHtml page = html("toolkit/running.md", "Running groups", """
                > [!NOTE]
                > Keep it short.

                > [!EXERCISE]
                > Write a Note to a peer.
                """);
        new Callouts(PageLabels.english()).apply(page);
        new GlossaryLinker(glossary).apply(page);
        assertEquals(List.of("Note", "Exercise"), page.content().select(".callout-title").eachText());
        assertEquals(0, page.content().select(".callout-title a").size(), page.content().html());
        // The same word in the callout's own text is still the term.
        assertEquals(List.of("Note"), page.content().select("a.glossary-term").eachText());
    }

    @Test
    void aOneLetterTermIsAWarningWithItsLine() {
        Findings findings = new Findings();
        glossary("""
                Peer
                : Someone alike.

                A
                : The first letter.
                """, findings);
        Finding finding = only(findings, "glossary.term-too-short");
        assertEquals("glossary.md", finding.file());
        assertEquals(4, finding.line());
    }

    @Test
    void aVeryCommonWordAsTermOrFormIsAWarning() {
        Findings findings = new Findings();
        glossary("""
                The
                : An article.

                Session
                : A meeting of the group.
                  Also: sessions, this
                """, findings);
        List<Finding> common = findings.sorted().stream().filter(f -> f.code().equals("glossary.term-common-word")).toList();
        assertEquals(List.of(1, 4), common.stream().map(Finding::line).toList(), common.toString());
        assertEquals(0, findings.sorted().stream().filter(f -> f.code().equals("glossary.term-too-short")).count());
    }

    @Test
    void aCommonWordWrittenInCapitalsIsAnAcronymLinkedOnlyInCapitals() {
        // "IT" is the charity's computers, "it" the pronoun: the term is no common word, and "It is" links nothing.
        Findings findings = new Findings();
        Glossary capitals = glossary("""
                IT
                : The charity's computers and the people who look after them.

                US
                : Universal Support, the helpline's name.
                """, findings);
        assertEquals(List.of(), findings.sorted());
        org.handbookpress.markdown.PageHtml page = GlossaryFixtures.html("toolkit/help.md", "Help",
                "It is broken? Tell us, then it goes to IT. US answers at night.");
        new GlossaryLinker(capitals).apply(page);
        assertEquals(List.of("IT", "US"), page.content().select("a.glossary-term").eachText());
    }

    @Test
    void twoLetterAndPunctuatedTermsAreAccepted() {
        Findings findings = new Findings();
        glossary("""
                AI
                : Artificial intelligence.

                C++
                : A programming language.
                """, findings);
        assertEquals(List.of(), findings.sorted());
    }

    private static Finding only(Findings findings, String code) {
        List<Finding> matching = findings.sorted().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, matching.size(), findings.sorted().toString());
        return matching.get(0);
    }
}
