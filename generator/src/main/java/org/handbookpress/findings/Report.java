package org.handbookpress.findings;

import java.util.List;

/**
 * The outcome of a check or build as the reports show it: every finding in report order, how many
 * were silenced, and whether the handbook passed under the strictness the build ran with.
 */
public record Report(List<Finding> findings, long silenced, boolean strict) {

    public Report {
        findings = findings.stream().distinct().sorted(Finding.REPORT_ORDER).toList();
    }

    public static Report of(Findings findings, boolean strict) {
        return new Report(findings.sorted(), findings.silencedCount(), strict);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** No errors, and in strict mode no warnings either. */
    public boolean passed() {
        return count(Severity.ERROR) == 0 && !(strict && count(Severity.WARNING) > 0);
    }

    public String summary() {
        return count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), "
                + count(Severity.NOTICE) + " notice(s)" + (silenced > 0 ? ", " + silenced + " silenced" : "");
    }
}
