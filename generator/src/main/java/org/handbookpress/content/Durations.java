package org.handbookpress.content;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations authors write in session plans: "15 min", "1h", "1h 30 min", "1h30", "1.5 hours", "90m". */
public final class Durations {

    /**
     * Hours, then minutes. After hours, two digits without a unit are minutes, as a timetable writes them ("1h30",
     * "2h05"): a plan's {@code duration: 1h30} was an error that stopped the build.
     */
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:h|hr|hrs|hour|hours)(?:\\s*(\\d{2})(?!\\d))?)?"
                    + "\\s*(?:(\\d+)\\s*(?:m|min|mins|minute|minutes))?",
            Pattern.CASE_INSENSITIVE);

    /** The longest agenda item that makes sense: a day. A longer one is a typo ({@code [99999h]}, {@code [90h]} for 90 min). */
    public static final int MAX_ITEM = 24 * 60;
    /** The longest session or agenda that makes sense: a week (a residential course, at most). */
    public static final int MAX_SESSION = 7 * 24 * 60;

    private Durations() {
    }

    /**
     * @return the length in minutes (at most {@link Integer#MAX_VALUE}, however many digits were written),
     *         or empty when the text is not a length of time
     */
    public static OptionalInt minutes(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String trimmed = text.trim();
        Matcher m = DURATION.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches() || (m.group(1) == null && m.group(3) == null)) {
            return OptionalInt.empty();
        }
        double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1).replace(',', '.'));
        double mins = (m.group(2) == null ? 0 : Double.parseDouble(m.group(2)))
                + (m.group(3) == null ? 0 : Double.parseDouble(m.group(3)));
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, Math.round(hours * 60 + mins)));
    }

    /**
     * Why a length is not a sensible one, for a message: zero, or longer than {@code max} minutes.
     *
     * @return empty when the length is sensible
     */
    public static Optional<String> outOfRange(int minutes, int max) {
        if (minutes <= 0) {
            return Optional.of("is zero");
        }
        if (minutes > max) {
            return Optional.of("is longer than " + (max % (24 * 60) == 0 && max > 24 * 60 ? max / (24 * 60) + " days"
                    : format(max)));
        }
        return Optional.empty();
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
