package org.handbookpress.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static TermMatcher matcher(String... phrases) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < phrases.length; i++) {
            map.put(phrases[i], i);
        }
        return TermMatcher.of(map);
    }

    /** The matched texts, in order. */
    private static List<String> found(TermMatcher matcher, String text) {
        return matcher.findAll(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void matchesWhateverTheCase() {
        TermMatcher m = matcher("Taking Time");
        assertEquals(List.of("taking time", "TAKING TIME", "Taking time"), found(m, "taking time, TAKING TIME and Taking time"));
    }

    @Test
    void anAcronymIsFoundOnlyInItsCapitalsAndTheRestOfTheTermInAnyCase() {
        TermMatcher m = matcher("IT", "DBS check", "GPs", "Peer");
        // "It" and "it" are another word; "dbs check" is not how the term is written; a plural's s is in any case.
        assertEquals(List.of("IT", "DBS Check", "GPs", "GPS", "PEER"),
                found(m, "It is here, ask IT. Not a dbs check but a DBS Check. The GPs, gps and GPS. PEER"));
        assertTrue(m.matchesWhole("IT"));
        assertFalse(m.matchesWhole("it"));
    }

    @Test
    void aCapitalThatBothAnAcronymAndALowerCaseTermGoOnWithFindsTheLongerMatch() {
        TermMatcher m = matcher("IT", "it support", "ITSM tools");
        assertEquals(List.of("IT Support", "IT", "it support"), found(m, "IT Support, IT and it support; itsm tools."));
    }

    @Test
    void aNamesCapitalsAfterItsFirstWordMustBeCapitalsWhereNamesStandOut() {
        Map<String, Integer> phrases = new LinkedHashMap<>(Map.of("Taking Time", 0));
        phrases.put("The Room", 1);
        phrases.put("Round of Good News", 2);
        String text = "Thank you for taking time; taking Time; TAKING TIME. Check the room, in The Room. "
                + "A round of good news, the Round of Good News.";
        assertEquals(List.of("taking Time", "TAKING TIME", "The Room", "Round of Good News"), found(TermMatcher.of(phrases, true), text));
        assertEquals(7, TermMatcher.of(phrases, false).findAll(text).size()); // a glossary whose names do not stand out
    }

    @Test
    void aTermWithANonBreakingSpaceIsClassedByTheWordsItIsMatchedBy() {
        // A glossary pasted from a word processor keeps its non-breaking spaces ("Peer\u00A0mentor"). The matcher reads
        // one as a space; classing terms split them at white space only, saw one word, and so no lower-case glossary.
        List<String> terms = List.of("Peer\u00A0mentor", "Group\u00A0agreement", "The Room");
        assertTrue(Capitals.namesStandOut(terms));
        assertFalse(Capitals.namesStandOut(List.of("Peer\u00A0Mentor", "Group\u00A0Agreement", "the room")));
    }

    @Test
    void matchesOnlyWholeWords() {
        TermMatcher m = matcher("Round", "peer");
        assertEquals(List.of(), found(m, "around, rounded, Roundabout, peering, compeer"));
        assertEquals(List.of("Round", "peer"), found(m, "(Round), peer's"));
        assertEquals(List.of("round", "peer"), found(m, "round-up with a peer-led group"));
    }

    @Test
    void wordBoundariesRespectUnicodeLetters() {
        TermMatcher m = matcher("Gŵyl", "café", "naïve", "caf", "na");
        // ŵ, é and ï are letters: "caf" must not match inside "café", nor "na" inside "naïve".
        assertEquals(List.of("Gŵyl", "café", "naïve"), found(m, "At the Gŵyl, the café is naïve."));
        assertEquals(List.of(), found(m, "Gŵyliau cafés naïvely"));
        assertEquals(List.of("CAFÉ"), found(m, "CAFÉ"));
        assertEquals(List.of("caf"), found(m, "caf."));
    }

    @Test
    void combiningAccentsAreWordCharacters() {
        // "Gw" followed by a combining circumflex is the start of a longer word, not the word "Gw".
        assertEquals(List.of(), found(matcher("Gw"), "Gw\u0302yl"));
    }

    @Test
    void prefersTheLongestTerm() {
        TermMatcher m = matcher("Round", "Round of Good News", "Good News");
        assertEquals(List.of("Round of Good News", "Round"), found(m, "The Round of Good News is a Round."));
    }

    @Test
    void fallsBackToAShorterTermWhenTheLongerOneIsNotComplete() {
        TermMatcher m = matcher("Round", "Round of Good News");
        assertEquals(List.of("Round", "Round"), found(m, "A Round of Good things, another Round of"));
    }

    @Test
    void overlappingTermsDoNotOverlapInMatches() {
        TermMatcher m = matcher("peer mentor", "mentor training", "training");
        // Leftmost first, then longest: "peer mentor" wins and "training" is matched after it.
        assertEquals(List.of("peer mentor", "training"), found(m, "peer mentor training"));
        assertEquals(List.of("mentor training"), found(m, "mentor training"));
    }

    @Test
    void whiteSpaceRunsAndLineBreaksMatchOneSpace() {
        TermMatcher m = matcher("Taking  Time");
        assertEquals(List.of("Taking\n   Time", "Taking\u00A0Time"), found(m, "Taking\n   Time and Taking\u00A0Time"));
    }

    @Test
    void curlyAndStraightApostrophesAreAlike() {
        TermMatcher m = matcher("Children's Act");
        assertEquals(List.of("Children’s Act"), found(m, "the Children’s Act applies"));
        // A keyboard's acute accent typed as one, as search reads it too (TermFolding).
        assertEquals(List.of("Children\u00B4s Act"), found(m, "the Children\u00B4s Act applies"));
    }

    @Test
    void aLaterDuplicateKeepsTheFirstValue() {
        TermMatcher m = matcher("Round", "ROUND");
        assertEquals(0, m.findAll("round").get(0).value());
    }

    @Test
    void matchesWholeTellsAPhraseFromText() {
        TermMatcher m = matcher("Round", "Round of Good News");
        assertTrue(m.matchesWhole("round of  good news"));
        assertFalse(m.matchesWhole("Running a Round"));
    }

    @Test
    void aTextWithoutTermsGivesNothing() {
        assertEquals(List.of(), found(matcher(), "Anything at all"));
        assertEquals(List.of(), found(matcher("Round"), ""));
    }

    @Test
    void anArabicTermIsFoundBehindTheCliticsWrittenOntoIt() {
        TermMatcher m = matcher("المتطوع", "الإحالة", "طالب اللجوء");
        // و "and", ف "so", ب "with", ل "for" (before the article, its alef dropped: للمتطوع), ك "like", and together.
        assertEquals(List.of("والمتطوع", "للمتطوع", "بالإحالة", "فالمتطوع", "وبالإحالة", "كالمتطوع", "وللمتطوع", "لطالب اللجوء"),
                found(m, "والمتطوع، للمتطوع، بالإحالة، فالمتطوع، وبالإحالة؛ كالمتطوع وللمتطوع لطالب اللجوء"));
        assertEquals(List.of(1, 0), m.findAll("بالإحالة والمتطوع").stream().map(TermMatcher.Match::value).toList());
        // The term as written still wins: nothing is taken off a word that is one.
        assertEquals(List.of("المتطوع"), found(m, "المتطوع"));
    }

    @Test
    void anArabicTermWrittenWithoutTheArticleIsFoundWithIt() {
        TermMatcher m = matcher("متطوع", "إحالة");
        assertEquals(List.of("المتطوع", "والمتطوع", "للمتطوع", "ومتطوع", "بالإحالة", "لإحالة"),
                found(m, "المتطوع والمتطوع للمتطوع ومتطوع بالإحالة لإحالة"));
    }

    @Test
    void arabicMarksAndTatweelDoNotStopAMatch() {
        TermMatcher m = matcher("السرية", "الإصغاء الفعّال");
        // Shadda, short vowels and tanween (the last on the word's end), the superscript alef and tatweel are set aside.
        assertEquals(List.of("السرّية", "السِّرِّيَّةُ", "السـرية", "بالسرّيةِ"), found(m, "السرّية السِّرِّيَّةُ السـرية بالسرّيةِ"));
        // in the term too: الفعّال with its shadda is found written without it; أ, إ and آ are ا, as search folds them.
        assertEquals(List.of("الاصغاء الفعال", "والإصغاءِ الفعّال"), found(m, "الاصغاء الفعال ثم والإصغاءِ الفعّال"));
        assertEquals(TermMatcher.key("السرية"), TermMatcher.key("السـرّيّة"));
    }

    @Test
    void aWordThatMerelyStartsWithACliticLetterIsNoMatch() {
        TermMatcher m = matcher("قت", "حر", "متطوع", "المتطوع", "لجنة");
        // وقت "time" is not و and قت, بحر "sea" not ب and حر: after a clitic the term needs three letters.
        assertEquals(List.of(), found(m, "وقت بحر"));
        // Only when all the rest of the word is the term: والمتطوعون is a longer word, متطوعة another.
        assertEquals(List.of(), found(m, "والمتطوعون ومتطوعة بالمتطوعين"));
        // A term inside a word is not found either: اللجنة is ال and لجنة, but ماللجنة is no word of it.
        assertEquals(List.of("اللجنة", "للجنة"), found(m, "اللجنة ماللجنة للجنة"));
    }

    @Test
    void latinWordsTakeNoClitics() {
        TermMatcher m = matcher("aid", "land");
        assertEquals(List.of(), found(m, "valid, fland, bland, kaid, laid"));
    }
}
