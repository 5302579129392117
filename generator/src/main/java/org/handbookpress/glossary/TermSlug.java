package org.handbookpress.glossary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The anchor of a glossary entry, stable across builds so that other sites and printed references can
 * link to it: {@code term-} followed by the term in lower case, with its letters (any script, accents
 * kept, so "Gŵyl" gives {@code term-gŵyl}) and digits as they are, apostrophes dropped, and every other
 * run of characters turned into one hyphen ("Taking Time" gives {@code term-taking-time}). A term with
 * no letters or digits gets {@code term-N}; a clash with an id already on the page gets {@code -2},
 * {@code -3}….
 */
public final class TermSlug {

    static final String PREFIX = "term-";

    private TermSlug() {
    }

    /** The anchor for a term, before any clash is resolved. */
    public static String of(String term) {
        String text = Normalizer.normalize(term, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(PREFIX);
        boolean hyphen = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '\u2019' || cp == '\u2018') {
                continue;
            }
            if (TermMatcher.isWordChar(cp)) {
                if (hyphen && out.length() > PREFIX.length()) {
                    out.append('-');
                }
                hyphen = false;
                out.appendCodePoint(cp);
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /** The anchor for a term, made unique against {@code taken}, which it is added to. */
    public static String unique(String term, int position, Set<String> taken) {
        String base = of(term);
        if (base.equals(PREFIX)) {
            base = PREFIX + position;
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
