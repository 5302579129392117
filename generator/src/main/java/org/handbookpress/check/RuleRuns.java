package org.handbookpress.check;

import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Refuses a line that opens with a very long run of one horizontal-rule character ({@code -}, {@code *} or
 * {@code _}, with or without spaces between), before the Markdown parser sees it. Flexmark tries each line as a
 * horizontal rule with a regular expression that goes one level deeper in the stack for every character of the
 * run, so a line of a few thousand dashes (or of asterisks, rule or not) overflows it: the page then failed with
 * "ran out of stack … nested too deeply", on its first line, though nothing in it is nested. The run is counted
 * where the parser reads it, after the line's quote and list markers; lines inside fenced code are not counted.
 */
public final class RuleRuns {

    /** A rule needs three, a long one in a real page is a line's width; the parser overflows at about 1,500. */
    public static final int MAX = 500;

    private final Findings findings;

    public RuleRuns(Findings findings) {
        this.findings = findings;
    }

    /** @return true when a line's run is too long to convert (an error has been added) */
    public boolean tooLong(Page page) {
        if (!mayHoldALongRun(page.markdown())) {
            return false; // most pages: too few of any rule character in all for a run, so none is split into lines
        }
        String[] lines = page.markdown().split("\n", -1);
        int i = NestingDepth.firstOutsideCode(lines, line -> run(line, start(line)) > MAX);
        if (i < 0) {
            return false;
        }
        String line = lines[i];
        int at = start(line);
        findings.error(page.path(), page.bodyLine() + i, "content.long-rule", "this line begins with a run of " + run(line, at)
                + " '" + line.charAt(at) + "' characters; the Markdown parser cannot read a run longer than " + MAX,
                "shorten the run: three (---) make a horizontal rule");
        return true;
    }

    /** Whether the text holds more than {@link #MAX} of one rule character in all, as a run longer than that needs. */
    static boolean mayHoldALongRun(String text) {
        int dashes = 0;
        int stars = 0;
        int lows = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c == '*') {
                stars++;
            } else if (c == '_') {
                lows++;
            }
        }
        return dashes > MAX || stars > MAX || lows > MAX;
    }

    /** Where the parser reads a line's own text: after its quote and list markers and the spaces after them. */
    private static int start(String line) {
        int at = NestingDepth.prefix(line)[1];
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** How many rule characters (all the one at {@code from}; spaces and tabs between) start at {@code from}, or 0. */
    static int run(String line, int from) {
        if (from >= line.length() || "-*_".indexOf(line.charAt(from)) < 0) {
            return 0;
        }
        char rule = line.charAt(from);
        int count = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == rule) {
                count++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return count;
    }
}
