package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a page's Markdown line by line and tells which lines belong to a fenced code block, whose text is
 * shown as written: passes that read or change the source a line at a time (Liquid, slide breaks, nesting,
 * MyST directives, kramdown blocks) leave those lines alone.
 *
 * <p>CommonMark's rules for the fences themselves: three or more backticks or tildes open a block (a backtick
 * fence's info string may hold no backtick, so {@code ```x```} on one line is inline code), and only a line of
 * the same character, at least as long, with nothing after it, closes it: a {@code ```python} line inside a
 * {@code ~~~~} block is code. Unlike CommonMark, a fence is found at any indentation and after any quote markers
 * ({@code > ~~~}, as the Carpentries write code in a challenge), since a line alone does not say which list or
 * quote it continues; reading a line as code where CommonMark would not only leaves that line unread. A Raspberry Pi
 * Foundation project's {@code --- code ---} … {@code --- /code ---} is a block of code too, and so are Jekyll's
 * {@code {% highlight ruby %}} … {@code {% endhighlight %}} and Hugo's {@code {{< highlight go >}}} …
 * {@code {{< /highlight >}}}, which the build shows as code blocks.
 */
public final class CodeFences {

    private static final Pattern FENCE = Pattern.compile("(?:[ \\t]*>)*[ \\t]*(`{3,}|~{3,})([^\\n]*)\\n?");
    /**
     * A Raspberry Pi Foundation project's code block opening ({@code --- code ---}, its dashes escaped in a translation)
     * and closing ({@code --- /code ---}): its Python's {@code # comments} were read as the page's headings, and titled
     * where-is-the-space-station's steps by their file's name.
     */
    private static final Pattern BLOCK_OPENS = Pattern.compile("[ \\t]*\\\\?---[ \\t]+code[ \\t]+\\\\?---[ \\t]*\\n?");
    private static final Pattern BLOCK_CLOSES = Pattern.compile("[ \\t]*\\\\?---[ \\t]+/code[ \\t]+\\\\?---[ \\t]*\\n?");
    /** What {@link #open} holds inside a Raspberry Pi Foundation code block. */
    private static final String BLOCK = "--- code ---";
    /**
     * Jekyll's and Hugo's code tag alone on its line, opening ({@code {% highlight ruby linenos %}},
     * {@code {{< highlight go "hl_lines=2" >}}}) and closing ({@code {% endhighlight %}}, {@code {{< /highlight >}}}):
     * the Ruby and shell comments in the Rails Girls guides' blocks ({@code # 123}, the output of {@code puts 100 + 23})
     * were read as the pages' '#' sections.
     */
    private static final Pattern HIGHLIGHT_OPENS = Pattern.compile("[ \\t]*(?:\\{%-?[ \\t]*highlight(?:[ \\t][^%]*)?-?%\\}"
            + "|\\{\\{<-?[ \\t]*highlight(?:[ \\t][^>]*)?-?>\\}\\}|\\{\\{%-?[ \\t]*highlight(?:[ \\t][^%]*)?-?%\\}\\})[ \\t]*\\r?\\n?");
    private static final Pattern HIGHLIGHT_CLOSES = Pattern.compile("[ \\t]*(?:\\{%-?[ \\t]*endhighlight[ \\t]*-?%\\}"
            + "|\\{\\{<-?[ \\t]*/[ \\t]*highlight[ \\t]*-?>\\}\\}|\\{\\{%-?[ \\t]*/[ \\t]*highlight[ \\t]*-?%\\}\\})[ \\t]*\\r?\\n?");
    /** What {@link #open} holds inside a Jekyll or Hugo highlight tag. */
    private static final String HIGHLIGHT = "{% highlight %}";

    /** Whether a line of the Markdown outside code (an example in a code block is none) holds a match of the pattern. */
    static boolean foundOutsideCode(String markdown, Pattern pattern) {
        CodeFences fences = new CodeFences();
        for (String line : markdown.split("\n", -1)) {
            boolean opens = !fences.isOpen();
            fences.inCode(line);
            if (opens && pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is Jekyll's or Hugo's code tag opening a block, alone on its line. */
    static boolean opensHighlight(String line) {
        return line.indexOf('{') >= 0 && line.contains("highlight") && HIGHLIGHT_OPENS.matcher(line).matches();
    }

    /** Whether the line is the tag that closes such a block, alone on its line. */
    static boolean closesHighlight(String line) {
        return line.contains("highlight") && HIGHLIGHT_CLOSES.matcher(line).matches();
    }

    /** The run of backticks or tildes that opened the block the lines are in, or null outside code. */
    private String open;

    /** True when the lines read so far end inside a block of code (the next line cannot open one). */
    public boolean isOpen() {
        return open != null;
    }

    /**
     * The line at or after {@code from} that closes a block opened by {@code fence} (backticks, tildes or MyST's colons,
     * as written): one of the same character, at least as long, alone on its line; {@code lines.length} when none does.
     */
    static int closingLine(String[] lines, int from, String fence) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() >= fence.length() && line.chars().allMatch(c -> c == fence.charAt(0))) {
                return i;
            }
        }
        return lines.length;
    }

    /** Reads the next line (with or without its line ending): true when it is code, its block's fences included. */
    public boolean inCode(String line) {
        if (HIGHLIGHT.equals(open)) { // no fence is written so
            if (closesHighlight(line)) {
                open = null;
            }
            return true;
        }
        if (open == null && opensHighlight(line)) {
            open = HIGHLIGHT;
            return true;
        }
        if (open == null ? line.contains("code") && BLOCK_OPENS.matcher(line).matches() : open.equals(BLOCK)) {
            if (open != null && BLOCK_CLOSES.matcher(line).matches()) {
                open = null;
            } else {
                open = BLOCK;
            }
            return true;
        }
        if (line.indexOf('`') < 0 && line.indexOf('~') < 0) {
            return open != null;
        }
        Matcher m = FENCE.matcher(line);
        if (open == null) {
            if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0)) {
                open = m.group(1);
                return true;
            }
            return false;
        }
        if (m.matches() && m.group(1).charAt(0) == open.charAt(0) && m.group(1).length() >= open.length()
                && m.group(2).isBlank()) {
            open = null;
        }
        return true;
    }
}
