package org.handbookpress.content;

/**
 * Words a pre-pass writes into a page's Markdown in place of another tool's tag, to be read as those words and nothing
 * else: their ASCII punctuation is written as character references, so that they are text in a paragraph, a table's cell
 * and raw HTML alike ({@code #} opening a line is no heading, {@code _} no emphasis, {@code |} no column, {@code <} no tag).
 */
final class LiteralText {

    private LiteralText() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c)) {
                out.append("&#").append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
