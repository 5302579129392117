package org.handbookpress.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The string settings of a tool's TOML file (mdBook's book.toml, Hugo's hugo.toml), by table, read with Jackson's TOML
 * parser. A key's table is its header's and its own dotted path's, and an inline table's keys are in a table of their
 * own, so the three ways TOML writes one setting read alike:
 * <pre>
 * [output.html.code.hidelines]         [output.html.code]                  [output.html]
 * python = "~"                         hidelines = { python = "~" }        code.hidelines.python = "~"
 * </pre>
 * mdBook's guide writes the first in one page and the second in another. A string is read whichever of TOML's four
 * ways writes it (in "…" or '…', on one line or over several), and a date as its text; other values (numbers, booleans,
 * arrays) are passed by, as are the tables of an array of tables ({@code [[menus.main]]}). A table counts even when it
 * has no settings, as mdBook's {@code [preprocessor.trpl-listing]} turns on a preprocessor by being there.
 * <p>
 * A file that is not TOML gives no settings, and says where it first goes wrong: mdBook and Hugo read their files with
 * a TOML parser as strict, and refuse such a file whole.
 */
final class TomlTables {

    /**
     * How deep a table is read at most: no tool's setting is a tenth as deep, and a dotted key thousands of parts long
     * (TOML sets no limit) would otherwise make a name as long for each of its tables.
     */
    private static final int MAX_DEPTH = 64;
    /** Dates stay text, as the parser gives them by default: read as dates, an impossible one (month 0) threw past it. */
    private static final TomlFactory TOML = new TomlFactory();

    /**
     * Where a file that is not TOML first goes wrong: its line (0 when the parser gives none), the parser's words, and
     * the line as written (without its indent, cut short past 60 characters; "" with no line).
     */
    record Mistake(int line, String what, String source) {
    }

    /**
     * What a file gives: each table's string settings ("" for those before any header), every table there; or, for a
     * file that is not TOML, no table and its mistake.
     */
    record Read(Map<String, Map<String, String>> tables, Optional<Mistake> mistake) {
    }

    private TomlTables() {
    }

    static Read read(String text) {
        // A byte-order mark (Windows' Notepad may start a file with one) is no part of the TOML: passed by, not called a
        // mistake on line 1. Read a line at a time, it hid the [book] header after it.
        String toml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, Map<String, String>> tables = new HashMap<>();
        try (JsonParser parser = TOML.createParser(toml)) {
            walk(parser, tables);
        } catch (JsonProcessingException e) {
            return new Read(Map.of(), Optional.of(mistake(toml, e)));
        } catch (IOException e) {
            // From a String nothing is read that could fail to be: said as a mistake all the same, never thrown.
            return new Read(Map.of(), Optional.of(new Mistake(0, String.valueOf(e.getMessage()), "")));
        }
        return new Read(tables, Optional.empty());
    }

    /** What the reader's exception says of a text that is not TOML: its line, its words, the line as written. */
    static Mistake mistake(String toml, JsonProcessingException e) {
        int line = line(toml, e);
        return new Mistake(line, e.getOriginalMessage(), source(toml, line));
    }

    /**
     * The settings by table, from the parser's tokens: a table opens at its key's START_OBJECT and closes at its
     * END_OBJECT. Walked with a stack rather than by recursion, as a dotted key may be as deep as it is long.
     */
    private static void walk(JsonParser parser, Map<String, Map<String, String>> tables) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        Deque<String> open = new ArrayDeque<>(); // the tables the parser is in, innermost first
        open.push("");
        tables.put("", new HashMap<>());
        for (JsonToken token = parser.nextToken(); token != null && !open.isEmpty(); token = parser.nextToken()) {
            if (token == JsonToken.END_OBJECT) {
                open.pop();
                continue;
            }
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && open.size() <= MAX_DEPTH) {
                String table = open.peek().isEmpty() ? key : open.peek() + "." + key;
                tables.computeIfAbsent(table, t -> new HashMap<>());
                open.push(table);
            } else if (value == JsonToken.VALUE_STRING) {
                tables.get(open.peek()).put(key, parser.getText());
            } else {
                parser.skipChildren(); // an array (of strings, or of tables), or a table too deep; a number, a boolean
            }
        }
    }

    /**
     * The line of the mistake. The parser finds a key given twice only once it has read past its value, to the next
     * thing in the file, which may be lines on: the line is then the last before that to hold TOML, the key's own.
     */
    private static int line(String toml, JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return 0; // past a limit (too deep, too long a text): the parser names no place
        }
        int line = e.getLocation().getLineNr();
        if (!e.getOriginalMessage().startsWith("Duplicate key")) {
            return line;
        }
        String[] lines = toml.split("\n", -1);
        int column = e.getLocation().getColumnNr();
        if (line <= lines.length && !lines[line - 1].substring(0, Math.max(0, Math.min(column - 1, lines[line - 1].length()))).isBlank()) {
            return line;
        }
        for (int before = Math.min(line - 1, lines.length); before >= 1; before--) {
            String shown = lines[before - 1].strip();
            if (!shown.isEmpty() && !shown.startsWith("#")) {
                return before;
            }
        }
        return line;
    }

    static String source(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        String shown = lines[line - 1].strip();
        return shown.length() > 60 ? shown.substring(0, 59) + "…" : shown;
    }
}
