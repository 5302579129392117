package org.handbookpress.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;

/**
 * Hugo's TOML front matter, between {@code +++} lines, as YAML saying the same on the same lines, so that the YAML
 * reader and its line numbers serve both and every finding names the file's own line. The values are TOML's, read by
 * Jackson's TOML reader (a string over several lines, an array over several, dotted and quoted keys, escapes, dates
 * without quotes), each top-level key written on the line where the TOML writes it ({@link TomlKeyLines}), its value
 * in YAML's flow style ({@link FlowYaml}); an array's items each on their own line when the TOML puts them so. Read
 * line by line, as it was before, any of these forms broke the page's front matter or gave it wrong values.
 * <p>
 * Front matter that is not TOML (Hugo refuses such a page) gives no values, and says where it first goes wrong.
 */
final class TomlFrontMatter {

    /** Dates stay text, as the reader gives them by default ({@link TomlTables}). */
    private static final TomlFactory TOML = new TomlFactory();
    /** Continuation lines of a value over several lines: indented, as YAML asks of the lines inside a key's value. */
    private static final String INDENT = "  ";

    /**
     * The YAML, as many lines as the TOML (blank where the TOML is not TOML), and the TOML's mistake, if any, at the line
     * the reader gives.
     * @param twice    when the mistake is a key given twice: that key, as written, its line and its first's
     * @param unclosed a list or a text of several lines left open before the reader's line, which is then only where it
     *                 could read no further
     */
    record Read(String yaml, Optional<TomlTables.Mistake> mistake, Optional<TomlKeyLines.Twice> twice,
                Optional<TomlKeyLines.Unclosed> unclosed) {
    }

    private TomlFrontMatter() {
    }

    /** The YAML for these TOML lines, line for line; blank lines for TOML that is not TOML. */
    static String asYaml(String toml) {
        return read(toml).yaml();
    }

    /**
     * As above, for a page's front matter starting after line {@code lineOffset} of {@code file}: TOML that is not TOML
     * is one {@code front-matter.toml} error, at its line, and gives no values, as YAML that cannot be read gives none.
     */
    static String asYaml(String toml, String file, int lineOffset, Findings findings) {
        Read read = read(toml);
        read.mistake().ifPresent(mistake -> {
            int at = read.twice().map(TomlKeyLines.Twice::line).or(() -> read.unclosed().map(TomlKeyLines.Unclosed::line))
                    .orElse(mistake.line());
            int line = at > 0 ? at + lineOffset : Math.max(1, lineOffset);
            String source = at > 0 ? TomlTables.source(toml, at) : "";
            String what = read.twice().map(t -> "the key '" + t.key() + "' is given twice (first on line " + (t.first() + lineOffset) + ")")
                    .or(() -> read.unclosed().map(u -> "what opens on this line is never closed with " + u.closing()
                            + " (the TOML reader stops at line " + (mistake.line() + lineOffset) + ": " + mistake.what() + ")"))
                    .orElse(mistake.what());
            String fix = read.unclosed().map(u -> "close it with " + u.closing() + " after its last " + (u.closing().equals("]") ? "item" : "line")
                    + "; Hugo refuses the page as it is").orElseGet(() -> advice(mistake.what(), source, read.twice().isPresent()));
            findings.error(file, line, "front-matter.toml", "the front matter between '+++' lines is not valid TOML: "
                    + (at > 0 ? "line " + line + (source.isEmpty() ? "" : " (" + source + ")") + ": " : "")
                    + what + "; the page is read without its front matter", fix);
        });
        return read.yaml();
    }

