package org.handbookpress.markdown;

import org.jsoup.nodes.Element;

/** Reads and removes the source-line attributes that {@link MarkdownConverter} puts on elements. */
public final class SourceLines {

    private SourceLines() {
    }

    /** The source line of an element, or of its nearest located ancestor; 0 when unknown. */
    public static int of(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String line = e.attr(MarkdownConverter.LINE);
            if (!line.isEmpty()) {
                try {
                    return Integer.parseInt(line);
                } catch (NumberFormatException ignored) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** Removes the build's private attributes, so they never reach a published page. */
    public static void strip(Element root) {
        for (Element e : root.getAllElements()) { // one walk of the tree, rather than a selector per attribute
            if (e.attributesSize() > 0) {
                e.removeAttr(MarkdownConverter.LINE);
                e.removeAttr(MarkdownConverter.WIKI);
                e.removeAttr(MarkdownConverter.UNCLOSED);
                e.removeAttr(FencedDivs.UNSUPPORTED);
            }
        }
    }

    /**
     * How many line breaks {@code text} has before {@code end}: a finding inside a block's text is on the
     * block's line plus these (the checks that search text, such as placeholders and unrendered Markdown).
     */
    public static int newlines(String text, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
