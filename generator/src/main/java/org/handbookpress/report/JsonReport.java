package org.handbookpress.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.output.Json;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.handbookpress.findings.Report;

/**
 * The report as JSON, for CI systems and editors ({@code target/handbook-report.json}). The schema is
 * documented in docs/checks.md and versioned: fields are only ever added, and a change to the meaning
 * of one raises {@link #VERSION}. One finding per line, so that two reports compare well in a diff;
 * deterministic (no dates, fixed order), so that two runs over the same handbook give the same bytes.
 */
public final class JsonReport {

    public static final int VERSION = 1;

    private JsonReport() {
    }

    public static String of(Report report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notices", report.count(Severity.NOTICE));
        summary.put("silenced", report.silenced());
        // Every finding, where the log and the preview's page list 20 of a code in a file (ListedFindings): the report is
        // read by tools (a CI's annotations, an editor's list of problems), which count and place each one.
        List<Finding> listed = report.findings();
        StringBuilder json = new StringBuilder(256 + listed.size() * 256);
        json.append("{\n");
        json.append("  \"version\": ").append(VERSION).append(",\n");
        json.append("  \"strict\": ").append(report.strict()).append(",\n");
        json.append("  \"passed\": ").append(report.passed()).append(",\n");
        json.append("  \"summary\": ").append(Json.write(summary)).append(",\n");
        json.append("  \"findings\": [");
        String separator = "\n    ";
        for (Finding f : listed) {
            json.append(separator).append(Json.write(fields(f)));
            separator = ",\n    ";
        }
        json.append(listed.isEmpty() ? "]\n" : "\n  ]\n");
        return json.append("}\n").toString();
    }

    private static Map<String, Object> fields(Finding f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", f.file());
        fields.put("line", f.line());
        fields.put("column", f.column());
        fields.put("severity", f.severity().label());
        fields.put("code", f.code());
        fields.put("message", f.message());
        fields.put("fix", f.fix() == null ? "" : f.fix());
        return fields;
    }
}
