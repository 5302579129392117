package org.handbookpress.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Findings and other values as lines of text, for a build in a JVM of its own to tell the goal that started
 * it, and for the record of the last build: a word saying what the line is, a space, then tab-separated
 * fields with backslash, tab and line breaks escaped, so a message of several lines stays one line.
 */
public final class FindingLines {

    public static final String FINDING = "finding";
    /** Stands for a null field (a finding without a fix, a check that wrote no output folder). */
    private static final String NULL = "\\0";

    private FindingLines() {
    }

    public static String line(String kind, String... fields) {
        StringBuilder out = new StringBuilder(kind).append(' ');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(escape(fields[i]));
        }
        return out.toString();
    }

    public static String finding(Finding f) {
        return line(FINDING, f.file(), String.valueOf(f.line()), String.valueOf(f.column()), f.severity().name(), f.code(),
                f.message(), f.fix());
    }

    /** The line's kind (the text before the first space), or the whole line when it has no space. */
    public static String kind(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** The line's fields, unescaped; a line that is only its kind has one empty field. */
    public static List<String> fields(String line) {
        int space = line.indexOf(' ');
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean isNull = false;
        for (int i = space < 0 ? line.length() : space + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(isNull ? null : field.toString());
                field.setLength(0);
                isNull = false;
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                switch (next) {
                    case 't' -> field.append('\t');
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    case '0' -> isNull = true;
                    default -> field.append(next);
                }
            } else {
                field.append(c);
            }
        }
        fields.add(isNull ? null : field.toString());
        return fields;
    }

    public static Finding parseFinding(List<String> f) {
        return new Finding(f.get(0), Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)), Severity.valueOf(f.get(3)),
                f.get(4), f.get(5), f.get(6));
    }

    private static String escape(String text) {
        if (text == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
