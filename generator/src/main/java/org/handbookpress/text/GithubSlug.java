package org.handbookpress.text;

import java.util.Locale;

/**
 * The id GitHub gives a heading (github-slugger), which Hugo's {@code anchorize} and its headings' ids follow too: lower
 * case; letters, marks, numbers, {@code _} and {@code -} kept; each space a hyphen; anything else dropped. Read by the
 * link pass for a heading's id as other tools give it, and by the reading of a Hugo theme's tabs, whose ids it makes.
 */
public final class GithubSlug {

    private GithubSlug() {
    }

    public static String of(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || isWordPart(c) || Character.getType(c) == Character.CONNECTOR_PUNCTUATION) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** A letter, a number or a mark (an accent written apart, a vowel sign). */
    public static boolean isWordPart(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || isNumber(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    public static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
