package org.handbookpress.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects findings from every stage so that a build reports all problems at once, rather than
 * stopping at the first. Stages run pages in parallel, so adding is synchronised.
 * Findings an author has silenced (see {@code check.Silences}) are kept apart: counted, never reported.
 */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();
    private final List<Finding> silenced = new ArrayList<>();
    private Predicate<Finding> silence = finding -> false;
    private final boolean keeps;

    public Findings() {
        this(true);
    }

    private Findings(boolean keeps) {
        this.keeps = keeps;
    }

    /** Findings that keep nothing: for passes run again over a page whose findings were taken the first time. */
    public static Findings discarded() {
        return new Findings(false);
    }

    public synchronized void add(Finding finding) {
        if (keeps) {
            (silence.test(finding) ? silenced : all).add(finding);
        }
    }

    /**
     * The errors so far about {@code file} made warnings, their words unchanged: a draft's front matter (a date
     * written wrong in a page the build leaves out) should not stop the build of the rest.
     */
    public synchronized void errorsAsWarnings(String file) {
        all.replaceAll(f -> f.severity() == Severity.ERROR && f.file().equals(file)
                ? new Finding(f.file(), f.line(), f.column(), Severity.WARNING, f.code(), f.message(), f.fix()) : f);
    }

    public void error(String file, int line, String code, String message, String fix) {
        add(Finding.error(file, line, code, message, fix));
    }

    public void warning(String file, int line, String code, String message, String fix) {
        add(Finding.warning(file, line, code, message, fix));
    }

    public void notice(String file, int line, String code, String message, String fix) {
        add(Finding.notice(file, line, code, message, fix));
    }

    /**
     * Silences the findings a rule matches: those already collected (the loading stage reports before
     * the pages, and so their silencing rules, are known) and every one added from now on.
     */
    public synchronized void silence(Predicate<Finding> rule) {
        silence = silence.or(rule);
        for (Finding finding : all) {
            if (rule.test(finding)) {
                silenced.add(finding);
            }
        }
        all.removeIf(rule);
    }

    /**
     * Whether a finding of this code was reported at this file and line (silenced or not): for a later check that would
     * otherwise say the same thing again in other words.
     */
    public synchronized boolean holds(String file, int line, String code) {
        Predicate<Finding> at = f -> f.file().equals(file) && f.line() == line && f.code().equals(code);
        return all.stream().anyMatch(at) || silenced.stream().anyMatch(at);
    }

    /**
     * Whether the author silenced this finding where it would be reported: for a check that reports many places in one
     * finding, so that a place silenced on its own line is left out of it, as it would be of a finding of its own.
     */
    public synchronized boolean silences(Finding finding) {
        return silence.test(finding);
    }

    /** How many distinct findings were silenced; the report shows the number so that nothing hides unseen. */
    public synchronized long silencedCount() {
        return silenced.stream().distinct().count();
    }

    /** All findings, de-duplicated and in report order (file, line, column). */
    public synchronized List<Finding> sorted() {
        return all.stream().distinct().sorted(Finding.REPORT_ORDER).toList();
    }

    public synchronized long count(Severity severity) {
        return all.stream().distinct().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** True when the build must stop: any error, or in strict mode any warning. */
    public boolean failsBuild(boolean strict) {
        return hasErrors() || (strict && count(Severity.WARNING) > 0);
    }

    public String summary() {
        long quiet = silencedCount();
        return count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), "
                + count(Severity.NOTICE) + " notice(s)" + (quiet > 0 ? ", " + quiet + " silenced" : "");
    }
}
