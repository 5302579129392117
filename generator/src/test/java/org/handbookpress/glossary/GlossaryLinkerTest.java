package org.handbookpress.glossary;

import static org.handbookpress.glossary.GlossaryFixtures.TERMS;
import static org.handbookpress.glossary.GlossaryFixtures.glossary;
import static org.handbookpress.glossary.GlossaryFixtures.html;
import static org.handbookpress.glossary.GlossaryFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbookpress.content.Kind;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {

    private final Glossary glossary = glossary(TERMS);

    private PageHtml linked(String markdown) {
        return linked("toolkit/running.md", "Running groups", markdown);
    }

    private PageHtml linked(String path, String title, String markdown) {
        PageHtml page = html(path, title, markdown);
        new GlossaryLinker(glossary).apply(page);
        return page;
    }

    /** The text of every glossary link, in order. */
    private static List<String> links(PageHtml page) {
        return page.content().select("a.glossary-term").eachText();
    }

    @Test
    void linksTheFirstUseOfEachTermToItsEntry() {
        PageHtml page = linked("Every peer joins the Round. The round ends; another peer speaks.");
        assertEquals(List.of("peer", "Round"), links(page));
        Element first = page.content().selectFirst("a.glossary-term");
        assertEquals("../glossary.html#term-peer", first.attr("href"));
        assertEquals("Peer", first.attr("data-term"));
        assertEquals("Someone who has been through something similar.", first.attr("data-definition"));
    }

    @Test
    void aFormCountsAsTheTermAndAsItsFirstUse() {
        PageHtml page = linked("Rounds help. A Round too. Our peer mentors lead them; a peer mentor listens.");
        assertEquals(List.of("Rounds", "peer mentors"), links(page));
        assertEquals("../glossary.html#term-round", page.content().selectFirst("a.glossary-term").attr("href"));
    }

    @Test
    void inAGlossaryOfLowerCaseTermsOneWithCapitalsIsANameFoundOnlyWithThem() {
        // Most terms are in lower case: "The Room" and "Taking Time" are the charity's names, and "the room booking"
        // (linked in the example handbook) and "taking time" are everyday words.
        Glossary names = glossary("""
                Group agreement
                : What a group agrees to.

                Peer mentor
                : A trained volunteer.

                Open question
                : One that cannot be answered yes or no.

                The Room
                : The space a group shares.

                Taking Time
                : Space to speak in depth.
                """);
        PageHtml page = html("toolkit/running.md", "Running groups",
                "Check the room booking and thank the group for taking time. In The Room, Taking Time comes second.");
        new GlossaryLinker(names).apply(page);
        assertEquals(List.of("The Room", "Taking Time"), links(page));
    }

    @Test
    void inAGlossaryThatCapitalisesMostTermsCaseIsIgnored() {
        // As the Carpentries' glossary writes them ("Cognitive Load"), with a term in lower case among them.
        Glossary capitalised = glossary("""
                Group Agreement
                : What a group agrees to.

                Taking Time
                : Space to speak in depth.

                Open question
                : One that cannot be answered yes or no.
                """);
        PageHtml page = html("toolkit/running.md", "Running groups", "Read the group agreement before taking time.");
        new GlossaryLinker(capitalised).apply(page);
        assertEquals(List.of("group agreement", "taking time"), links(page));
    }

    @Test
    void theLongestTermWins() {
        PageHtml page = linked("We end with the Round of Good News, after a Round.");
        assertEquals(List.of("Round of Good News", "Round"), links(page));
        assertEquals("../glossary.html#term-round-of-good-news", page.content().selectFirst("a.glossary-term").attr("href"));
    }

    @Test
    void caseIsIgnoredAndTheTextIsKeptAsWritten() {
        assertEquals(List.of("TAKING TIME"), links(linked("Then comes TAKING TIME.")));
    }

    @Test
    void nonAsciiTermsKeepTheirSpellingAndAnchor() {
        PageHtml page = linked("See you at the Gŵyl, or in the café.");
        assertEquals(List.of("Gŵyl", "café"), links(page));
        assertEquals("../glossary.html#term-gŵyl", page.content().selectFirst("a.glossary-term").attr("href"));
    }

    @Test
    void wordBoundariesRespectUnicodeLetters() {
        // "naïvely", "cafés" and "Gŵyliau" contain terms but are other words.
        assertEquals(List.of(), links(linked("Speaking naïvely about cafés at the Gŵyliau.")));
    }

    @Test
    void decomposedAccentsStillMatch() {
        assertEquals(List.of("G\u0175yl"), links(linked("At the Gw\u0302yl.")));
    }

    @Test
    void headingsLinksCodeAndPreformattedTextAreSkipped() {
        PageHtml page = linked("""
                ## The Round

                [a Round](https://example.org) and `Round` and <kbd>Round</kbd>

                ```
                Round
                ```

                Finally a Round.
                """);
        assertEquals(List.of("Round"), links(page));
        Element link = page.content().selectFirst("a.glossary-term");
        assertEquals("p", link.parent().tagName());
        assertTrue(link.parent().text().startsWith("Finally"));
        assertTrue(page.content().select("h2 a, code a, pre a, kbd a").isEmpty());
    }

    /**
     * A table's column headings are headings: a pantry's table with the column "Guests a week" had "Guests" underlined
     * in its capitals, and the first use in a sentence below, where a reader meets the word, was left unlinked.
     */
    @Test
    void aTablesColumnHeadingsAreSkipped() {
        PageHtml page = linked("""
                | Group | Peers a week |
                |---|---:|
                | Tuesday | 12 |

                Each peer is welcome at any group.
                """);
        assertEquals(List.of("peer"), links(page));
        assertTrue(page.content().select("th a").isEmpty());
        assertEquals("p", page.content().selectFirst("a.glossary-term").parent().tagName());
    }

    /**
     * A table's caption is its title, and a session's agenda repeats in it the heading it stands under ("Agenda: Part one:
     * warm-up and practice"): a term there was linked, once more a heading's words taking the link from the text.
     */
    @Test
    void aTablesCaptionIsSkipped() {
        PageHtml page = linked("""
                <table><caption>Agenda: peers a week</caption>
                <tr><td>Tuesday</td><td>12</td></tr>
                </table>

                Each peer is welcome at any group.
                """);
        assertTrue(page.content().select("caption a").isEmpty(), page.content().html());
        assertEquals(List.of("peer"), links(page));
        assertEquals("p", page.content().selectFirst("a.glossary-term").parent().tagName());
    }

    @Test
    void termsNamedInThePagesOwnTitleAreNotLinkedThere() {
        PageHtml page = linked("toolkit/round.md", "Running a Round", "A Round needs a peer.");
        assertEquals(List.of("peer"), links(page));
    }

    @Test
    void aPageMayOptOut() {
        PageHtml page = html(page("policies/x.md", "X", Kind.POLICY, false, "A Round with a peer."));
        new GlossaryLinker(glossary).apply(page);
        assertEquals(List.of(), links(page));
    }

    @Test
    void aWordMarkedNoGlossaryStaysUnlinked() {
        PageHtml page = linked("A <span class=\"no-glossary\">Round</span> of applause, then a Round.");
        assertEquals(List.of("Round"), links(page));
        assertTrue(page.content().selectFirst("span.no-glossary").select("a").isEmpty());
    }

    @Test
    void theGlossaryPageItselfIsNotLinked() {
        PageHtml page = html(page("glossary.md", "Words", Kind.GLOSSARY, true, "A Round with a peer."));
        new GlossaryLinker(glossary).apply(page);
        assertEquals(List.of(), links(page));
    }

    @Test
    void namesHideTheTermsInThem() {
        PageHtml page = linked("Riverside Peer Support welcomes every peer.");
        assertEquals(List.of("peer"), links(page));
        assertTrue(page.content().selectFirst("a.glossary-term").parent().text().startsWith("Riverside Peer Support"));
    }

    /** A page shortens the organisation's name to its first words ("Carers' Circle" for "Carers' Circle Peer Support"). */
    @Test
    void aNameShortenedToItsFirstWordsHidesTheTermsInIt() {
        PageHtml page = linked("Riverside Peer meets on Tuesdays, and every peer is welcome.");
        assertEquals(List.of("peer"), links(page));
        assertTrue(page.content().selectFirst("a.glossary-term").parent().text().startsWith("Riverside Peer meets"));
    }

    @Test
    void linksAreRelativeToThePage() {
        assertEquals("glossary.html#term-peer", linked("index.md", "Home", "A peer.").content().selectFirst("a").attr("href"));
        assertEquals("../../glossary.html#term-peer",
                linked("a/b/c.md", "Deep", "A peer.").content().selectFirst("a").attr("href"));
    }

    @Test
    void recordsWhichPageUsesWhichTerm() {
        GlossaryLinker linker = new GlossaryLinker(glossary);
        PageHtml page = html("toolkit/round.md", "Running a Round", "A Round needs a peer; so does a Round.");
        linker.apply(page);
        int round = index("Round");
        int peer = index("Peer");
        // The title's own term is not linked, but the page still uses it.
        assertTrue(linker.usedBy("toolkit/round.md").get(round));
        assertTrue(linker.usedBy("toolkit/round.md").get(peer));
        assertFalse(linker.usedBy("toolkit/round.md").get(index("Taking Time")));
        assertFalse(linker.usedBy("other.md").get(peer));
    }

    /**
     * An author's own link to a term's entry ({@code [mentor](../glossary.md#peer-mentor)}, pointed at its anchor by the
     * links pass) is a use of the term: its page is in the "Used in" list, the link shows the definition, and the term
     * is not linked again further down. An independent food bank's handbook linked "shift lead" so on two pages, and
     * the glossary listed neither; one of them linked "shift lead" twice.
     */
    @Test
    void anAuthorsOwnLinkToAnEntryIsTheTermsUseAndLink() {
        GlossaryLinker linker = new GlossaryLinker(glossary);
        PageHtml page = html("toolkit/mentors.md", "Mentors", "Ask your [mentor](../glossary.html#term-peer-mentor). A peer mentor"
                + " listens. See [the policy](../policies/x.html#term-peer-mentor) and [home](../index.html).");
        linker.apply(page);
        assertTrue(linker.usedBy("toolkit/mentors.md").get(index("Peer mentor")), "the page is in the term's Used in list");
        Element own = page.content().selectFirst("a[href=../glossary.html#term-peer-mentor]");
        assertTrue(own.hasClass("glossary-term"), own.outerHtml());
        assertEquals("Peer mentor", own.attr("data-term"));
        assertEquals("A trained volunteer who supports others.", own.attr("data-definition"));
        assertEquals(List.of("mentor"), links(page), "the term is linked once, by the author's link");
        assertFalse(page.content().selectFirst("a[href^=../policies]").hasClass("glossary-term"), "another page's anchor of that name is no entry");
    }

    @Test
    void textAroundALinkIsKeptExactly() {
        PageHtml page = linked("Before *the* Round, after & <b>bold</b>.");
        assertEquals("Before the Round, after & bold.", page.content().text());
    }

    private int index(String term) {
        List<GlossaryEntry> entries = glossary.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).term().equals(term)) {
                return i;
            }
        }
        throw new AssertionError(term);
    }
}
