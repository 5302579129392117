package org.handbookpress.markdown;

import org.jsoup.nodes.Comment;

/**
 * The source lines of a page's HTML comments, each found in the page's Markdown after the one asked before: the HTML
 * keeps no line for a comment, and the same comment may stand twice. Asked in the page's order.
 */
final class CommentLines {

    private final PageHtml page;
    private int searchFrom;

    CommentLines(PageHtml page) {
        this.page = page;
    }

    /** The comment's line in the page's file; 0 when its text is not found as written. */
    int of(Comment comment) {
        String markdown = page.page().markdown();
        int at = markdown.indexOf("<!--" + comment.getData() + "-->", searchFrom);
        if (at < 0) {
            return 0;
        }
        searchFrom = at + 1;
        return page.page().bodyLine() + SourceLines.newlines(markdown, at);
    }
}
