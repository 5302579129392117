package org.handbookpress.render;

/**
 * One cell of a CSV file that people open in a spreadsheet. A value a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage return first) is prefixed
 * with an apostrophe, as OWASP's advice on CSV injection says, so that a title such as
 * {@code =HYPERLINK(…)} stays text; then the cell is quoted when it holds a comma, quote or line break.
 */
final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    static String of(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
