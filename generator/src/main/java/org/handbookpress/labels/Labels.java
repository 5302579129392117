package org.handbookpress.labels;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the theme and the build write around an author's text ("Skip to content", "Menu", "Review overdue",
 * "3 pages and 1 section"), in one language: a page in Welsh has a Welsh frame, as MkDocs Material's and Hugo's themes
 * translate theirs. Each label is looked up in the catalogues from the most to the least particular (the page's language
 * with its region, without it, then English), so a catalogue that lacks a label still shows the English one rather than
 * a key. A label with a value in it is written in ICU's message syntax, whose plural forms follow the language's own
 * rules (Welsh has six, Polish four: "{count, plural, one {# page} other {# pages}}"), which Java's own
 * MessageFormat cannot express.
 */
public final class Labels {

    /** A label whose values are all {@code {name}}, with no quoting apostrophe. */
    private static final Pattern SIMPLE = Pattern.compile("[^{}']*(?:\\{\\w+}[^{}']*)*");
    private static final Pattern SIMPLE_VALUE = Pattern.compile("\\{(\\w+)}");

    private final Locale locale;
    /** The catalogues to look in, the most particular first; the last is the theme's English, which has every key. */
    private final List<Catalogue> catalogues;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** Labels formatted with their values, up to {@link #FORMATTED_KEPT} of them. */
    private final Map<List<Object>, String> formatted = new ConcurrentHashMap<>();
    private static final int FORMATTED_KEPT = 10_000;

    Labels(Locale locale, List<Catalogue> catalogues) {
        this.locale = locale;
        this.catalogues = List.copyOf(catalogues);
    }

    /** The language these labels are written for ({@code cy}, {@code pt-BR}). */
    public Locale locale() {
        return locale;
    }

    /**
     * A label without values ("Menu").
     *
     * @throws IllegalArgumentException for a key no catalogue has, a mistake in the caller (a layout naming a label that
     *                                  does not exist fails there, with the layout's line)
     */
    public String text(String key) {
        String pattern = pattern(key);
        return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0 ? pattern : format(key, Map.of());
    }

    /** A label with named values ("{count, plural, one {# page} other {# pages}}" with {@code count}). */
    public String format(String key, Map<String, ?> values) {
        String pattern = pattern(key);
        if (SIMPLE.matcher(pattern).matches() && values.values().stream().allMatch(v -> v instanceof String)) {
            // Only {name}s filled with words ("Table: {heading}"): put in here, without loading ICU, whose first message
            // costs a fresh JVM 0.1-0.2 s; the labels with numbers, which ICU formats as the language writes them, need it.
            return SIMPLE_VALUE.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        // Most pages ask for the same few ("All 40 pages in Toolkit" on each of the section's pages): formatted once.
        List<Object> asked = List.of(key, values);
        String done = formatted.get(asked);
        if (done != null) {
            return done;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale));
        synchronized (format) { // ICU's formats are not safe to share between threads while formatting
            done = format.format(values);
        }
        if (formatted.size() < FORMATTED_KEPT) {
            formatted.put(asked, done);
        }
        return done;
    }

    /**
     * A length of time as the language writes it ("1h 30 min", "45 min", "2h" in English; "1 Std. 30 Min." in German):
     * the labels {@code duration.minutes}, {@code duration.hours} and {@code duration.hours-minutes}, whose numbers
     * take the language's plural forms.
     */
    public String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return format("duration.minutes", Map.of("minutes", rest));
        }
        return rest == 0 ? format("duration.hours", Map.of("hours", hours))
                : format("duration.hours-minutes", Map.of("hours", hours, "minutes", rest));
    }

    /** Whether a catalogue has the key: the theme's English has every label the theme and the build use. */
    public boolean has(String key) {
        return catalogues.stream().anyMatch(c -> c.texts().containsKey(key));
    }

    /** A label as its catalogue writes it, values not put in: for a script to format (search.js). */
    public String pattern(String key) {
        for (Catalogue catalogue : catalogues) {
            String text = catalogue.texts().get(key);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalArgumentException("no label '" + key + "' in the theme's labels (labels/en.properties)");
    }
}
