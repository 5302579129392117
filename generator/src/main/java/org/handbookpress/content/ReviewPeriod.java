package org.handbookpress.content;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a document must be reviewed, from {@code review-every: 12 months}. */
public record ReviewPeriod(Period period, String text) {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(day|week|month|year)s?", Pattern.CASE_INSENSITIVE);

    public static Optional<ReviewPeriod> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
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
        return Optional.of(new ReviewPeriod(period, text.trim()));
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
