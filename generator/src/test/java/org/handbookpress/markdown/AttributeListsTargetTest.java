package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quick look every page gets for a {@code target=} attribute, before its links are looked at. */
class AttributeListsTargetTest {

    @Test
    void findsTheAttributeInAnyCapitalsAndSpacing() {
        assertTrue(AttributeLists.namesTarget("<a href=\"x.html\" target=\"_blank\">x</a>"));
        assertTrue(AttributeLists.namesTarget("<A HREF=x TARGET = _blank>x</A>"));
        assertTrue(AttributeLists.namesTarget("[x](y.md){:Target=\"_blank\"}"));
        assertTrue(AttributeLists.namesTarget("target=_blank at the very start"));
        assertTrue(AttributeLists.namesTarget("a = b, then <a target\n= \"_top\">"));
    }

    @Test
    void passesOverOtherWordsAndEqualsSigns() {
        assertFalse(AttributeLists.namesTarget("Our target audience is new volunteers."));
        assertFalse(AttributeLists.namesTarget("<a data-retarget=\"x\" my_target=y>x</a>"));
        assertFalse(AttributeLists.namesTarget("targets = 5, and 2 + 2 = 4"));
        assertFalse(AttributeLists.namesTarget("= at the start, and none here"));
        assertFalse(AttributeLists.namesTarget(""));
    }
}
