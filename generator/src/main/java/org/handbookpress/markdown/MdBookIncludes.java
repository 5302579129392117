package org.handbookpress.markdown;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.IncludeLines;
import org.handbookpress.content.MdBookTitle;

/**
 * mdBook's includes filled in, as its {@code links} preprocessor fills them before the Markdown is read: each line
 * {@code {{#include path}}} (or {@code {{#rustdoc_include path}}}) is replaced by the file's text, or part of it:
 * {@code file.rs:4} its line 4, {@code file.rs:4:9} lines 4 to 9, {@code file.rs:4:} from line 4, {@code file.rs::9} to
 * line 9, and {@code file.rs:setup} the lines between an {@code ANCHOR: setup} line and an {@code ANCHOR_END: setup}
 * line, without the lines that mark anchors. {@code {{#playground hello.rs editable}}} is the whole file as a Rust code
 * block ({@code ```rust,editable}). Paths are from the including file's folder; what the file includes is filled in too,
 * from its own folder, {@link Includes#MAX_DEPTH} deep.
 */
final class MdBookIncludes {

    /** The path, then what follows its first colon (a range or an anchor), or nothing. */
    private static final Pattern SPEC = Pattern.compile("^([^:]+)(?::(.*))?$");
    private static final Pattern RANGE = Pattern.compile("^(\\d*)(?::(\\d*))?$");
    private static final Pattern ANCHOR_LINE = Pattern.compile("ANCHOR(?:_END)?:\\s*[\\w-]+");

    private final Function<String, Optional<String>> files;
    private final String where;
    private final Missing missing;
    private final java.util.function.Consumer<String> titled;

    /** Told of an include that shows nothing: its line in the text given to {@link #fill} (from 0), what is wrong, what to do. */
    interface Missing {
        void at(int line, String what, String fix);
    }

    /**
     * @param files   a file's text by its path from the top of the folder includes are read from; empty when there is no
     *                such file there
     * @param where   that folder, as a finding names it ("the content folder")
     * @param missing told what is wrong and what to do, for each include that shows nothing
     * @param titled  told each {@code {{#title …}}} in the text pasted in, in order (the last counts), which is taken out
     *                of it: mdBook reads the tag there as in the page itself
     */
    MdBookIncludes(Function<String, Optional<String>> files, String where, Missing missing, java.util.function.Consumer<String> titled) {
        this.files = files;
        this.where = where;
        this.missing = missing;
        this.titled = titled;
    }

    /** The text with every include line in it filled in; {@code folder} is the including file's, from the top of the folder includes are read from. */
    String fill(String text, String folder) {
        return fill(text, folder, 0, -1);
    }

