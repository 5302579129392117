package org.handbookpress.glossary;

import static org.handbookpress.glossary.GlossaryFixtures.glossary;
import static org.handbookpress.glossary.GlossaryFixtures.html;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

/** A term written as two names is found by either, alone, on the pages. */
class TermPartsTest {

    @Test
    void aTermOfTwoNamesHasBothAsParts() {
        assertEquals(List.of("Designated Safeguarding Lead", "DSL"), TermParts.of("Designated Safeguarding Lead (DSL)", Locale.ENGLISH));
        assertEquals(List.of("Carer", "Caregiver"), TermParts.of("Carer / Caregiver", Locale.ENGLISH));
        assertEquals(List.of("Carer", "Caregiver"), TermParts.of("Carer/Caregiver", Locale.ENGLISH));
        assertEquals(List.of("Repository", "Repo"), TermParts.of("Repository or Repo", Locale.ENGLISH));
        assertEquals(List.of(), TermParts.of("Peer mentor", Locale.ENGLISH));
        assertEquals(List.of(), TermParts.of("Cyfaill or ddim", Locale.forLanguageTag("cy")), "'or' parts English terms only");
        assertEquals(List.of(), TermParts.of("Appropriate Adult (see the police's guidance on interviews)", Locale.ENGLISH),
                "a sentence in brackets is no name");
        assertEquals(List.of("Team leader"), TermParts.of("Team leader (A)", Locale.ENGLISH), "a part too short to link is left out");
    }

    /**
     * English's words for another name a term goes by: the other name is a part, not "a.k.a. Buddy", which no page writes,
     * so a page saying "buddy" found no term. Only in English: another language's glossary keeps its brackets as they were.
     */
    @Test
    void anAliasWrittenInWordsIsAPart() {
        assertEquals(List.of("Peer Supporter", "Buddy"), TermParts.of("Peer Supporter (a.k.a. Buddy)", Locale.ENGLISH));
        assertEquals(List.of("Peer Supporter", "Buddy"), TermParts.of("Peer Supporter (aka Buddy)", Locale.ENGLISH));
        assertEquals(List.of("Peer Supporter", "Buddy"), TermParts.of("Peer Supporter, also known as Buddy", Locale.ENGLISH));
        assertEquals(List.of("Peer Supporter", "Buddy"), TermParts.of("Peer Supporter, a.k.a. Buddy", Locale.UK));
        assertEquals(List.of("Check-in", "Opening round"), TermParts.of("Check-in (also: Opening round)", Locale.ENGLISH));
        assertEquals(List.of("Check-in", "Opening round"), TermParts.of("Check-in (also called Opening round)", Locale.ENGLISH));
        assertEquals(List.of("Peer Supporter", "Buddy", "Mentor"), TermParts.of("Peer Supporter (a.k.a. Buddy or Mentor)", Locale.ENGLISH));
        assertEquals(List.of("Cyfaill", "aka Ffrind"), TermParts.of("Cyfaill (aka Ffrind)", Locale.forLanguageTag("cy")),
                "English words only in English");
    }

    @Test
    void anAliasFindsTheTermOnThePages() {
        Glossary glossary = glossary("""
                Peer Supporter (a.k.a. Buddy)
                : A volunteer who stays with a new member for their first month.

                Check-in, also known as Opening round
                : The first few minutes of a session, when each person says how they are.
                """);
        PageHtml page = html("toolkit/first-month.md", "First month", "Your buddy meets you at the door and the opening round starts at seven.");
        new GlossaryLinker(glossary).apply(page);
        assertEquals(List.of("buddy", "opening round"), page.content().select("a.glossary-term").eachText());
    }

    @Test
    void thePagesUseEitherNameAlone() {
        Glossary glossary = glossary("""
                Designated Safeguarding Lead (DSL)
                : The person who takes safeguarding concerns forward.

                Elevation / Escalation
                : Passing a concern to someone with more authority.
                """);
        PageHtml page = html("policies/safeguarding.md", "Safeguarding", "Tell the DSL the same day; escalation follows if needed.");
        new GlossaryLinker(glossary).apply(page);
        assertEquals(List.of("DSL", "escalation"), page.content().select("a.glossary-term").eachText());
    }
}
