package org.handbookpress.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML element opened and closed on one line of an MDX page, a table's cell above all ({@code <td>**Escrow Zap**</td>}):
 * MDX 2 and later (Docusaurus 3) read its content as Markdown, where CommonMark keeps the line as raw HTML with its
 * asterisks and brackets as text. A guild's handbook wrote its tables of contract addresses so, and each cell's
 * {@code **label**} and {@code [address](…)} was shown as typed (24 {@code markdown.unrendered} warnings on two pages). The
 * content is rendered as a paragraph's Markdown in place, on the same line, its HTML kept as written (the page's HTML is
 * sanitised later, as any other); a content with no Markdown in it is left alone.
 */
final class MdxCells {

    /**
     * 1 the indentation, 2 the opening tag, 3 the element's name, 4 the content, 5 the closing tag and what follows it:
     * an element CommonMark starts a block of raw HTML with, whose Markdown it would not read.
     */
    private static final Pattern CELL = Pattern.compile(
            "^(\\s*)(<(td|th|li|dt|dd|p|summary|caption|figcaption)(?:\\s[^<>]*)?>)(.*)(</\\3>\\s*)$", Pattern.CASE_INSENSITIVE);
    /** What Markdown within a line looks like: emphasis, code, a link. */
    private static final Pattern INLINE_MARKDOWN = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*\\S|`|\\]\\(");
    private static final Parser PARSER = org.handbookpress.text.CjkEmphasisParser.commonMark();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private MdxCells() {
    }

    /** The line with its one-line element's content rendered as Markdown; the line itself when it is none or holds none. */
    static String rendered(String line) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        Matcher cell = CELL.matcher(line);
        if (!cell.matches() || cell.group(4).contains("</" + cell.group(3)) || !INLINE_MARKDOWN.matcher(cell.group(4)).find()) {
            return line;
        }
        String html = RENDERER.render(PARSER.parse(cell.group(4).strip())).strip();
        if (!html.startsWith("<p>") || !html.endsWith("</p>") || html.indexOf("<p>", 1) >= 0) {
            return line; // more than a paragraph's text (a heading, a list): left as MDX would not read it either
        }
        return cell.group(1) + cell.group(2) + html.substring(3, html.length() - 4).replace("\n", " ") + cell.group(5);
    }
}
