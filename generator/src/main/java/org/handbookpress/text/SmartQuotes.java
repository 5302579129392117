package org.handbookpress.text;

/**
 * The quotes a word processor's smart punctuation writes in place of the straight ones an author typed (Word and Google
 * Docs do it as one types): read the same way by the link check (an address in them) and by the check of Markdown left
 * as text (a link's title in them), so the two name the same marks.
 */
public final class SmartQuotes {

    /** English's, German's and French's: “ ” ‘ ’ „ ‚ « ». */
    public static final String ALL = "“”‘’„‚«»";

    private SmartQuotes() {
    }

    public static boolean isOne(char c) {
        return ALL.indexOf(c) >= 0;
    }

    /**
     * Whether the character at {@code at} is one of these quotes as a quote: ’ or ‘ between two letters or digits is an
     * apostrophe, which a word processor writes in words as in addresses ({@code https://example.org/it’s},
     * {@code o’brien@example.org}) and which no Markdown asks to be straight.
     */
    public static boolean isQuoteAt(CharSequence text, int at) {
        char c = text.charAt(at);
        if (!isOne(c)) {
            return false;
        }
        return !((c == '\u2019' || c == '\u2018') && at > 0 && at + 1 < text.length()
                && Character.isLetterOrDigit(Character.codePointBefore(text, at)) && Character.isLetterOrDigit(Character.codePointAt(text, at + 1)));
    }
}
