package org.handbookpress.markdown;

import java.util.Locale;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.HtmlBlockElements;

/**
 * A line that starts as an HTML tag ({@code <svg}, {@code <TabItem value="a"}) and runs on for hundreds of words without
 * closing it: the Markdown parser asks whether it is a whole tag alone on its line (raw HTML, CommonMark's type 7) with
 * an expression that goes a level deeper in the stack for each word it reads as an attribute, and 1,000 words ran it out
 * of stack, failing the page. Such a line cannot be that tag (no {@code >}, or hundreds of "attributes" before it): its
 * {@code <} is written escaped, which shows the same text without asking. A block element's tag ({@code <div}) starts
 * raw HTML whatever follows it and is left alone; so is every line of fewer than {@link #LONG} characters, and code.
 */
final class LongTagLines {

    /** Shorter lines are never asked about deeply enough to matter. */
    static final int LONG = 2_000;
    /** Words after the tag's name, up to its {@code >}, past which it is no tag a page means. */
    static final int MOST_ATTRIBUTES = 256;
    private LongTagLines() {
    }

    static String escape(String markdown) {
        if (markdown.length() < LONG) {
            return markdown;
        }
        StringBuilder out = null;
        int copied = 0;
        CodeFences fences = null; // made at the first such line: code is shown as written, and most pages have no such line
        for (int start = 0; start < markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int tag = end - start >= LONG ? tagAt(markdown, start, end) : -1;
            if (tag >= 0 && fences == null) {
                fences = new CodeFences();
                for (int line = 0; line < start; line = markdown.indexOf('\n', line) + 1) {
                    fences.inCode(markdown.substring(line, markdown.indexOf('\n', line)));
                }
            }
            if (fences != null && fences.inCode(markdown.substring(start, end))) {
                tag = -1;
            }
            if (tag >= 0) {
                if (out == null) {
                    out = new StringBuilder(markdown.length() + 16);
                }
                out.append(markdown, copied, tag).append('\\');
                copied = tag;
            }
            start = end + 1;
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /** Where the line's {@code <} is, when the line starts with a tag that is asked about too deeply; else -1. */
    private static int tagAt(String text, int start, int end) {
        int at = start;
        while (at < end && at - start < 4 && text.charAt(at) == ' ') {
            at++;
        }
        if (at - start > 3 || at + 1 >= end || text.charAt(at) != '<' || !Character.isLetter(text.charAt(at + 1))) {
            return -1;
        }
        int name = at + 1;
        while (name < end && (Character.isLetterOrDigit(text.charAt(name)) || text.charAt(name) == '-')) {
            name++;
        }
        if (HtmlBlockElements.NAMES.contains(text.substring(at + 1, name).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int words = 0;
        boolean space = false;
        for (int i = name; i < end && text.charAt(i) != '>'; i++) {
            boolean isSpace = Character.isWhitespace(text.charAt(i));
            if (isSpace && !space && ++words > MOST_ATTRIBUTES) {
                return at;
            }
            space = isSpace;
        }
        return -1;
    }
}
