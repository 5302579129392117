package org.handbookpress.render;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handbookpress.content.Durations;
import org.handbookpress.labels.Labels;

/**
 * An agenda item's length as its page's language writes it: a Ukrainian session plan says {@code [15 хв]} and
 * {@code [1 год]}, a German one {@code [15 Min.]}, a Welsh one {@code [1 awr]}, as a translator writes them and as the
 * build itself writes the lengths back in that language (labels {@code duration.*}); only English units were read, and
 * each such item was "not a length of time". English units are read on every page, since the syntax is written so.
 * The language's words are CLDR's names of hours and minutes, in every width and plural form (ICU's MeasureFormat),
 * and those of the page's labels, which a handbook may change.
 */
final class AgendaLengths {

    /** Per language tag and the labels' own words: a handbook has a few languages, a build many session pages. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int[] COUNTS = {1, 2, 3, 5, 11, 21, 22, 25, 100};
    private static final MeasureFormat.FormatWidth[] WIDTHS = {
        MeasureFormat.FormatWidth.WIDE, MeasureFormat.FormatWidth.SHORT, MeasureFormat.FormatWidth.NARROW};

    private final Pattern local;

    private AgendaLengths(Pattern local) {
        this.local = local;
    }

    static AgendaLengths of(Labels words) {
        String hourLabel = unitOf(words.pattern("duration.hours"), "{hours}");
        String minuteLabel = unitOf(words.pattern("duration.minutes"), "{minutes}");
        String tag = words.locale().toLanguageTag();
        return new AgendaLengths(PATTERNS.computeIfAbsent(tag + '\u0000' + hourLabel + '\u0000' + minuteLabel,
                k -> pattern(ULocale.forLanguageTag(tag), hourLabel, minuteLabel)));
    }

    /** The length in minutes, in English units or the language's; empty when the text is no length of time. */
    OptionalInt minutes(String text) {
        OptionalInt english = Durations.minutes(text);
        if (english.isPresent() || text == null) {
            return english;
        }
        Matcher m = local.matcher(text.strip());
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            return OptionalInt.empty();
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1).replace(',', '.'));
        double mins = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, Math.round(hours * 60 + mins)));
    }

    private static Pattern pattern(ULocale locale, String hourLabel, String minuteLabel) {
        Set<String> hours = words(locale, MeasureUnit.HOUR);
        Set<String> minutes = words(locale, MeasureUnit.MINUTE);
        add(hours, hourLabel);
        add(minutes, minuteLabel);
        return Pattern.compile("(?:(\\d+(?:[.,]\\d+)?)\\s*(?:" + alternatives(hours) + ")\\.?)?\\s*"
                + "(?:(\\d+)\\s*(?:" + alternatives(minutes) + ")\\.?)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The unit's names in the language: each count formatted in each width, its number taken away ("5 годин" → "годин"). */
    private static Set<String> words(ULocale locale, MeasureUnit unit) {
        Set<String> words = new TreeSet<>();
        for (MeasureFormat.FormatWidth width : WIDTHS) {
            MeasureFormat format = MeasureFormat.getInstance(locale, width);
            for (int count : COUNTS) {
                add(words, format.format(new Measure(count, unit)).replaceAll("[\\p{Nd}\\p{Z}\\s]+", " "));
            }
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        String unit = word.strip();
        while (unit.endsWith(".")) { // "Min." and "Min" alike: the pattern allows the full stop
            unit = unit.substring(0, unit.length() - 1).strip();
        }
        if (!unit.isEmpty() && !unit.contains(" ") && !unit.contains("{")) {
            words.add(unit);
        }
    }

    /** A label's unit, "хв" of "{minutes} хв"; "" for one in plural syntax, which CLDR's names cover. */
    private static String unitOf(String label, String placeholder) {
        return label.contains(placeholder) ? label.replace(placeholder, "").strip() : "";
    }

    /** The words as one alternation, longest first, so that "годин" is not read as "год" and a stray "ин". */
    private static String alternatives(Set<String> words) {
        if (words.isEmpty()) {
            return "(?!)"; // never a bare number: a length always names its unit
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
