package org.handbookpress.findings;

import java.util.Comparator;

/**
 * One problem found in a handbook, with where it is and what to do about it.
 *
 * @param file   path relative to the content folder, with forward slashes ("" for the project itself)
 * @param line   1-based line, or 0 when the problem is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param code   a stable identifier (e.g. {@code link.broken}) that a reader can silence
 * @param fix    how to fix it, in words an editor understands
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message, String fix) {

    /** A total order, so the report does not depend on the order stages (some of them parallel) added findings. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::message)
            .thenComparing(Finding::code)
            .thenComparing(f -> f.fix() == null ? "" : f.fix());

    public static Finding error(String file, int line, String code, String message, String fix) {
        return new Finding(file, line, 0, Severity.ERROR, code, message, fix);
    }

    public static Finding warning(String file, int line, String code, String message, String fix) {
        return new Finding(file, line, 0, Severity.WARNING, code, message, fix);
    }

    public static Finding notice(String file, int line, String code, String message, String fix) {
        return new Finding(file, line, 0, Severity.NOTICE, code, message, fix);
    }

    /** {@code file:line:col: severity: message — fix}, the form editors and IDEs recognise. */
    public String format() {
        StringBuilder where = new StringBuilder(file.isEmpty() ? "handbook" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        String text = where + ": " + severity.label() + ": " + message;
        return fix == null || fix.isBlank() ? text : text + " — " + fix;
    }
}
