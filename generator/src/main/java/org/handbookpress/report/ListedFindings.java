package org.handbookpress.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handbookpress.findings.Finding;

/**
 * The findings a report lists: at most {@link #LIMIT} of one code and severity in one file, in report order, and for the
 * rest one finding of theirs, at the first left out, saying how many more there are and on which lines. A page of
 * generated filler text, or one fault repeated on thousands of lines, gave thousands of lines of the log and of the
 * JSON report for one file, and buried the findings that matter. Only what is listed is shortened: the counts, the table
 * by code and whether the build fails are worked out from every finding. Twenty is enough to show what kind of fault it
 * is and to mend a batch: Clang stops at 20 errors and javac lists 100 of a whole build, docfx 10 of one file and
 * level; ESLint and markdownlint list everything (ESLint's --max-warnings only fails the build), and Vale lets each
 * rule set a limit of its own.
 */
public final class ListedFindings {

    public static final int LIMIT = 20;

    private ListedFindings() {
    }

    /** @param findings in any order; the list comes back in report order */
    public static List<Finding> of(List<Finding> findings) {
        List<Finding> listed = new ArrayList<>(findings.size());
        for (List<Finding> kind : byFileAndCode(findings).values()) {
            if (kind.size() <= LIMIT) {
                listed.addAll(kind);
                continue;
            }
            listed.addAll(kind.subList(0, LIMIT));
            List<Finding> rest = kind.subList(LIMIT, kind.size());
            Finding first = rest.get(0);
            Finding last = rest.get(rest.size() - 1);
            // Alike findings (lorem ipsum, a placeholder) share their fix, which is then worth saying once more.
            String fix = rest.stream().allMatch(f -> Objects.equals(f.fix(), first.fix())) && first.fix() != null && !first.fix().isBlank()
                    ? first.fix() + "; then build again to list any left" : "mend those listed, then build again to list the rest";
            listed.add(new Finding(first.file(), first.line(), 0, first.severity(), first.code(), rest.size() + " more " + first.severity().label()
                    + "s of this kind in this file, not listed" + (last.line() > 0 ? " (lines " + first.line() + " to " + last.line() + ")" : "")
                    + ": a report lists the first " + LIMIT + " of a kind in a file, and counts them all", fix));
        }
        listed.sort(Finding.REPORT_ORDER);
        return listed;
    }

    /** How many of {@code findings} {@link #of} leaves out (each kind's closing finding stands for them). */
    public static long unlisted(List<Finding> findings) {
        return byFileAndCode(findings).values().stream().mapToLong(kind -> Math.max(0, kind.size() - LIMIT)).sum();
    }

    /** Distinct findings by file, code and severity (a code of both severities, file.encoding, is capped apart), each in report order. */
    private static Map<String, List<Finding>> byFileAndCode(List<Finding> findings) {
        Map<String, List<Finding>> kinds = new LinkedHashMap<>();
        for (Finding f : findings.stream().distinct().sorted(Finding.REPORT_ORDER).toList()) {
            kinds.computeIfAbsent(f.file() + '\u0000' + f.code() + '\u0000' + f.severity(), k -> new ArrayList<>()).add(f);
        }
        return kinds;
    }
}
