package org.handbookpress.markdown;

import java.util.Arrays;

/**
 * The line of each offset of a document, by Flexmark's rule ({@code Document.getLineNumber}: lines end at
 * {@code \n}, {@code \r\n} or {@code \r}; an offset inside a line end belongs to that line), found by binary
 * search. Flexmark's own lookup rescans the text from its start for each node, so recording the line of
 * every block of a page cost time that grew with the square of the page's length (and reading the line of every
 * term of a glossary of 8,000 terms, 20 s).
 */
public final class LineNumbers {

    /** The offset just after each line end, in order. */
    private final int[] lineEnds;

    private LineNumbers(int[] lineEnds) {
        this.lineEnds = lineEnds;
    }

    public static LineNumbers of(String text) {
        int[] ends = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
            }
        }
        return new LineNumbers(Arrays.copyOf(ends, count));
    }

    /** The 0-based line of {@code offset}: how many line ends lie wholly before it. */
    public int of(int offset) {
        int at = Arrays.binarySearch(lineEnds, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
