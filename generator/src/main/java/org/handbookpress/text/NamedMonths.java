package org.handbookpress.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The month a name stands for, in any language the theme speaks: "January", "Jan" and "Sept", but also "juillet",
 * "Gorffennaf", "lipca" and "Dezember", as a handbook written in French, Welsh, Polish or German writes a review date on
 * its cover. A date written so in front matter gets the exact date to write back in its finding, where one in another
 * language than English was told only the format to work it out from.
 * <p>
 * The names are CLDR's (the JDK's locale data), full and abbreviated, as a date names them ("14 lipca") and as a month
 * stands alone ("lipiec"), read in any case. A name that is two months in two languages is no month here: the finding
 * then gives the format, never the wrong date.
 */
public final class NamedMonths {

    /** The theme's languages (its label catalogues), whose authors write their dates in their own words. */
    private static final List<String> LANGUAGES = List.of("en", "ar", "cy", "de", "es", "fr", "ga", "it", "nl", "pl", "pt", "uk");
    private static final Map<String, Optional<Month>> NAMES = names();

    private NamedMonths() {
    }

    /** The month {@code name} stands for (a trailing full stop, "Sept.", ignored), or empty when it names none or several. */
    public static Optional<Month> of(String name) {
        Optional<Month> month = NAMES.get(key(name));
        return month == null ? Optional.empty() : month;
    }

    /** A name as it is looked up: in lower case, without a trailing full stop ("Sept." and "sept" alike). */
    private static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static Map<String, Optional<Month>> names() {
        Map<String, Optional<Month>> names = new HashMap<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                    add(names, month.getDisplayName(style, locale), month);
                }
            }
        }
        add(names, "sept", Month.SEPTEMBER); // British English's own short form, which CLDR's "en" does not give
        return Map.copyOf(names);
    }

    private static void add(Map<String, Optional<Month>> names, String name, Month month) {
        String key = key(name);
        // A short name of fewer than three letters ("V" for May) or in figures is no name an author writes for a month.
        if (key.codePoints().filter(Character::isLetter).count() < 3) {
            return;
        }
        names.merge(key, Optional.of(month), (had, added) -> had.equals(added) ? had : Optional.empty()); // two months: none
    }
}
