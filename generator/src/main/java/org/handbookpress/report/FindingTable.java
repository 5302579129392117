package org.handbookpress.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbookpress.findings.Finding;

/**
 * The findings counted by code, as a plain-text table for the end of a console report: with
 * hundreds of findings from migrated content, the author sees at once which kinds there are,
 * how many of each, and where the first one is.
 * <pre>
 * code                 severity  count  first
 * link.broken          error        11  episodes/01-welcome.md:40
 * image.alt-missing    warning      20  episodes/02-practice.md:12
 * </pre>
 * Rows are by severity (errors first), then by count (most first), then by code.
 */
public final class FindingTable {

    private FindingTable() {
    }

    public static List<String> lines(List<Finding> findings) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        for (Finding f : findings) {
            byCode.computeIfAbsent(f.code() + "\u0000" + f.severity().name(), k -> new ArrayList<>()).add(f);
        }
        List<List<Finding>> rows = new ArrayList<>(byCode.values());
        rows.sort((a, b) -> {
            int bySeverity = a.get(0).severity().compareTo(b.get(0).severity());
            if (bySeverity != 0) {
                return bySeverity;
            }
            return a.size() != b.size() ? Integer.compare(b.size(), a.size()) : a.get(0).code().compareTo(b.get(0).code());
        });
        int codeWidth = "code".length();
        for (List<Finding> row : rows) {
            codeWidth = Math.max(codeWidth, row.get(0).code().length());
        }
        List<String> out = new ArrayList<>();
        String format = "%-" + codeWidth + "s  %-8s  %5s  %s";
        out.add(String.format(Locale.ROOT, format, "code", "severity", "count", "first"));
        for (List<Finding> row : rows) {
            Finding first = row.get(0);
            String where = first.file() + (first.line() > 0 ? ":" + first.line() : "");
            out.add(String.format(Locale.ROOT, format, first.code(), first.severity().name().toLowerCase(java.util.Locale.ROOT), row.size(), where));
        }
        return out;
    }
}
