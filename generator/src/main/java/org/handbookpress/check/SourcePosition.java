package org.handbookpress.check;

import org.handbookpress.content.Page;

/**
 * Finds the column of a piece of text in a page's Markdown source. The HTML tree knows the line of
 * each block but not where on the line a word stands, so the checks look the word up in the source.
 */
final class SourcePosition {

    private final Page page;
    private final String[] lines;

    SourcePosition(Page page) {
        this.page = page;
        this.lines = page.markdown().split("\n", -1);
    }

    /** The text of a file line, or "" when the line is not in the Markdown body. */
    String line(int fileLine) {
        int index = fileLine - page.bodyLine();
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    /** 1-based column of {@code text} on the line (ignoring case), or 0 when it cannot be found there. */
    int column(int fileLine, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int at = line(fileLine).toLowerCase(java.util.Locale.ROOT).indexOf(text.toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? 0 : at + 1;
    }

    /** Source lines of the body, numbered as file lines, for checks that scan the Markdown itself. */
    int firstLine() {
        return page.bodyLine();
    }

    int lineCount() {
        return lines.length;
    }
}