    /** A line {@code key = value} whose value is not in quotes, nor a list, a table, a number, a date or true or false. */
    private static final Pattern BARE_TEXT = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=\\s*([^\"'\\[{\\s].*?)\\s*");
    /** A line of YAML ({@code title: Setup}), as an author who knows YAML writes it between the wrong lines. */
    private static final Pattern YAML_LINE = Pattern.compile("[A-Za-z_][\\w.-]*\\s*:(\\s.*)?");

    /** What to do, for the reader's words and the line: the mistakes authors make, each told in its own terms. */
    private static String advice(String what, String source, boolean twice) {
        if (twice || what.startsWith("Duplicate key")) {
            return "remove one of the two, or merge them: TOML takes each key once, and Hugo refuses the page as it is";
        }
        if (what.startsWith("Unknown token") && YAML_LINE.matcher(source).matches()) {
            return "between '+++' lines front matter is TOML: write key = \"value\", or make the two '+++' lines '---' lines"
                    + " to keep it YAML";
        }
        Matcher bare = BARE_TEXT.matcher(source);
        if (what.startsWith("Unknown token") && bare.matches() && !source.endsWith("…")) {
            return "put text in quotes: write " + bare.group(1) + " = " + FlowYaml.quoted(bare.group(2))
                    + " (numbers, dates, true and false go without)";
        }
        if (what.startsWith("Newline not permitted")) {
            return "close the text's quote on the same line, or write a text of several lines between \"\"\" and \"\"\"";
        }
        if (what.startsWith("Table redefined") || what.startsWith("Path into existing")) {
            return "give each table one [header] and each key one value: move the keys under the first, or rename one";
        }
        return "correct that line as TOML writes it (key = value, text in quotes): Hugo refuses the page as it is too";
    }

    /** Whether the text is TOML with at least one key (a page's text, or only comments, is not). */
    static boolean isTomlWithKeys(String text) {
        Read read = read(text);
        return read.mistake().isEmpty() && !read.yaml().isBlank();
    }

    static Read read(String toml) {
        String[] lines = new String[toml.split("\n", -1).length];
        Arrays.fill(lines, "");
        TomlKeyLines.Scan scan = TomlKeyLines.scan(toml);
        try (JsonParser parser = TOML.createParser(toml)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                place(parser, scan.places(), lines);
            }
        } catch (JsonProcessingException e) {
            TomlTables.Mistake mistake = TomlTables.mistake(toml, e);
            // The scan knows which key is given twice, and its line: the reader's place is after its value.
            Optional<TomlKeyLines.Twice> twice = mistake.what().startsWith("Duplicate key") ? scan.twice() : Optional.empty();
            // A list or a text left open: the reader stops lines on, at a key it takes for part of it or at the end;
            // the author needs the line it opens on.
            Optional<TomlKeyLines.Unclosed> unclosed = twice.isPresent() ? Optional.empty()
                    : scan.unclosed().filter(open -> open.line() < mistake.line() || mistake.line() < 1);
            return new Read(String.join("\n", blank(lines)), Optional.of(mistake), twice, unclosed);
        } catch (IOException e) {
            // From a String nothing is read that could fail to be: said as a mistake all the same, never thrown.
            return new Read(String.join("\n", blank(lines)), Optional.of(new TomlTables.Mistake(0, String.valueOf(e.getMessage()), "")),
                    Optional.empty(), Optional.empty());
        }
        return new Read(String.join("\n", lines), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String[] blank(String[] lines) {
        Arrays.fill(lines, "");
        return lines;
    }

    /** Each top-level key and its value, read from the parser, written at its line (0-based in {@code lines}). */
    private static void place(JsonParser parser, Map<String, TomlKeyLines.Place> places, String[] lines) throws IOException {
        List<Integer> starts = places.values().stream().map(TomlKeyLines.Place::line).sorted().toList();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            TomlKeyLines.Place place = places.get(key);
            int line = place == null ? -1 : place.line() - 1;
            if (line < 0 || line >= lines.length || !lines[line].isEmpty()) {
                // The scan did not find the key where the reader did (it should not happen): rather than two keys on one
                // line, which YAML cannot read, the key goes on the last line with room; no line is better than none.
                line = lastFree(lines);
            }
            String start = FlowYaml.quoted(key) + ": ";
            if (value == JsonToken.START_ARRAY && place != null && line == place.line() - 1) {
                List<String> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(FlowYaml.value(parser));
                }
                int next = starts.stream().filter(s -> s > place.line()).findFirst().orElse(lines.length + 1);
                if (items.size() == place.items().size() && !items.isEmpty() && place.items().get(items.size() - 1) < next) {
                    lines[line] = start + "[";
                    spread(items, place.items(), lines);
                } else {
                    lines[line] = start + "[" + String.join(", ", items) + "]";
                }
            } else {
                lines[line] = start + FlowYaml.value(parser);
            }
        }
    }

    /**
     * The items of an array on their own lines (1-based, in order, from the key's line on): the findings on an item, a
     * redirect or a material, name its line. Items sharing a line share it, after a comma.
     */
    private static void spread(List<String> items, List<Integer> at, String[] lines) {
        for (int i = 0; i < items.size(); i++) {
            int line = at.get(i) - 1;
            String text = lines[line];
            String before = text.isEmpty() ? INDENT : text.endsWith("[") ? "" : " ";
            lines[line] = text + before + items.get(i) + (i == items.size() - 1 ? "]" : ",");
        }
    }

    private static int lastFree(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].isEmpty()) {
                return i;
            }
        }
        return 0;
    }
}
