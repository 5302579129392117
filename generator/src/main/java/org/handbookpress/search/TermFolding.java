package org.handbookpress.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words become search terms, the same way in the build and in {@code assets/search.js}: lower case,
 * diacritics removed (Gŵyl → gwyl, café → cafe) and a few letters that do not decompose spelled out
 * (ß → ss, æ → ae, ø → o). The browser repeats these rules, so a change here must be made there too.
 */
public final class TermFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Longer tokens are codes or run-together text, never typed into a search box. */
    static final int MAX_LENGTH = 32;

    private TermFolding() {
    }

    public static String fold(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // most words of most handbooks: nothing to decompose or spell out
        }
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> spelled.append("ss");
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ø' -> spelled.append('o');
                case 'ł' -> spelled.append('l');
                case 'đ', 'ð' -> spelled.append('d');
                case 'þ' -> spelled.append("th");
                case 'ı' -> spelled.append('i');
                default -> spelled.append(c);
            }
        }
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A character of a word: a letter or digit in any script, Unicode's letters (L) and numbers (N), as
     * {@code [\p{L}\p{N}]+} finds them in assets/search.js; an apostrophe or hyphen ends a word.
     */
    static boolean isWordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The folded terms of a text, in order, repeats kept; one-letter words are left out unless digits. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        // Words found by hand: a third to a half less time than with a regular expression's matcher (bench/corpus.py text).
        int at = 0;
        while (at < text.length()) {
            int start = at;
            while (at < text.length() && isWordChar(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            if (at == start) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            String term = fold(text.substring(start, at));
            if (term.length() > MAX_LENGTH || term.isEmpty()) {
                continue;
            }
            if (term.length() == 1 && !Character.isDigit(term.charAt(0))) {
                continue;
            }
            out.add(term);
        }
        return out;
    }
}
