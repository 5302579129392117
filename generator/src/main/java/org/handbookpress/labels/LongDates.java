package org.handbookpress.labels;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a language writes a date in full, for the dates around a handbook's text (the footer's build date, review dates,
 * document control, a printed copy's "Version of …").
 * <p>
 * Languages differ in more than their month names: Spanish writes "6 de diciembre de 2026", Portuguese "6 de dezembro de
 * 2026", German "6. Dezember 2026", Ukrainian "6 грудня 2026 р.", Japanese "2026年12月6日". One pattern for all, day month
 * year, gave "6 diciembre 2026" and "6 12月 2026", which no reader of those languages writes; CLDR's long date (the JDK's
 * locale data) is each language's own. English keeps day, month, year whatever its region: the theme's English is
 * British ("organisation", "Page 3 of 12"), and a site migrated from Hugo says {@code en-us} by default, not by choice.
 */
public final class LongDates {

    private LongDates() {
    }

    /** The formatter of a full date in the language of a BCP 47 tag ({@code es}, {@code pt-BR}, {@code en-GB}). */
    public static DateTimeFormatter in(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale.getLanguage().isEmpty() ? Locale.UK : locale);
        }
        // The pattern for the locale itself: DateTimeFormatter.ofLocalizedDate would start from the machine's locale.
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
