package org.handbookpress.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * markdown-it-attrs' classes on a line of their own under a block ({@code {.is-warning}} right under a quote,
 * {@code {.links-list}} under a list), as Wiki.js writes its boxes and lists (and Eleventy and VuePress sites can): there
 * the line gives the block above it those classes; here, as CommonMark reads it, it was the block's last words. Wiki.js'
 * boxes become the handbook's: a quote with {@code is-info}, {@code is-success}, {@code is-warning} or {@code is-danger}
 * is a note, tip, warning or caution box ({@code > [!WARNING]}). Any other class line is left out: its classes style
 * that tool's theme, not this one. The page keeps its lines; code shows such lines as written.
 */
final class BlockClassLines {

    /** A line of classes only: {@code {.is-warning}}, {@code { .links-list .dense }}. */
    private static final Pattern CLASS_LINE = Pattern.compile("^[ ]{0,3}\\{\\s*(\\.[A-Za-z][\\w-]*(?:\\s+\\.[A-Za-z][\\w-]*)*)\\s*\\}[ \\t]*$");
    private static final Map<String, String> BOXES = Map.of(".is-info", "NOTE", ".is-success", "TIP", ".is-warning", "WARNING",
            ".is-danger", "CAUTION");
    private static final Pattern QUOTE = Pattern.compile("^[ ]{0,3}>");
    private static final Pattern MARKED = Pattern.compile("^[ ]{0,3}>[ \\t]*\\[!");

    private BlockClassLines() {
    }

    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "{.") && !QuickScan.contains(markdown, "{ .")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || i == 0 || lines[i - 1].isBlank()) {
                continue;
            }
            Matcher classes = CLASS_LINE.matcher(lines[i]);
            if (!classes.matches()) {
                continue;
            }
            String box = null;
            for (String name : classes.group(1).split("\\s+")) {
                box = box != null ? box : BOXES.get(name);
            }
            if (box != null && QUOTE.matcher(lines[i - 1]).find()) {
                int first = i - 1;
                while (first > 0 && QUOTE.matcher(lines[first - 1]).find()) {
                    first--;
                }
                if (!MARKED.matcher(lines[first]).find()) {
                    String words = lines[first].replaceFirst("^[ ]{0,3}>[ \\t]?", "");
                    lines[first] = "> [!" + box + "]" + (words.isBlank() ? "" : " " + words);
                }
            }
            lines[i] = "";
            changed = true;
        }
        return changed ? String.join("\n", lines) : markdown;
    }
}
