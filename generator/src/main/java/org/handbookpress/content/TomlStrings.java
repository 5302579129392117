package org.handbookpress.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string settings of a tool's TOML file (mdBook's book.toml, Hugo's hugo.toml), by table: the little of TOML those
 * files' settings are written in, read a line at a time. A key's table is its header's and its own dotted path's, and an
 * inline table's keys are in a table of their own, so the three ways TOML writes one setting read alike:
 * <pre>
 * [output.html.code.hidelines]         [output.html.code]                  [output.html]
 * python = "~"                         hidelines = { python = "~" }        code.hidelines.python = "~"
 * </pre>
 * mdBook's guide writes the first in one page and the second in another. Values other than strings (numbers, arrays,
 * strings over several lines) are passed by; a table's header counts even when it has none, as mdBook's
 * {@code [preprocessor.trpl-listing]} turns on a preprocessor by being there.
 */
final class TomlStrings {

    private final String line;
    private int at;

    private TomlStrings(String line) {
        this.line = line;
    }

    /** Each table's string settings ("" for those before any header), the first of each key; every header's table is there. */
    static Map<String, Map<String, String>> read(String text) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        String table = "";
        for (String line : text.split("\n", -1)) {
            TomlStrings reader = new TomlStrings(line);
            reader.blank();
            if (reader.ended() || reader.peek() == '#') {
                continue;
            }
            if (reader.peek() == '[') {
                boolean array = line.strip().startsWith("[[");
                reader.at += array ? 2 : 1;
                List<String> path = reader.keyPath();
                // An array of tables' settings ([[output.html.redirect]] is none mdBook has) belong to no table read here.
                table = path == null ? "" : array ? "[[" + String.join(".", path) + "]]" : String.join(".", path);
                tables.computeIfAbsent(table, t -> new HashMap<>());
                continue;
            }
            reader.pairs(table, tables, false);
        }
        return tables;
    }

    /** Key = value pairs from here into {@code tables}: one for a line, several in an inline table (up to its '}'). */
    private void pairs(String table, Map<String, Map<String, String>> tables, boolean inline) {
        while (!ended()) {
            blank();
            if (inline && peek() == '}') {
                at++;
                return;
            }
            List<String> path = keyPath();
            blank();
            if (path == null || ended() || peek() != '=') {
                return; // not a setting of this shape: the line is passed by
            }
            at++;
            blank();
            String key = path.get(path.size() - 1);
            String within = join(table, path.subList(0, path.size() - 1));
            if (!ended() && peek() == '{') {
                at++;
                pairs(join(within, List.of(key)), tables, true);
            } else {
                String value = string();
                if (value == null) {
                    return; // a number, an array, a string over lines: no setting read here
                }
                tables.computeIfAbsent(within, t -> new HashMap<>()).putIfAbsent(key, value);
            }
            blank();
            if (!inline || ended() || peek() != ',') {
                return;
            }
            at++;
        }
    }

    private static String join(String table, List<String> keys) {
        List<String> parts = new ArrayList<>();
        if (!table.isEmpty()) {
            parts.add(table);
        }
        parts.addAll(keys);
        return String.join(".", parts);
    }

    /** A dotted key ({@code code.hidelines}, {@code "c++"}), each part bare or quoted; null when there is none here. */
    private List<String> keyPath() {
        List<String> parts = new ArrayList<>();
        while (true) {
            blank();
            String part = ended() ? null : peek() == '"' || peek() == '\'' ? string() : bare();
            if (part == null) {
                return null;
            }
            parts.add(part);
            blank();
            if (ended() || peek() != '.') {
                blank();
                if (!ended() && peek() == ']') {
                    at = line.length(); // a header's end, and anything after it
                }
                return parts;
            }
            at++;
        }
    }

    private String bare() {
        int start = at;
        while (!ended() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            at++;
        }
        return at > start ? line.substring(start, at) : null;
    }

    /** A string on this line: basic ("…", its escapes read) or literal ('…'); null for any other value or none. */
    private String string() {
        if (ended() || peek() != '"' && peek() != '\'' || line.startsWith("\"\"\"", at) || line.startsWith("'''", at)) {
            return null;
        }
        char quote = line.charAt(at++);
        StringBuilder text = new StringBuilder();
        while (!ended() && peek() != quote) {
            char c = line.charAt(at++);
            if (c == '\\' && quote == '"' && !ended()) {
                char escaped = line.charAt(at++);
                text.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped; // \" and \\, and what TOML does not have, as it stands
                });
            } else {
                text.append(c);
            }
        }
        if (ended()) {
            return null; // unclosed
        }
        at++;
        return text.toString();
    }

    private void blank() {
        while (!ended() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) {
            at++;
        }
    }

    private boolean ended() {
        return at >= line.length();
    }

    private char peek() {
        return line.charAt(at);
    }
}
