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
