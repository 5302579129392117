package org.handbookpress.markdown;

import java.util.regex.Pattern;
import org.handbookpress.content.CodeFences;

/**
 * MyST's comments: a line starting {@code %} is the author's note, not shown ({@code % check the dates with the office}). Read
 * only on a page that writes MyST (a directive, a role or a target), since elsewhere such a line is text. Each comment
 * line becomes spaces, so the page keeps its lines and every later offset; outside code only.
 */
final class MystComments {

    /** What only MyST writes: a directive's fence, a role before its code, a target. */
    private static final Pattern MYST = Pattern.compile("(?m)^[ \\t]*(?:`{3,}|~{3,}|:{3,})\\{[a-z]|\\}`|^\\([^()\\s]+\\)=[ \\t]*$");

    private MystComments() {
    }

    /** The Markdown with its comment lines blanked, or as it is when it has none or is not MyST. */
    static String blank(String markdown) {
        if (!(markdown.startsWith("%") || markdown.contains("\n%")) || !MYST.matcher(markdown).find()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        CodeFences fences = new CodeFences();
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end);
            boolean code = fences.inCode(line);
            out.append(!code && line.startsWith("%") ? " ".repeat(line.length()) : line);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }
}
