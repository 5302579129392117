package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * Liquid's comments, {@code {% comment %}link the rota page once it is up{% endcomment %}}, as Jekyll and Eleventy pages keep
 * notes for their editors: Liquid runs before the Markdown is read and leaves them out, so a reader never sees them.
 * Before, they were published as written, the editors' notes with them, and reported as Liquid the build does not run
 * (and an editor's to-do marker in one as a placeholder left in). A comment in fenced code, in a code span or in a raw block is shown as
 * written, as a page about writing the handbook shows it; one never closed stays, and is reported. A comment over
 * several lines leaves its line breaks, so that every line after it keeps its number.
 */
final class LiquidComments {

    /** A code span, kept as it is (group 1 its backticks), or a comment: group 2 what it holds. */
    private static final Pattern COMMENT = Pattern.compile("(`+)(?!`)[^\\n]*?(?<!`)\\1(?!`)"
            + "|\\{%-?[ \\t]*comment[ \\t]*-?%\\}((?:(?!\\{%-?[ \\t]*comment[ \\t]*-?%\\})[\\s\\S])*?)\\{%-?[ \\t]*endcomment[ \\t]*-?%\\}");

    private LiquidComments() {
    }

    /** The Markdown with each comment outside code left out, its line breaks kept. */
    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "endcomment")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> LiquidRaw.outside(text, outside -> COMMENT.matcher(outside).replaceAll(m ->
                m.group(1) != null ? Matcher.quoteReplacement(m.group()) : "\n".repeat((int) m.group(2).chars().filter(c -> c == '\n').count()))));
    }
}
