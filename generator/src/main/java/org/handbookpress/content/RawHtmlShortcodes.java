package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcode Hugo sites write raw HTML in when their Markdown renderer leaves it out ({@code {{< rawhtml >}}} …
 * {@code {{< /rawhtml >}}}, also named {@code raw} or {@code html}): the site's own, whose template shows what it holds as
 * it is. Its tags were shown as text, and the HTML between them read as Markdown, cut at its blank lines, its indented
 * rest shown as code. Its opening and closing lines become a {@code <div>}'s tags and each blank line between them an
 * empty comment, so that it is one block of raw HTML, as Hugo shows it (the sanitiser then takes what a handbook may
 * not have, as it does in any raw HTML); the page keeps its lines. Code is left alone, and a tag never closed too.
 */
final class RawHtmlShortcodes {

    private static final Pattern OPEN = Pattern.compile("^[ \\t]*\\{\\{([<%])-?[ \\t]*(rawhtml|raw|html)[ \\t]*-?[>%]\\}\\}[ \\t]*$");
    private static final String HOLD = PythonMarkdownHtmlBlocks.HOLD;

    private RawHtmlShortcodes() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("{{")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || lines[i].indexOf('{') < 0) {
                continue;
            }
            Matcher open = OPEN.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            Pattern close = Pattern.compile("^[ \\t]*\\{\\{[<%]-?[ \\t]*/[ \\t]*" + open.group(2) + "[ \\t]*-?[>%]\\}\\}[ \\t]*$");
            int end = -1;
            for (int j = i + 1; j < lines.length; j++) {
                if (close.matcher(lines[j]).matches()) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            lines[i] = "<div class=\"raw-html\">";
            for (int j = i + 1; j < end; j++) {
                if (lines[j].isBlank()) {
                    lines[j] = HOLD;
                }
            }
            lines[end] = "</div>";
            changed = true;
            i = end;
        }
        return changed ? String.join("\n", lines) : markdown;
    }
}
