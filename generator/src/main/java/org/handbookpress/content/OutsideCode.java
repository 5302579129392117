package org.handbookpress.content;

import java.util.function.UnaryOperator;

/**
 * Applies a change to a page's Markdown everywhere but inside fenced code blocks, whose text is shown as written:
 * a lesson about the old Jekyll template shows {@code {{ page.root }}} and {@code {% include links.md %}} in code.
 */
final class OutsideCode {

    private OutsideCode() {
    }

    /** The Markdown with {@code change} applied to each run of lines outside code fences; fences kept as they are. */
    static String apply(String markdown, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        StringBuilder text = new StringBuilder();
        CodeFences fences = new CodeFences();
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end + 1);
            if (fences.inCode(line)) {
                out.append(change.apply(text.toString()));
                text.setLength(0);
                out.append(line);
            } else {
                text.append(line);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        out.append(change.apply(text.toString()));
        return out.toString();
    }
}
