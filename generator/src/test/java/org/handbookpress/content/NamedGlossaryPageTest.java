package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which pages named glossary read as terms, in the three ways the glossary reads them; prose and code do not. */
class NamedGlossaryPageTest {

    @Test
    void termsWrittenInAnyOfTheGlossarysWaysAreTerms() {
        assertTrue(NamedGlossaryPage.readsAsTerms("Befriender\n: A volunteer who visits.\n"));
        assertTrue(NamedGlossaryPage.readsAsTerms("- **Befriender**: a volunteer.\n- **Rota** – who visits whom.\n"));
        assertTrue(NamedGlossaryPage.readsAsTerms("- **Befriender:** a volunteer.\n- **Rota:** who visits whom.\n"));
        assertTrue(NamedGlossaryPage.readsAsTerms("**Befriender**: a volunteer.\n\n**Rota** – who visits whom.\n"), "as paragraphs");
        assertTrue(NamedGlossaryPage.readsAsTerms("Our words.\n\n## B\n\n#### Befriender\n\nA volunteer.\n\n## R\n\n#### Rota\n\nWho visits whom.\n"));
    }

    @Test
    void proseHeadingsOverSectionsAndExamplesInCodeAreNot() {
        assertFalse(NamedGlossaryPage.readsAsTerms("We are still writing our glossary.\n\n## Coming soon\n\nAsk the office.\n"));
        assertFalse(NamedGlossaryPage.readsAsTerms("## Groups\n\n### Metrics\n\n## Software\n\n### Augur\n"), "headings over headings");
        assertFalse(NamedGlossaryPage.readsAsTerms("```\nTerm\n: definition\n- **A**: b\n- **C**: d\n```\n"));
        assertFalse(NamedGlossaryPage.readsAsTerms("- **Note** this list is bold.\n- **Also** this.\n"), "bold points are no terms");
    }
}
