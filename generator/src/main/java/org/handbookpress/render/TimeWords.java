package org.handbookpress.render;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.content.ReviewPeriod;

/**
 * A review period as the page's language writes it: "раз на 12 місяців" rather than the "12 months" an author types
 * into front matter, which was shown as typed on a Ukrainian, Welsh or French page. CLDR's unit names, through ICU4J,
 * have each language's plural forms (1 рік, 2 роки, 5 років), for every language, not only those with labels. English
 * keeps the period as the author wrote it. (A session's lengths are labels, {@code duration.*}: Labels#duration.)
 */
final class TimeWords {

    private static final Map<String, MeasureFormat> WIDE = new ConcurrentHashMap<>();

    private TimeWords() {
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
