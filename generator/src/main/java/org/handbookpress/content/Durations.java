package org.handbookpress.content;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations authors write in session plans: "15 min", "1h", "1h 30 min", "1.5 hours", "90m". */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minute|minutes))?",
            Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    public static OptionalInt minutes(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String trimmed = text.trim();
        Matcher m = DURATION.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return OptionalInt.empty();
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1).replace(',', '.'));
        int mins = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return OptionalInt.of((int) Math.round(hours * 60) + mins);
    }

    /** "1h 30 min", "45 min", "2h": the form a facilitator reads at a glance. */
    public static String format(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + "h" : h + "h " + m + " min";
    }
}
