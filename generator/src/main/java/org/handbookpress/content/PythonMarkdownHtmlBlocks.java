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
 * left alone.
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

    private PythonMarkdownHtmlBlocks() {
    }

    static String apply(String markdown) {
        if (markdown.indexOf("\n<") < 0 && !markdown.startsWith("<")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || i > 0 && !lines[i - 1].isBlank()) {
                continue;
            }
            Matcher open = OPEN.matcher(lines[i]);
            if (!open.find() || MARKDOWN_INSIDE.matcher(open.group(2)).find()) {
                continue;
            }
            int end = end(lines, i, open.group(1));
            if (end < 0) {
                continue;
            }
            for (int j = i + 1; j < end; j++) {
                if (lines[j].isBlank()) {
                    lines[j] = HOLD;
                    changed = true;
                }
            }
            i = end;
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /** The line on which the element opened on line {@code start} is closed, counting those of its name inside it; -1 if none. */
    private static int end(String[] lines, int start, String name) {
        Pattern tags = Pattern.compile("<(/?)" + name + "(?=[\\s>/])[^>]*?(/?)>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int i = start; i < lines.length && i < start + MAX_LINES; i++) {
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
