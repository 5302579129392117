package org.handbookpress.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings from every stage so that a build reports all problems at once, rather than
 * stopping at the first. Stages run pages in parallel, so adding is synchronised.
 */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public synchronized void add(Finding finding) {
        all.add(finding);
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
        return count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), "
                + count(Severity.NOTICE) + " notice(s)";
    }
}
