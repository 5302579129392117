package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BlockClassLinesTest {

    @Test
    void aWikiJsQuoteWithABoxClassIsThatBox() {
        assertEquals("> [!WARNING] Never give out an address.\n> Ask the office.\n\nNext.",
                BlockClassLines.apply("> Never give out an address.\n> Ask the office.\n{.is-warning}\nNext."));
        assertEquals("> [!NOTE] Shifts start at nine.\n", BlockClassLines.apply("> Shifts start at nine.\n{.is-info}"));
        assertEquals("> [!TIP] Good.\n", BlockClassLines.apply("> Good.\n{ .is-success }"));
        assertEquals("> [!CAUTION] Stop.\n", BlockClassLines.apply("> Stop.\n{.is-danger}"));
        assertEquals("> [!NOTE]\n> Text.\n", BlockClassLines.apply(">\n> Text.\n{.is-info}"), "no words on the first line");
    }

    @Test
    void aQuoteAlreadyABoxKeepsItsOwnMarker() {
        assertEquals("> [!TIP] Mine.\n", BlockClassLines.apply("> [!TIP] Mine.\n{.is-danger}"));
    }

    @Test
    void otherClassLinesUnderABlockAreLeftOut() {
        assertEquals("- [Rota](rota.md)\n- [Leave](leave.md)\n", BlockClassLines.apply("- [Rota](rota.md)\n- [Leave](leave.md)\n{.links-list}"));
        assertEquals("A paragraph.\n", BlockClassLines.apply("A paragraph.\n{.grid-list .dense}"));
    }

    @Test
    void aClassLineAfterABlankLineInCodeOrWithOtherWordsStays() {
        String text = "Text.\n\n{.is-info}\n\n```\n> quote\n{.is-warning}\n```\nWords {.is-info}\n";
        assertSame(text, BlockClassLines.apply(text));
        String kramdown = "Text.\n{: .note}\n";
        assertSame(kramdown, BlockClassLines.apply(kramdown), "kramdown's attribute lists are read elsewhere");
    }
}
