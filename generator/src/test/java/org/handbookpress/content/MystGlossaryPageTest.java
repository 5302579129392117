package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MystGlossaryPageTest {

    @Test
    void aGlossaryDirectiveDefinesTermsButAnExampleOfOneInCodeDoesNot() {
        assertTrue(MystGlossaryPage.definesTerms("# Glossary\n\n```{glossary}\nMentor\n  A volunteer.\n```\n"));
        assertTrue(MystGlossaryPage.definesTerms(":::{glossary}\nMentor\n  A volunteer.\n:::\n"), "the colon form");
        assertFalse(MystGlossaryPage.definesTerms("Write it so:\n\n````md\n```{glossary}\nMentor\n  A volunteer.\n```\n````\n"));
        assertFalse(MystGlossaryPage.definesTerms("The {glossary} directive, in words."));
    }
}
