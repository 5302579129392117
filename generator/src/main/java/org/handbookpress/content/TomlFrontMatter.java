package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter, between {@code +++} lines, read as the YAML it says the same as:
 * {@code title = "Asking questions"} is {@code title: "Asking questions"}. Front matter keeps to the part of
 * TOML that maps line for line (keys and one-line values: strings, numbers, booleans, dates, arrays, inline
 * tables; {@code [table]} headers, and {@code [[table]]} ones, an array of tables), so the YAML reader and its line numbers serve both and every finding
 * names the file's own line. Before, such a page showed its front matter to readers as a paragraph.
 */
final class TomlFrontMatter {

    private static final Pattern TABLE = Pattern.compile("\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?");
    private static final Pattern PAIR = Pattern.compile("\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.-]+)\\s*=\\s*(.*)");
    /** Inside an inline table, {@code key = } becomes {@code key: }. */
    private static final Pattern INLINE_KEY = Pattern.compile("([{,]\\s*)(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.-]+)\\s*=\\s*");

    private TomlFrontMatter() {
    }

    /** The YAML for these TOML lines, line for line; a line it cannot say so is left as it is, for YAML to report. */
    static String asYaml(String toml) {
        StringBuilder yaml = new StringBuilder(toml.length() + 16);
        String indent = "";
        String array = null; // the array of tables whose items the lines are in ([[blocks]]), if any
        boolean itemStarts = false; // the next key begins an item of it
        boolean nested = false; // in a table of a table ([cascade.build], [[blocks.nested.blocks]]): no key the build reads
        for (String line : toml.split("\n", -1)) {
            Matcher table = TABLE.matcher(line);
            Matcher pair = PAIR.matcher(line);
            if (line.isBlank() || line.strip().startsWith("#")) {
                yaml.append(line);
            } else if (table.matches() && table.group(1).contains(".")) {
                // Hugo's cascade and CodeYourFuture's nested blocks: kept as comments, which keep the lines, since
                // saying them in YAML line for line would take the whole of TOML, and no key under them is read.
                yaml.append('#');
                nested = true;
            } else if (nested && !table.matches()) {
                yaml.append('#');
            } else if (table.matches() && line.strip().startsWith("[[")) {
                // An array of tables, [[blocks]] once for each item (CodeYourFuture's pages list their blocks so): a
                // YAML list, its name said once, each header after the first a comment, so that the lines still match.
                String name = table.group(1);
                nested = false;
                yaml.append(name.equals(array) ? "#" : name + ':');
                array = name;
                itemStarts = true;
                indent = "    ";
            } else if (table.matches()) {
                yaml.append(table.group(1)).append(':');
                nested = false;
                array = null;
                itemStarts = false;
                indent = "  ";
            } else if (pair.matches()) {
                String value = pair.group(2);
                if (value.startsWith("{")) {
                    value = INLINE_KEY.matcher(value).replaceAll("$1$2: ");
                }
                yaml.append(itemStarts ? "  - " : indent).append(pair.group(1)).append(": ").append(value);
                itemStarts = false;
            } else {
                yaml.append(line);
            }
            yaml.append('\n');
        }
        yaml.setLength(yaml.length() - 1);
        return yaml.toString();
    }
}
