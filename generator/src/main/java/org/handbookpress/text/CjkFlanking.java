package org.handbookpress.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Whether a run of {@code *}, {@code _} or {@code ~} may open or close emphasis where it touches Chinese, Japanese or
 * Korean text, by the "CJK-friendly" amendment to CommonMark's flanking rules (the proposal of commonmark-spec issue 650,
 * followed by markdown-it-cjk-friendly and remark-cjk-friendly).
 *
 * <p>Why: CommonMark lets a run next to punctuation open only after a space or punctuation, and close only before one.
 * Those languages put no spaces between words, so {@code **重要。**の後} and {@code これは**「重要」**です} stayed
 * asterisks on the page. The amendment, as applied here:
 * <ul>
 * <li>punctuation that is itself CJK (。、「」（）！？) never stops a run beside it from opening or closing: only other
 *     punctuation (ASCII's, the curly quotes) keeps CommonMark's condition;</li>
 * <li>where that condition still applies, a CJK character on the far side satisfies it as a space would: a run between
 *     {@code に} and {@code [} opens, one between {@code )} and {@code を} closes;</li>
 * <li>a variation selector after a character (U+FE00–U+FE0E, which pick a glyph) is looked through, so the character
 *     before it decides; an ideographic variation selector (U+E0100–U+E01EF) before a run counts as CJK.</li>
 * </ul>
 * A CJK character is one East Asian Width calls wide, fullwidth or halfwidth and that is not shown as an emoji by
 * default, or one of the Hangul script (Unicode's data, through ICU). What counts as punctuation and as white space is
 * what Flexmark counts (ASCII punctuation and the P categories; the Zs category, tab, line feed, form feed, carriage
 * return), so that where no CJK character is near the run nothing changes: {@link #of} answers null there, and the
 * caller keeps CommonMark's own answer.
 */
public final class CjkFlanking {

    /** What a run may do: Flexmark's six facts about a delimiter run, as its delimiter processors are asked them. */
    public record Run(boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation, boolean afterIsPunctuation,
            boolean beforeIsWhitespace, boolean afterIsWhitespace) {
    }

    private CjkFlanking() {
    }

    /**
     * @param text  the inline text the run is in; its start and end count as line ends
     * @param start index of the run's first character
     * @param end   index after its last
     * @return the run under the amended rules, or null when no CJK character or variation selector is beside it
     */
    public static Run of(CharSequence text, int start, int end) {
        int before = start > 0 ? Character.codePointBefore(text, start) : '\n';
        int after = end < text.length() ? Character.codePointAt(text, end) : '\n';
        // The character a variation selector belongs to stands for the pair: "。︀**" is preceded by 。.
        int beforeBase = before;
        if (isVariationSelector(before)) {
            int at = start - Character.charCount(before);
            beforeBase = at > 0 ? Character.codePointBefore(text, at) : '\n';
        }
        boolean ideographicSelector = isIdeographicVariationSelector(before);
        boolean cjkBefore = isCjk(beforeBase);
        boolean cjkAfter = isCjk(after);
        if (!cjkBefore && !cjkAfter && !ideographicSelector && beforeBase == before) {
            return null;
        }
        boolean beforeIsWhitespace = isWhitespace(before);
        boolean afterIsWhitespace = isWhitespace(after);
        boolean beforeIsPunctuation = isPunctuation(beforeBase);
        boolean afterIsPunctuation = isPunctuation(after);
        // Left-flanking: no space after, and either no non-CJK punctuation after or, if there is, a space, punctuation or
        // a CJK character before.
        boolean left = !afterIsWhitespace && (!(afterIsPunctuation && !cjkAfter)
                || beforeIsWhitespace || beforeIsPunctuation || cjkBefore || ideographicSelector);
        // Right-flanking: no space before, and either no non-CJK punctuation before or, if there is, a space, punctuation
        // or a CJK character after.
        boolean right = !beforeIsWhitespace && (!(beforeIsPunctuation && !cjkBefore)
                || afterIsWhitespace || afterIsPunctuation || cjkAfter);
        return new Run(left, right, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
    }

    /** Chinese, Japanese or Korean by the amendment's definition: East Asian wide, fullwidth or halfwidth and no emoji, or Hangul. */
    public static boolean isCjk(int c) {
        if (c < 0x1100) {
            return false; // nothing below the Hangul Jamo is: Latin, Greek, Cyrillic, Arabic… answer at once
        }
        int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        boolean wide = width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH
                || width == UCharacter.EastAsianWidth.HALFWIDTH;
        return wide && !UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION) || UScript.getScript(c) == UScript.HANGUL;
    }

    /**
     * Flexmark's punctuation: an ASCII punctuation character (symbols such as {@code + $ <} included) or one of Unicode's P
     * categories. What the flanking rules, and so whether a run of asterisks opens or closes, are decided by.
     */
    public static boolean isPunctuation(int c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Flexmark's white space: the Zs category, tab, line feed, form feed and carriage return. */
    static boolean isWhitespace(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The general-use variation selectors but the emoji one, U+FE0F, which makes the character before it an emoji. */
    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0E;
    }

    private static boolean isIdeographicVariationSelector(int c) {
        return c >= 0xE0100 && c <= 0xE01EF;
    }
}
