package org.handbookpress.check;

import java.util.function.Predicate;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Refuses Markdown nested deeper than any handbook needs (quotes in quotes, lists in lists, definitions in definitions), before
 * the Markdown parser sees it: the parser, the layouts and the PDF engine all walk nesting by recursion,
 * and a thousand levels ends in a {@link StackOverflowError}. The depth of a line is the number of
 * {@code >}, list and definition ({@code :}) markers that open it, plus its indentation in steps of two (a list nested by
 * indentation). Lines inside fenced code are not counted.
 */
public final class NestingDepth {

    /** Far beyond any real page (a handbook rarely nests more than five levels), far below a crash. */
    public static final int MAX = 64;

    private final Findings findings;

    public NestingDepth(Findings findings) {
        this.findings = findings;
    }

    /** @return true when the page is too deeply nested to convert (an error has been added) */
    public boolean tooDeep(Page page) {
        if (!mayBeTooDeep(page.markdown())) {
            return false; // most pages: no line opens with enough markers, so none is split into lines and read
        }
        String[] lines = page.markdown().split("\n", -1);
        int i = firstOutsideCode(lines, line -> prefix(line)[0] > MAX);
        if (i < 0) {
            return false;
        }
        findings.error(page.path(), page.bodyLine() + i, "content.too-deep", "quotes, lists or definitions nested about "
                + prefix(lines[i])[0] + " levels deep here; the build handles at most " + MAX,
                "flatten the nesting: a handbook rarely needs more than five levels");
        return true;
    }

    /**
     * Whether some line opens with at least {@link #MIN_PREFIX} characters that markers and indentation are made of: a
     * line deeper than {@link #MAX} needs them (a quote marker and 32 tabs at the least, each tab two levels).
     */
    static boolean mayBeTooDeep(String text) {
        for (int at = 0; at < text.length(); at++) {
            int start = at;
            while (at < text.length() && isPrefixChar(text.charAt(at))) {
                at++;
            }
            if (at - start >= MIN_PREFIX) {
                return true;
            }
            at = text.indexOf('\n', at);
            if (at < 0) {
                return false;
            }
        }
        return false;
    }

    /** The fewest characters before a line's text that can open it deeper than {@link #MAX}. */
    static final int MIN_PREFIX = 1 + MAX / 2;

    private static boolean isPrefixChar(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+' || c == ':' || c == '.' || c == ')'
                || c >= '0' && c <= '9';
    }

    /** The index of the first line outside fenced code that is {@code wrong}, or -1 (shared with {@link RuleRuns}). */
    static int firstOutsideCode(String[] lines, Predicate<String> wrong) {
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            if (!fences.inCode(lines[i]) && wrong.test(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** {depth, index after the markers} of one line. */
    static int[] prefix(String line) {
        int depth = 0;
        int i = 0;
        int indent = 0;
        boolean first = true;
        while (i < line.length()) {
            int start = i;
            int spaces = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                spaces += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (first) {
                indent = spaces;
            }
            int marker = marker(line, i);
            if (marker == 0) {
                i = start;
                break;
            }
            depth++;
            first = false;
            i += marker;
        }
        return new int[] {depth == 0 ? 0 : depth + indent / 2, i};
    }

    /** Length of a {@code >}, list or definition marker at {@code i} (with the space after a list or definition marker), or 0. */
    private static int marker(String line, int i) {
        if (i >= line.length()) {
            return 0;
        }
        char c = line.charAt(i);
        if (c == '>') {
            return 1;
        }
        int end = i;
        // ':' opens a definition, and ': : : x' nests definitions as '- - - x' nests lists (a thousand overflowed the parser).
        if (c == '-' || c == '*' || c == '+' || c == ':') {
            end = i + 1;
        } else {
            while (end < line.length() && end - i < 9 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            if (end == i || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
                return 0;
            }
            end++;
        }
        if (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            return end + 1 - i;
        }
        return 0;
    }
}
