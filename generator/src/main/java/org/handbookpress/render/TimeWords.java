package org.handbookpress.render;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.content.Durations;
import org.handbookpress.content.ReviewPeriod;

/**
 * Lengths of time as the page's language writes them: a session's "1 год 30 хв" and a review's "раз на 12 місяців"
 * rather than the "1h 30 min" and "12 months" an author types into front matter, which were shown as typed on a
 * Ukrainian, Welsh or French page. CLDR's unit names, through ICU4J, have each language's plural forms (1 рік, 2 роки,
 * 5 років). English keeps the forms the format is written in ("1h 30 min", and the period as the author wrote it), so
 * an English handbook reads as before.
 */
final class TimeWords {

    private static final Map<String, MeasureFormat> SHORT = new ConcurrentHashMap<>();
    private static final Map<String, MeasureFormat> WIDE = new ConcurrentHashMap<>();

    private TimeWords() {
    }

    /** A session's or agenda item's length: "45 min", "1h 30 min" in English, "1 год 30 хв" in Ukrainian. */
    static String duration(int minutes, Locale locale) {
        if (isEnglish(locale)) {
            return Durations.format(minutes);
        }
        MeasureFormat format = SHORT.computeIfAbsent(locale.toLanguageTag(),
                tag -> MeasureFormat.getInstance(digitsAsTimes(tag), MeasureFormat.FormatWidth.SHORT));
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return format.formatMeasures(new Measure(m, MeasureUnit.MINUTE));
        }
        // Each unit on its own, side by side, as the English "1h 30 min": CLDR's list of units puts a word between them
        // ("1 год і 30 хв", "1 h et 30 min"), which reads as a sentence rather than an agenda's column.
        String hours = format.formatMeasures(new Measure(h, MeasureUnit.HOUR));
        return m == 0 ? hours : hours + " " + format.formatMeasures(new Measure(m, MeasureUnit.MINUTE));
    }

    /** How often a document is reviewed: "12 months" as written in English, "12 місяців" in Ukrainian. */
    static String period(ReviewPeriod period, Locale locale) {
        if (isEnglish(locale)) {
            return period.text();
        }
        MeasureUnit unit = switch (period.unit()) {
            case DAYS -> MeasureUnit.DAY;
            case WEEKS -> MeasureUnit.WEEK;
            case MONTHS -> MeasureUnit.MONTH;
            default -> MeasureUnit.YEAR;
        };
        MeasureFormat format = WIDE.computeIfAbsent(locale.toLanguageTag(),
                tag -> MeasureFormat.getInstance(digitsAsTimes(tag), MeasureFormat.FormatWidth.WIDE));
        return format.formatMeasures(new Measure(period.count(), unit));
    }

    /**
     * The language with the digits 0–9, which the agenda's clock times and the pages' dates are written in: CLDR would
     * give Arabic its own digits (٣٠ دقيقة) beside "10:00–10:30" in the next column.
     */
    private static ULocale digitsAsTimes(String tag) {
        return ULocale.forLanguageTag(tag).setKeywordValue("numbers", "latn");
    }

    static boolean isEnglish(Locale locale) {
        return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
    }
}
