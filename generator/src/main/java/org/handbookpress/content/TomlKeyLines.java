package org.handbookpress.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each top-level key of a TOML text is written: the line it first appears on (as {@code title = }, as the first
 * part of a dotted key {@code params.author = }, or as a header {@code [params]}), and for an array the line each item
 * starts on ({@code aliases = [} over several lines, or each {@code [[blocks]]} header). Jackson's TOML reader gives
 * the values but no places (it reads the whole text into a tree first), and the findings on a page's front matter must
 * name the file's own lines. The text is scanned only for strings, brackets and comments, which is all it takes to
 * tell a key from the inside of a value; it is read as TOML by Jackson too, which says whether it is valid.
 */
final class TomlKeyLines {

    /** A top-level key: its first line, and its items' lines when its value is an array written so (else empty); 1-based. */
    record Place(int line, List<Integer> items) {
    }

    /** A key written twice in one table (TOML forbids it, and Jackson's words name no key): as written, both lines. */
    record Twice(String key, int line, int first) {
    }

    /**
     * A list, an inline table or a text of several lines that is never closed: the line it opens on, and what closes it
     * ({@code ]}, <code>}</code>, {@code """}). The reader notices only where it can read no further, lines on.
     */
    record Unclosed(int line, String closing) {
    }

    /**
     * What a scan finds: the top-level keys' places, in the order written; the first key written twice, and the value
     * left open, if any.
     */
    record Scan(Map<String, Place> places, Optional<Twice> twice, Optional<Unclosed> unclosed) {
    }

    private final String text;
    private int at;
    private int line = 1;
    private Twice twice;
    private Unclosed unclosed;

    private TomlKeyLines(String text) {
        this.text = text;
    }

    static Scan scan(String toml) {
        TomlKeyLines scan = new TomlKeyLines(toml);
        Map<String, Place> places = scan.places();
        return new Scan(places, Optional.ofNullable(scan.twice), Optional.ofNullable(scan.unclosed));
    }

    private Map<String, Place> places() {
        Map<String, Place> places = new LinkedHashMap<>();
        List<String> table = null; // the header the key = value lines are under; null before any
        Map<String, Integer> written = new LinkedHashMap<>(); // each key's full path, its line: to find one given twice
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                at++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '[') {
                boolean arrayOfTables = text.startsWith("[[", at);
                int headerLine = line;
                at += arrayOfTables ? 2 : 1;
                table = keyPath(arrayOfTables ? "]]" : "]");
                Place place = places.computeIfAbsent(table.get(0), k -> new Place(headerLine, new ArrayList<>()));
                String path = String.join("\u0000", table);
                if (arrayOfTables) {
                    if (table.size() == 1) {
                        place.items().add(headerLine);
                    }
                    // A new item of the array: its keys may be written again, as the item before's were.
                    written.keySet().removeIf(key -> key.startsWith(path + "\u0000"));
                } else {
                    twice(written, path, String.join(".", table), headerLine);
                }
            } else {
                int keyLine = line;
                List<String> key = keyPath("=");
                List<String> full = new ArrayList<>(table == null ? List.of() : table);
                full.addAll(key);
                twice(written, String.join("\u0000", full), String.join(".", full), keyLine);
                Place place = table != null ? null : places.computeIfAbsent(key.get(0), k -> new Place(keyLine, new ArrayList<>()));
                skipValue(place != null && key.size() == 1 ? place.items() : null);
            }
        }
        return places;
    }

    private void twice(Map<String, Integer> written, String path, String shown, int keyLine) {
        Integer first = written.putIfAbsent(path, keyLine);
        if (first != null && twice == null) {
            twice = new Twice(shown, keyLine, first);
        }
    }

    /** A dotted key up to (and past) its end mark ({@code =}, {@code ]}, {@code ]]}): its parts, quotes read. */
    private List<String> keyPath(String end) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        while (at < text.length() && !text.startsWith(end, at) && text.charAt(at) != '\n') {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                part.append(quoted(c));
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
                at++;
            } else {
                if (c != ' ' && c != '\t') {
                    part.append(c);
                }
                at++;
            }
        }
        parts.add(part.toString());
        at = Math.min(text.length(), at + end.length());
        return parts;
    }

    /**
     * Passes a value by, to the end of its line (or of the last line of a string or array it opens). For an array,
     * each item's first line goes into {@code items}.
     */
    private void skipValue(List<Integer> items) {
        int depth = 0;
        boolean itemDue = false; // just after an array's '[' or ',': the next thing written starts an item
        int opened = line;
        char bracket = '[';
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n' && depth == 0) {
                return;
            }
            if (c == '\n') {
                line++;
                at++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                at++;
                continue;
            }
            if (c == '#') {
                skipComment();
                continue;
            }
            if (items != null && depth == 1 && itemDue && c != ']') {
                items.add(line);
            }
            itemDue = false;
            if (c == '"' || c == '\'') {
                quoted(c);
                continue;
            }
            if (c == '[' || c == '{') {
                if (depth == 0) {
                    opened = line;
                    bracket = c;
                }
                depth++;
                itemDue = depth == 1 && c == '[';
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 1) {
                itemDue = true;
            }
            at++;
        }
        if (depth > 0 && unclosed == null) {
            unclosed = new Unclosed(opened, bracket == '[' ? "]" : "}");
        }
    }

    private void skipComment() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
    }

    /** A string in its quotes, from {@code at} (one of the four kinds), as read: the lines it spans are counted. */
    private String quoted(char quote) {
        boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), at);
        int opened = line;
        at += multiLine ? 3 : 1;
        StringBuilder read = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == quote && (!multiLine || text.startsWith(String.valueOf(quote).repeat(3), at))) {
                // A multi-line string may end in one or two quotes of its own: """a"""" is 'a"'.
                int run = 0;
                while (at + run < text.length() && text.charAt(at + run) == quote) {
                    run++;
                }
                int closing = multiLine ? Math.min(run, 5) : 1;
                read.append(String.valueOf(quote).repeat(closing - (multiLine ? 3 : 1)));
                at += closing;
                return read.toString();
            }
            if (c == '\n') {
                line++;
                if (!multiLine) {
                    return read.toString(); // not TOML; Jackson says so
                }
            }
            if (c == '\\' && quote == '"' && at + 1 < text.length()) {
                at = escape(read, at + 1);
                continue;
            }
            read.append(c);
            at++;
        }
        if (multiLine && unclosed == null) {
            unclosed = new Unclosed(opened, String.valueOf(quote).repeat(3));
        }
        return read.toString();
    }

    /** An escape in a basic string, its letter at {@code from}: appended as read; the index after it. */
    private int escape(StringBuilder read, int from) {
        char e = text.charAt(from);
        int length = e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (length > 0) {
            int end = Math.min(text.length(), from + 1 + length);
            try {
                read.appendCodePoint(Integer.parseInt(text.substring(from + 1, end), 16));
            } catch (IllegalArgumentException notAnEscape) {
                // not TOML; Jackson says so
            }
            return end;
        }
        switch (e) {
            case 'n' -> read.append('\n');
            case 't' -> read.append('\t');
            case 'r' -> read.append('\r');
            case 'b' -> read.append('\b');
            case 'f' -> read.append('\f');
            case '\n' -> line++; // a line ending backslash in """…""": the line break is no part of the text
            default -> read.append(e);
        }
        return from + 1;
    }
}
