package org.handbookpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

class CjkFlankingTest {

    @Test
    void punctuationAndWhiteSpaceAreFlexmarksOwn() {
        // Where no CJK character is near, the parser keeps Flexmark's answer; where one is, the other side must be read as
        // Flexmark reads it, or a Latin quote beside a kanji would count differently from one beside a letter.
        Parsing parsing = new Parsing(new MutableDataSet());
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            assertEquals(parsing.PUNCTUATION.matcher(s).matches(), CjkFlanking.isPunctuation(c), () -> "punctuation? " + s);
            assertEquals(parsing.UNICODE_WHITESPACE_CHAR.matcher(s).matches(), CjkFlanking.isWhitespace(c), () -> "white space? " + s);
        }
    }

    @Test
    void cjkCharactersAreTheWideOnesButEmojiAndHangul() {
        for (String c : new String[] {"中", "の", "カ", "ｶ", "한", "ᄀ", "。", "、", "「", "」", "（", "）", "！", "？", "〽", "𠮷", "㊙"}) {
            assertTrue(CjkFlanking.isCjk(c.codePointAt(0)), c);
        }
        for (String c : new String[] {"a", "é", "Ж", "ω", "ب", "א", "ก", "क", "(", "\"", "“", "…", "😀", "⭐", "✅", " "}) {
            assertFalse(CjkFlanking.isCjk(c.codePointAt(0)), c);
        }
    }

    @Test
    void aRunWithNoCjkBesideItIsLeftToCommonMark() {
        assertNull(CjkFlanking.of("a **b.**c", 2, 4));
        assertNull(CjkFlanking.of("**\"quoted\"**", 0, 2));
        assertNull(CjkFlanking.of("😀**x**", 2, 4), "an emoji is no CJK character");
    }

    @Test
    void cjkPunctuationBesideACjkLetterFlanksBothWays() {
        // **重要。**の後: the closing run, after 。 and before の.
        CjkFlanking.Run closing = CjkFlanking.of("**重要。**の後", 5, 7);
        assertTrue(closing.rightFlanking());
        // これは**「重要」**です: the opening run, after は and before 「.
        CjkFlanking.Run opening = CjkFlanking.of("これは**「重要」**です", 3, 5);
        assertTrue(opening.leftFlanking());
        // A variation selector is looked through: 。 with U+FE00 after it still closes before の.
        assertTrue(CjkFlanking.of("**重要。\uFE00**の", 6, 8).rightFlanking());
        // A space still stops a run, CJK or not: "** 重要**" does not open.
        assertFalse(CjkFlanking.of("は** 重要", 1, 3).leftFlanking());
    }
}
