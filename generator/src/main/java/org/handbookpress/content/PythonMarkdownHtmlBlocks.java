package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Python-Markdown (MkDocs') ends raw HTML: a block element's tag at a line's start, after a blank line, opens raw
 * HTML that runs to its own closing tag, blank lines and all; CommonMark ends it at the first blank line. HTML pasted into
 * an MkDocs page with blank lines in it (mkdocstrings' output, a hand-made table) was then cut there: the rest, indented,
 * shown as code, its tags as text. In an MkDocs project's pages each blank line inside such an element holds an empty
 * comment instead, so that it is one block of raw HTML, as MkDocs shows it; the page keeps its lines. An element with
 * {@code markdown="1"} or {@code markdown} (md_in_html) holds Markdown, and is left to {@link KramdownHtmlBlocks}; code is
 * left alone, and so is fenced code inside an element, which MkDocs shows as code.
 */
final class PythonMarkdownHtmlBlocks {

    private static final Pattern OPEN = Pattern.compile("^<(" + HtmlBlockElements.alternatives() + ")(?=[\\s>/])([^>]*)>?",
            Pattern.CASE_INSENSITIVE);
    /** md_in_html's attribute, with a value or without ({@code <figure markdown>}): the element holds Markdown. */
    private static final Pattern MARKDOWN_INSIDE = Pattern.compile("(?i)(?:^|\\s)markdown(?![\\w-])");
    /** The empty comment a blank line inside an element becomes: not blank, so the HTML block goes on; nothing shown. */
    static final String HOLD = "<!---->";
    /** How far an element may run looking for its end: an element never closed leaves the page as CommonMark reads it. */
    private static final int MAX_LINES = 2000;
    /**
     * How many lines a page's elements may be read through in all looking for their ends: a page of thousands of elements
     * never closed (hostile, or broken) is then read as CommonMark reads it past this, not in quadratic time.
     */
    private static final int LINES_READ_AT_MOST = 100_000;

    private PythonMarkdownHtmlBlocks() {
    }

    static String apply(String markdown) {
        if (markdown.indexOf("\n<") < 0 && !markdown.startsWith("<")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        java.util.Map<String, Integer> lastClose = new java.util.HashMap<>(); // by name: the last line with its closing tag
        java.util.Map<String, Pattern> tagsByName = new java.util.HashMap<>();
        int[] budget = {LINES_READ_AT_MOST};
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || i > 0 && !lines[i - 1].isBlank()) {
                continue;
            }
            Matcher open = OPEN.matcher(lines[i]);
            if (!open.find() || MARKDOWN_INSIDE.matcher(open.group(2)).find()) {
                continue;
            }
            String name = open.group(1).toLowerCase(java.util.Locale.ROOT);
            int last = lastClose.computeIfAbsent(name, n -> lastLineWith(lines, "</" + n));
            // An element whose name is never closed after it is left at once: a page of many is still read in one pass.
            int end = last < i || budget[0] <= 0 ? -1 : end(lines, i, Math.min(last, i + MAX_LINES), budget,
                    tagsByName.computeIfAbsent(name, n -> Pattern.compile("<(/?)" + n + "(?=[\\s>/])[^>]*?(/?)>", Pattern.CASE_INSENSITIVE)));
            if (end < 0) {
                continue;
            }
            CodeFences inside = new CodeFences();
            for (int j = i + 1; j < end; j++) {
                if (!inside.inCode(lines[j]) && lines[j].isBlank() && !opensFence(lines[j + 1])) {
                    lines[j] = HOLD;
                    changed = true;
                }
            }
            i = end;
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /**
     * Whether the line opens a fenced code block. Python-Markdown takes fenced code (fenced_code, pymdownx.superfences)
     * out of the page before it looks for raw HTML, so a fence inside a {@code <details>} is shown as code on the MkDocs
     * site; the blank line before it is left blank, ending the raw HTML there, so that CommonMark reads the fence too,
     * where it showed the backticks and the code run together as the element's text.
     */
    private static boolean opensFence(String line) {
        return (line.indexOf('`') >= 0 || line.indexOf('~') >= 0) && new CodeFences().inCode(line);
    }

    /** The last line holding {@code text} (a closing tag's start), in any case; -1 for none. */
    private static int lastLineWith(String[] lines, String text) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].indexOf('<') >= 0 && lines[i].toLowerCase(java.util.Locale.ROOT).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line, up to {@code last}, on which the element opened on line {@code start} is closed, counting those of its
     * name ({@code tags}) inside it; -1 if none is. Each line read takes one from {@code budget}.
     */
    private static int end(String[] lines, int start, int last, int[] budget, Pattern tags) {
        int depth = 0;
        for (int i = start; i <= last && budget[0]-- > 0; i++) {
            if (lines[i].indexOf('<') < 0) {
                continue;
            }
            Matcher tag = tags.matcher(lines[i]);
            while (tag.find()) {
                if (!tag.group(1).isEmpty()) {
                    depth--;
                } else if (tag.group(2).isEmpty()) {
                    depth++;
                }
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
