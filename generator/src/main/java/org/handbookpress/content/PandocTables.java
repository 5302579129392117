package org.handbookpress.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * Pandoc's grid tables, which Pandoc writes for a Word document's tables whose cells hold more than a line (a policy's
 * table of limits, a rota):
 * <pre>
 * +-----------+----------------------+
 * | Item      | Limit                |
 * +===========+======================+
 * | Travel    | £50 a day, with a    |
 * |           | receipt over £10     |
 * +-----------+----------------------+
 * </pre>
 * CommonMark has no such table, so it was shown as its lines of dashes and bars. Each becomes an HTML table over the
 * same number of lines (so findings keep the file's lines), its cells' Markdown rendered as Markdown (with any HTML in
 * them shown as text), aligned as the colons of its rule say. A table whose cells span columns is left as written.
 */
final class PandocTables {

    /** A border: {@code +---+---+}, {@code +===+} under the header, colons for alignment. */
    private static final Pattern BORDER = Pattern.compile("^\\+(?:[-=:]+\\+)+\\s*$");
    private static final Parser CELL_PARSER = org.handbookpress.text.CjkEmphasisParser.commonMark();
    private static final HtmlRenderer CELL_RENDERER = HtmlRenderer.builder(new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)).build();

    private PandocTables() {
    }

    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "+-") && !QuickScan.contains(markdown, "+:") && !anyColumnRule(markdown)) {
            return markdown;
        }
        return OutsideCode.apply(markdown, PandocTables::tables);
    }

    private static String tables(String text) {
        String[] lines = text.split("\n", -1);
        dashTables(lines);
        for (int i = 0; i < lines.length; i++) {
            if (!BORDER.matcher(lines[i].strip()).matches() || lines[i].indexOf('+') > 3 || lines[i].strip().contains("=")) {
                continue;
            }
            int indent = lines[i].indexOf('+');
            int end = i + 1;
            while (end < lines.length && lines[end].length() > indent && lines[end].substring(0, indent).isBlank()
                    && (lines[end].charAt(indent) == '+' || lines[end].charAt(indent) == '|')) {
                end++;
            }
            String[] table = new String[end - i];
            for (int k = i; k < end; k++) {
                table[k - i] = lines[k].substring(indent).stripTrailing();
            }
            List<String> html = table.length >= 3 && BORDER.matcher(table[table.length - 1]).matches() ? html(table) : null;
            if (html != null) {
                for (int k = 0; k < html.size(); k++) {
                    lines[i + k] = " ".repeat(indent) + html.get(k);
                }
            }
            i = end - 1;
        }
        return String.join("\n", lines);
    }

    /** The table as HTML, one string per line of the table, or null when its lines do not keep to its columns. */
    private static List<String> html(String[] table) {
        String top = table[0];
        List<Integer> edges = new ArrayList<>();
        for (int c = 0; c < top.length(); c++) {
            if (top.charAt(c) == '+') {
                edges.add(c);
            }
        }
        int columns = edges.size() - 1;
        int header = -1; // the line of the +===+ border, if any
        for (int k = 0; k < table.length; k++) {
            String line = table[k];
            boolean border = BORDER.matcher(line).matches();
            for (int e : edges) {
                if (line.length() <= e || line.charAt(e) != (border ? '+' : '|')) {
                    return null; // a cell spanning columns, or a ragged line: left as written
                }
            }
            if (line.length() != top.length()) {
                return null;
            }
            if (border && line.contains("=")) {
                header = k;
            }
        }
        String[] align = alignments(header >= 0 ? table[header] : top, edges);
        List<String> out = new ArrayList<>();
        out.add("<table class=\"grid-table\">");
        int rowStart = 1;
        boolean body = false;
        for (int k = 1; k < table.length; k++) {
            if (!BORDER.matcher(table[k]).matches()) {
                continue;
            }
            boolean inHeader = k <= header;
            StringBuilder row = new StringBuilder();
            if (!inHeader && !body) {
                row.append(header >= 0 ? "</thead>" : "").append("<tbody>");
                body = true;
            } else if (inHeader && rowStart == 1) {
                row.append("<thead>");
            }
            row.append("<tr>");
            for (int c = 0; c < columns; c++) {
                StringBuilder cell = new StringBuilder();
                for (int r = rowStart; r < k; r++) {
                    cell.append(table[r], edges.get(c) + 1, edges.get(c + 1)).append('\n');
                }
                String tag = inHeader ? "th" : "td";
                row.append('<').append(tag).append(align[c]).append('>').append(cell(cell.toString())).append("</").append(tag).append('>');
            }
            row.append("</tr>");
            // The row's HTML on its first line; its other lines and the border an HTML comment, so the block has no gap.
            for (int r = rowStart; r <= k; r++) {
                out.add(r == rowStart ? row.toString() : "<!-- -->");
            }
            rowStart = k + 1;
        }
        out.set(out.size() - 1, (body ? "</tbody>" : "</thead>") + "</table>");
        return out.size() == table.length ? out : null;
    }

    /** A rule of two or more runs of dashes between spaces: a simple or multiline table's columns. */
    private static final Pattern COLUMN_RULE = Pattern.compile("^ {0,3}-{2,}(?: +-{2,})+\\s*$");
    private static final Pattern COLUMN_RULE_START = Pattern.compile(" {0,3}-{2,} +-{2,}");
    /** A multiline table's top or bottom: one run of dashes, the table's width. */
    private static final Pattern FULL_RULE = Pattern.compile("^ {0,3}-{3,}\\s*$");

    /**
     * Whether a line begins as a rule of dash runs does. Line by line rather than one multiline regular expression over
     * the page: Java tries such an expression at every character, and this check runs on every page (it was over a
     * third of loading 10,000 pages).
     */
    static boolean anyColumnRule(String markdown) {
        for (int start = 0; start < markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int dash = start;
            while (dash < end && dash - start < 3 && markdown.charAt(dash) == ' ') {
                dash++;
            }
            if (markdown.startsWith("--", dash) && COLUMN_RULE_START.matcher(markdown).region(start, end).lookingAt()) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Pandoc's simple tables (a header line over a rule of dash runs, then a row a line, to a blank line) and multiline
     * tables (between two full-width rules: header lines, the rule of dash runs, rows parted by blank lines), rewritten in
     * place as HTML tables of the same number of lines. Their columns are the rule's runs of dashes.
     */
    private static void dashTables(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (!COLUMN_RULE.matcher(lines[i]).matches()) {
                continue;
            }
            int[][] columns = runs(lines[i]);
            if (i >= 2 && FULL_RULE.matcher(lines[i - 2]).matches() && !lines[i - 1].isBlank()
                    || i >= 3 && FULL_RULE.matcher(lines[i - 3]).matches() && !lines[i - 1].isBlank() && !lines[i - 2].isBlank()) {
                // Multiline: the header is the lines since the top rule; the rows run to the bottom rule.
                int top = FULL_RULE.matcher(lines[i - 2]).matches() ? i - 2 : i - 3;
                int bottom = i + 1;
                while (bottom < lines.length && !FULL_RULE.matcher(lines[bottom]).matches()
                        && !(bottom + 1 < lines.length && lines[bottom].isBlank() && lines[bottom + 1].isBlank())) {
                    bottom++;
                }
                if (bottom >= lines.length || !FULL_RULE.matcher(lines[bottom]).matches()) {
                    continue;
                }
                List<int[]> rows = new ArrayList<>();
                int start = i + 1;
                for (int k = i + 1; k <= bottom; k++) {
                    if (k == bottom || lines[k].isBlank()) {
                        if (k > start) {
                            rows.add(new int[] {start, k});
                        }
                        start = k + 1;
                    }
                }
                rewrite(lines, top, bottom, new int[] {top + 1, i}, rows, columns);
                i = bottom;
            } else if (!lines[i - 1].isBlank() && (i < 2 || lines[i - 2].isBlank())) {
                // Simple: one header line, then a row a line to the next blank line.
                int end = i + 1;
                while (end < lines.length && !lines[end].isBlank()) {
                    end++;
                }
                if (end == i + 1) {
                    continue;
                }
                List<int[]> rows = new ArrayList<>();
                for (int k = i + 1; k < end; k++) {
                    rows.add(new int[] {k, k + 1});
                }
                rewrite(lines, i - 1, end - 1, new int[] {i - 1, i}, rows, columns);
                i = end;
            }
        }
    }

    /** The runs of dashes of a rule: each one's first and last column. */
    private static int[][] runs(String rule) {
        List<int[]> runs = new ArrayList<>();
        int c = 0;
        while (c < rule.length()) {
            if (rule.charAt(c) == '-') {
                int start = c;
                while (c < rule.length() && rule.charAt(c) == '-') {
                    c++;
                }
                runs.add(new int[] {start, c - 1});
            } else {
                c++;
            }
        }
        return runs.toArray(int[][]::new);
    }

    /**
     * Lines {@code first} to {@code last} become the table: the header's lines ({@code header}, from and to, exclusive)
     * and each row's, the text of column c from just after run c-1 to the end of run c (the last to the line's end).
     */
    private static void rewrite(String[] lines, int first, int last, int[] header, List<int[]> rows, int[][] columns) {
        if (rows.isEmpty()) {
            return;
        }
        String gap = "<!-- -->"; // a line of the table that holds no row: the HTML block must have no blank line
        String[] out = new String[last - first + 1];
        java.util.Arrays.fill(out, gap);
        if (header[1] > header[0]) {
            out[header[0] - first] = "<thead>" + row(lines, header, columns, "th") + "</thead>";
        }
        for (int[] row : rows) {
            out[row[0] - first] = row(lines, row, columns, "td");
        }
        int body = rows.get(0)[0] - first;
        out[body] = "<tbody>" + out[body];
        out[0] = "<table class=\"pandoc-table\">" + (out[0].equals(gap) ? "" : out[0]);
        out[out.length - 1] = (out[out.length - 1].equals(gap) ? "" : out[out.length - 1]) + "</tbody></table>";
        System.arraycopy(out, 0, lines, first, out.length);
    }

    private static String row(String[] lines, int[] span, int[][] columns, String tag) {
        StringBuilder row = new StringBuilder("<tr>");
        for (int c = 0; c < columns.length; c++) {
            int from = c == 0 ? 0 : columns[c - 1][1] + 1;
            int to = c == columns.length - 1 ? Integer.MAX_VALUE : columns[c][1] + 1;
            StringBuilder cell = new StringBuilder();
            for (int k = span[0]; k < span[1]; k++) {
                String line = lines[k];
                cell.append(from >= line.length() ? "" : line.substring(from, Math.min(to, line.length()))).append('\n');
            }
            row.append('<').append(tag).append('>').append(cell(cell.toString())).append("</").append(tag).append('>');
        }
        return row.append("</tr>").toString();
    }

    private static String[] alignments(String rule, List<Integer> edges) {
        String[] align = new String[edges.size() - 1];
        for (int c = 0; c < align.length; c++) {
            String part = rule.substring(edges.get(c) + 1, edges.get(c + 1));
            boolean left = part.startsWith(":");
            boolean right = part.endsWith(":");
            align[c] = left && right ? " style=\"text-align: center\"" : right ? " style=\"text-align: right\"" : left
                    ? " style=\"text-align: left\"" : "";
        }
        return align;
    }

    /** A cell's lines as Markdown: each line's column of text, its common indent removed; a paragraph's tags dropped. */
    private static String cell(String text) {
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder markdown = new StringBuilder();
        for (String line : lines) {
            markdown.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())).stripTrailing()).append('\n');
        }
        String html = CELL_RENDERER.render(CELL_PARSER.parse(markdown.toString().strip())).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html.replace("\n", " ");
    }
}
