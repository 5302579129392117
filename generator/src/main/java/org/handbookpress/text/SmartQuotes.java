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
}
