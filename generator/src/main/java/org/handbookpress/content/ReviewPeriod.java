package org.handbookpress.content;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a document must be reviewed, from {@code review-every: 12 months}. The words policies are written with
 * ("This policy is reviewed annually") are read too: {@code annually} or {@code yearly} as {@code 12 months},
 * {@code quarterly}, {@code monthly}, {@code weekly}, and {@code every 2 years} or {@code every year} as the period they
 * name; {@link #text} is then the period in numbers, so that the register says "every 12 months", not "every annually".
 */
public record ReviewPeriod(Period period, String text) {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(day|week|month|year)s?", Pattern.CASE_INSENSITIVE);
    /** "every 2 years", "every year": the number, when written, is the form's; none is one. */
    private static final Pattern EVERY = Pattern.compile("every\\s+(?:(\\d+)\\s*)?(day|week|month|year)s?", Pattern.CASE_INSENSITIVE);
    private static final java.util.Map<String, String> WORDS = java.util.Map.of("annually", "12 months", "yearly", "12 months",
            "annual", "12 months", "quarterly", "3 months", "monthly", "1 month", "weekly", "1 week");

    public static Optional<ReviewPeriod> parse(String text) {
        String written = text.trim();
        String word = WORDS.get(written.toLowerCase(Locale.ROOT));
        Matcher every = EVERY.matcher(written);
        if (word != null) {
            written = word;
        } else if (every.matches()) {
            String unit = every.group(2).toLowerCase(Locale.ROOT);
            String n = every.group(1) == null ? "1" : every.group(1);
            written = n.equals("1") && unit.equals("year") ? "12 months" : n + " " + unit + (n.equals("1") ? "" : "s");
        }
        Matcher m = FORM.matcher(written);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        if (n <= 0) {
            return Optional.empty();
        }
        Period period = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> Period.ofDays(n);
            case "week" -> Period.ofWeeks(n);
            case "month" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        return Optional.of(new ReviewPeriod(period, written));
    }

    /** The number written ("12" in "12 months"). */
    public int count() {
        Matcher m = written();
        return Integer.parseInt(m.group(1));
    }

    /** The unit written, days, weeks, months or years ("2 weeks" is weeks, not 14 days). */
    public ChronoUnit unit() {
        return switch (written().group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private Matcher written() {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("not a period: " + text);
        }
        return m;
    }

    public LocalDate after(LocalDate reviewed) {
        return reviewed.plus(period);
    }
}
