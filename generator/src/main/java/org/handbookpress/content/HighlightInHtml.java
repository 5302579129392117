package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * Jekyll's {@code {% highlight sh %}} … {@code {% endhighlight %}} (or Hugo's {@code {{< highlight >}}}) inside raw HTML,
 * as a Jekyll tutorial writes the commands for each system in a {@code <div class="mac">}: Jekyll runs its tags before
 * the Markdown, so the block is code there as anywhere. Read as Markdown, the lines after a {@code <div>} are raw HTML
 * up to a blank line, where the tag is no block, so the page showed the tags as words and the commands run together
 * as one line (the Rails Girls guides: 49 blocks on 12 pages). Such a block becomes the HTML of a code block, in as
 * many lines: its text escaped, a comment carrying the line break after the opening tag (so the code does not start
 * with an empty line) and standing for each empty line (which would end the raw HTML). A block elsewhere is left to
 * the Markdown's own reading of the tag.
 */
final class HighlightInHtml {

    /** A line that starts raw HTML running to the next blank line: a block element's tag (CommonMark's HTML block type 6). */
    private static final Pattern HTML_START = Pattern.compile(
            "^[ ]{0,3}</?(?:" + HtmlBlockElements.alternatives() + ")(?:[\\s/>]|$)", Pattern.CASE_INSENSITIVE);
    /** The language the tag names: its first argument. */
    private static final Pattern LANGUAGE = Pattern.compile("highlight[ \\t]+\"?([\\w+#.-]+)");

    private HighlightInHtml() {
    }

    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "highlight")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean inHtml = false;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                inHtml = false;
            } else if (!inHtml && !fences.isOpen() && HTML_START.matcher(line).find()) {
                inHtml = true; // a block element's tag starts raw HTML even straight after a paragraph's line
            }
            int end = inHtml && !fences.isOpen() && CodeFences.opensHighlight(line) ? closingLine(lines, i + 1) : -1;
            if (end < 0) {
                fences.inCode(line);
                continue;
            }
            Matcher language = LANGUAGE.matcher(line);
            lines[i] = "<pre><code" + (language.find() ? " class=\"language-" + language.group(1) + "\"" : "") + "><!--";
            for (int k = i + 1; k < end; k++) {
                String code = escaped(lines[k]);
                lines[k] = (k == i + 1 ? "-->" : "") + (code.isEmpty() ? "<!---->" : code);
            }
            lines[end] = (end == i + 1 ? "-->" : "") + "</code></pre>";
            changed = true;
            i = end;
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /** The line that closes the block opened before {@code from}, or -1: a tag never closed is left as written. */
    private static int closingLine(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (CodeFences.closesHighlight(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String escaped(String code) {
        return code.stripTrailing().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
