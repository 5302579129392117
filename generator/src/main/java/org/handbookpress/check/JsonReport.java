package org.handbookpress.check;

/**
 * The report as JSON, for CI systems and editors ({@code target/handbook-report.json}). The schema is
 * documented in docs/checks.md and versioned: fields are only ever added, and a change to the meaning
 * of one raises {@link #VERSION}. Written by hand, because six fields do not need a JSON library;
 * the output is deterministic (no dates, fixed order) so that two runs over the same handbook agree.
 */
public final class JsonReport {

    public static final int VERSION = 1;

    private JsonReport() {
    }

    public static String of(Report report) {
        StringBuilder json = new StringBuilder(256 + report.findings().size() * 256);
        json.append("{\n");
        json.append("  \"version\": ").append(VERSION).append(",\n");
        json.append("  \"strict\": ").append(report.strict()).append(",\n");
        json.append("  \"passed\": ").append(report.passed()).append(",\n");
        json.append("  \"summary\": {\"errors\": ").append(report.count(Severity.ERROR))
                .append(", \"warnings\": ").append(report.count(Severity.WARNING))
                .append(", \"notices\": ").append(report.count(Severity.NOTICE))
                .append(", \"silenced\": ").append(report.silenced()).append("},\n");
        json.append("  \"findings\": [");
        String separator = "\n";
        for (Finding f : report.findings()) {
            json.append(separator).append("    {\"file\": ").append(string(f.file()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"column\": ").append(f.column())
                    .append(", \"severity\": ").append(string(f.severity().label()))
                    .append(", \"code\": ").append(string(f.code()))
                    .append(", \"message\": ").append(string(f.message()))
                    .append(", \"fix\": ").append(string(f.fix())).append('}');
            separator = ",\n";
        }
        json.append(report.findings().isEmpty() ? "]\n" : "\n  ]\n");
        return json.append("}\n").toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; null as "". */
    static String string(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters must be escaped; U+2028/9 too, so the report can be pasted into JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