    /** @param at the line of the top text that the include being filled stands on; -1 for the top text itself */
    private String fill(String text, String folder, int depth, int at) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int here = at < 0 ? i : at;
            Matcher include = IncludeLines.MDBOOK_INCLUDE.matcher(line);
            if (!include.matches()) {
                out.add(line);
                continue;
            }
            String spec = include.group(3);
            if (depth >= Includes.MAX_DEPTH) {
                missing.at(here, "'" + spec + "' is not shown: includes go more than " + Includes.MAX_DEPTH + " deep here",
                        "remove the include that leads back");
                continue;
            }
            boolean playground = include.group(2).startsWith("play");
            Optional<String> part = playground ? whole(spec, folder, here) : part(spec, folder, here);
            if (part.isPresent()) {
                String path = path(spec, folder);
                int slash = path.lastIndexOf('/');
                MdBookTitle.Read read = MdBookTitle.read(part.get());
                if (read.title() != null) {
                    titled.accept(read.title());
                }
                String filled = fill(read.markdown(), slash < 0 ? "" : path.substring(0, slash), depth + 1, here);
                if (playground) {
                    filled = rustBlock(filled, include.group(4).strip());
                }
                if (filled.endsWith("\n")) {
                    filled = filled.substring(0, filled.length() - 1);
                }
                for (String pasted : filled.split("\n", -1)) {
                    out.add(include.group(1) + pasted);
                }
            }
        }
        return String.join("\n", out);
    }

    /**
     * The file's text as mdBook's {@code {{#playground}}} shows it: a Rust code block, the words after the path added to
     * its info ({@code editable}: {@code ```rust,editable}), so the block hides and shows what a written one would.
     */
    private static String rustBlock(String text, String words) {
        String info = words.isEmpty() ? "rust" : "rust," + String.join(",", words.split("[ \\t]+"));
        // A longer fence than any run of backticks in the file, which would otherwise close the block early.
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + info + "\n" + text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + fence + "\n";
    }

    /** A playground's file, whole: what follows its path is the block's words, not a range of lines. */
    private Optional<String> whole(String path, String folder, int here) {
        int colon = path.indexOf(':');
        return part(colon < 0 ? path : path.substring(0, colon), folder, here);
    }

    /** The include's file, from the top of the content folder. */
    private static String path(String spec, String folder) {
        Matcher m = SPEC.matcher(spec);
        String written = m.matches() ? m.group(1) : spec;
        String resolved = org.handbookpress.files.SitePaths.resolve(folder, written);
        return resolved == null ? written : resolved;
    }

    /** The lines the include names, or empty (said to {@link #missing}). */
    private Optional<String> part(String spec, String folder, int here) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            return Optional.empty();
        }
        String path = org.handbookpress.files.SitePaths.resolve(folder, m.group(1));
        Optional<String> text = path == null ? Optional.empty() : files.apply(path);
        if (text.isEmpty()) {
            missing.at(here, "the file to show here, '" + m.group(1) + "', is not in " + where
                    + (path == null ? " (a file outside it is not shown)" : ""), "put the file in " + where + " and give its path from this page's folder");
            return Optional.empty();
        }
        String after = m.group(2);
        if (after == null || after.isEmpty()) {
            return text;
        }
        Matcher range = RANGE.matcher(after);
        if (range.matches()) {
            String[] lines = text.get().split("\n", -1);
            int from = range.group(1).isEmpty() ? 1 : lineNumber(range.group(1));
            int to = range.group(2) == null ? from : range.group(2).isEmpty() ? lines.length : lineNumber(range.group(2));
            StringBuilder kept = new StringBuilder();
            for (int i = Math.max(1, from); i <= Math.min(to, lines.length); i++) {
                kept.append(lines[i - 1]).append('\n');
            }
            return Optional.of(kept.toString());
        }
        Optional<String> anchored = anchored(text.get(), after);
        if (anchored.isEmpty()) {
            missing.at(here, "'" + spec + "' names an anchor that '" + m.group(1) + "' does not mark",
                    "mark the lines in the file with ANCHOR: " + after + " and ANCHOR_END: " + after + " comment lines");
        }
        return anchored;
    }

    /** A line number as written, digits only: one past an int's range is past any file's end, not an error. */
    private static int lineNumber(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** The lines between the anchor's {@code ANCHOR:} and {@code ANCHOR_END:} lines, other anchors' lines left out. */
    static Optional<String> anchored(String text, String anchor) {
        Pattern start = Pattern.compile("ANCHOR:\\s*" + Pattern.quote(anchor) + "(?![\\w-])");
        Pattern end = Pattern.compile("ANCHOR_END:\\s*" + Pattern.quote(anchor) + "(?![\\w-])");
        StringBuilder out = null;
        for (String line : text.split("\n", -1)) {
            if (out == null) {
                if (start.matcher(line).find()) {
                    out = new StringBuilder();
                }
            } else if (end.matcher(line).find()) {
                return Optional.of(out.toString());
            } else if (!ANCHOR_LINE.matcher(line).find()) {
                out.append(line).append('\n');
            }
        }
        return out == null ? Optional.empty() : Optional.of(out.toString()); // an anchor never closed runs to the end
    }
}
