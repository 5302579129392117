package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * mdBook's {@code {{#title Rota for December}}}: the whole title of the page's browser tab, which mdBook sets from it
 * while the page's heading and its name in the table of contents stay as they are. mdBook takes the tag out of the text
 * wherever it stands, mostly on a page's first line; the last one counts. Outside code here: a code block showing the
 * tag is showing how to write it ({@code \{{#title …}}}, with mdBook's backslash, stays as written). mdBook reads the
 * tag in the text its includes paste in too (org.handbookpress.markdown.MdBookIncludes), which is read so, later.
 */
public final class MdBookTitle {

    /** The tag, not after a backslash: group 1 the title, to the first {@code }}. */
    private static final Pattern TAG = Pattern.compile("(?<!\\\\)\\{\\{\\s*#title\\s+([^}]+)\\}\\}");

    /** The page's Markdown without its title tags (their lines kept, so the page keeps its lines), and the title or null. */
    public record Read(String markdown, String title) {
    }

    private MdBookTitle() {
    }

    public static Read read(String markdown) {
        if (!QuickScan.contains(markdown, "#title")) {
            return new Read(markdown, null);
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        String title = null;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || !lines[i].contains("#title")) {
                continue;
            }
            Matcher m = TAG.matcher(lines[i]);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                if (!m.group(1).isBlank()) {
                    title = m.group(1).strip();
                }
                m.appendReplacement(rest, "");
                changed = true;
            }
            m.appendTail(rest);
            lines[i] = rest.toString().isBlank() ? "" : rest.toString();
        }
        return changed ? new Read(String.join("\n", lines), title) : new Read(markdown, null);
    }
}
