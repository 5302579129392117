package org.handbookpress.content;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which way a language is written: right to left for Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi,
 * Sorani Kurdish, Sindhi, Uyghur and any other language whose usual script is right to left, with or without a
 * region ({@code ar-EG}); left to right for the rest, a language written in a script of its own choosing included
 * ({@code az-Arab} is right to left, {@code ku-Latn} left to right). ICU decides from CLDR's likely scripts rather than
 * a list of ours, which would miss a language; the JDK's {@code ComponentOrientation} knows only seven.
 */
public final class TextDirection {

    /** Each tag's answer: a handbook has a language or two, and every page asks (ICU's parse of a tag is not free). */
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private TextDirection() {
    }

    /**
     * @param languageTag a BCP 47 tag ({@code handbook.yml}'s {@code language:}, a translation folder's name); an
     *                    underscore for the hyphen is accepted; null, blank or unreadable is left to right
     */
    public static boolean rightToLeft(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return false;
        }
        return KNOWN.computeIfAbsent(languageTag, tag -> {
            ULocale locale = ULocale.forLanguageTag(tag.strip().replace('_', '-'));
            // isRightToLeft reads the script subtag, or else the language's likely script (ar → Arab).
            return !locale.getLanguage().isEmpty() && locale.isRightToLeft();
        });
    }

    /** The value of an HTML {@code dir} attribute for the language: {@code rtl} or {@code ltr}. */
    public static String of(String languageTag) {
        return rightToLeft(languageTag) ? "rtl" : "ltr";
    }
}
