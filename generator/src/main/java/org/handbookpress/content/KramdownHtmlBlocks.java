package org.handbookpress.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * kramdown's {@code <div class="note" markdown="1">}: an element whose content is Markdown, as Jekyll sites write boxes
 * (just-the-docs' examples, opensource.guide's asides). CommonMark reads the lines after such a tag as raw HTML up to
 * the next blank line, so their Markdown was shown as typed (and reported as unrendered). Such a div, aside, section,
 * article, figure, blockquote or p, opened and closed on lines of their own, becomes a fenced div,
 * {@code ::: {.note}} … {@code :::} ({@code .aside} added for an aside): the same number of lines, so findings
 * keep the file's lines; its content is then read as Markdown. Its other attributes go to the fenced div's attribute
 * list, where what is not id or class is reported. Python-Markdown's md_in_html (MkDocs) is read the same way; a figure
 * stays a figure (org.handbookpress.markdown.FencedDivs).
 */
final class KramdownHtmlBlocks {

    /** The block elements read so: the box's element is then a div, its name one of its classes (but "div"). */
    private static final String BLOCKS = "div|aside|section|article|figure|blockquote|p";
    /**
     * The opening tag of such an element: kramdown's {@code markdown="1"} or {@code "block"}, and Python-Markdown's md_in_html
     * (MkDocs), which takes the attribute bare or as {@code "span"} as well: MkDocs Material's figures are written
     * {@code <figure markdown="span">}, the picture's Markdown and a {@code <figcaption>} on the lines between, which were
     * shown as typed. Group 1 the element, 2 and 3 its other attributes.
     */
    private static final Pattern OPEN_MARKDOWN = Pattern.compile(
            "^\\s*<(" + BLOCKS + ")\\b([^>]*?)\\s+markdown(?:\\s*=\\s*[\"']?(?:1|block|span)[\"']?(?![\\w-])|(?![\\w-]|\\s*=))([^>]*)>\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("^\\s*<(" + BLOCKS + ")\\b[^>]*>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_P = Pattern.compile("^\\s*<p>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("^\\s*</(" + BLOCKS + ")>\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * An element kramdown reads as part of a paragraph (span-level: a picture, a link, emphasis), alone on its line, which
     * CommonMark would take for the start of raw HTML running to the next blank line, swallowing the Markdown after it.
     */
    private static final Pattern LONE_SPAN_TAG = Pattern.compile(
            "^\\s*<(?:img|a|span|abbr|b|i|em|strong|small|sub|sup|code|kbd|cite|q|br|input|label)\\b[^>]*>\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A paragraph's opening tag holding {@code markdown="1"} (or {@code span}, {@code block}): its attributes before that
     * (group 1) and after it (2). Matched on the tag alone, from its {@code <p} to its first {@code >}: matched against a
     * whole line, each {@code markdown} in it was tried with every end, and a line of a thousand such tags took 70 s.
     */
    private static final Pattern P_MARKDOWN_TAG = Pattern.compile(
            "<p\\b([^>]*?)\\s+markdown\\s*=\\s*[\"']?(?:1|span|block)[\"']?([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern P_TAG = Pattern.compile("</?p\\b", Pattern.CASE_INSENSITIVE);
    /** What such a line is given at its end, so that it is no longer a tag alone on its line: it then opens a paragraph. */
    static final String IN_PARAGRAPH = "<!-- -->";
    /** CommonMark's complete open tag: a name, attributes (unquoted, single- or double-quoted values), maybe a slash. */
    private static final String OPEN_TAG = "<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*"
            + "(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>";
    /**
     * A line that starts raw HTML, as CommonMark reads it, wherever it stands: script, pre, style or textarea, a comment, a
     * declaration or processing instruction (its types 1 to 5), or a block element's tag whatever follows it (6).
     */
    private static final Pattern HTML_BLOCK = Pattern.compile("^[ ]{0,3}(?:<(?:script|pre|style|textarea)(?:[\\s>]|$)|<!|<\\?"
            + "|</?(?:" + HtmlBlockElements.alternatives() + ")(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);
    /**
     * A complete open or closing tag alone on its line (CommonMark's type 7), which starts raw HTML except in a paragraph,
     * which it continues. A line opening with a link, a span or an italic followed by words is a paragraph's text
     * (opensource.guide's quotes: {@code <i>the words</i>}, {@code <a href="…">— [@ann](…)</a>, who keeps…}).
     */
    private static final Pattern LONE_TAG = Pattern.compile("^[ ]{0,3}(?:" + OPEN_TAG + "|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$");
    /** A line after which no paragraph is open: an ATX heading, a thematic break, a fence, a table's row. */
    private static final Pattern ONE_LINE_BLOCK = Pattern.compile("^[ ]{0,3}(?:#{1,6}(?:\\s|$)|(?:[-*_][ \\t]*){3,}$|```|~~~|:::|\\|)");
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)");
    /**
     * A block element opened and closed on one line, {@code <figcaption>Click to enlarge</figcaption>}: raw HTML in
     * CommonMark that runs on to the next blank line, so a box's closing line straight after it was its text.
     */
    private static final Pattern ONE_LINE_ELEMENT = Pattern.compile(
            "^[ ]{0,3}<(" + HtmlBlockElements.alternatives() + ")\\b[^>]*>.*</\\1\\s*>\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * What such a line is given at its start, inside a box: an HTML comment, raw HTML that ends on the line holding its
     * end, so the element is a block of its one line, and the box's closing line after it closes the box.
     */
    private static final String ONE_LINE_HTML = "<!---->";
    private static final Pattern P_CLOSE_ALONE = Pattern.compile("^(\\s*)</p>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)", Pattern.CASE_INSENSITIVE);

    private KramdownHtmlBlocks() {
    }

    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "markdown") && !QuickScan.contains(markdown, "MARKDOWN")) { // markdown="1", or markdown = "1" as some write it
            return markdown;
        }
        return OutsideCode.apply(markdown, KramdownHtmlBlocks::divs);
    }

    private static String divs(String text) {
        String[] lines = text.split("\n", -1);
        java.util.Set<Integer> spans = new java.util.HashSet<>(); // one-line paragraphs written as spans (oneLineParagraph)
        for (int i = 0; i < lines.length; i++) {
            String span = lines[i].indexOf('<') < 0 ? null : oneLineParagraph(lines[i]);
            if (span != null) {
                lines[i] = span;
                spans.add(i);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String[] p = lines[i].indexOf('<') < 0 ? null : paragraphAtEnd(lines[i]);
            if (p == null || HTML_BLOCK.matcher(lines[i]).find()) {
                continue;
            }
            for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) { // a paragraph ends at a blank line
                Matcher close = P_CLOSE_ALONE.matcher(lines[j]);
                if (close.matches()) {
                    lines[i] = p[0] + spanTag(p[1], p[2]);
                    lines[j] = close.group(1) + "</span>";
                    spans.add(j);
                    break;
                }
                if (P_TAG.matcher(lines[j]).find()) {
                    break; // another paragraph's tag first: left as written
                }
            }
        }
        // Pairs of lines (opening, closing) of elements read so, and the fence line each opening becomes.
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        Map<Integer, String> fences = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>(); // the open elements' lines, innermost first
        Deque<String> names = new ArrayDeque<>();
        Map<Integer, Integer> boxOfBareP = new HashMap<>(); // a bare <p>'s line, to its box's opening line
        Map<Integer, Integer> bareP = new LinkedHashMap<>(); // a bare <p>'s line, to its </p>'s
        for (int i = 0; i < lines.length; i++) {
            Matcher m = OPEN_MARKDOWN.matcher(lines[i]);
            Matcher plain = OPEN.matcher(lines[i]);
            Matcher close = CLOSE.matcher(lines[i]);
            if (m.matches()) {
                String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
                String classes = attributes(m.group(2) + " " + m.group(3));
                String own = name.equals("div") ? "" : "." + name;
                fences.put(i, "::: {" + own + (own.isEmpty() || classes.isEmpty() ? "" : " ") + classes + "}");
                open.push(i);
                names.push(name);
            } else if (plain.matches()) {
                // A bare <p> directly in a box: its line, encoded below -1, with the box's (BARE_P).
                boolean bare = BARE_P.matcher(lines[i]).matches() && !open.isEmpty() && open.peek() >= 0;
                if (bare) {
                    boxOfBareP.put(i, open.peek());
                }
                open.push(bare ? -2 - i : -1);
                names.push(plain.group(1).toLowerCase(java.util.Locale.ROOT));
            } else if (close.matches() && !names.isEmpty() && names.peek().equals(close.group(1).toLowerCase(java.util.Locale.ROOT))) {
                names.pop();
                int from = open.pop();
                if (from >= 0) {
                    pairs.put(from, i);
                } else if (from <= -2) {
                    bareP.put(-2 - from, i);
                }
            }
        }
        // In a box a picture alone on its line (opensource.guide's quotes start with the speaker's avatar) is part of the
        // paragraph it opens, as kramdown reads it; an empty comment after it keeps CommonMark from taking it for raw HTML.
        java.util.Set<Integer> inParagraph = new java.util.HashSet<>();
        pairs.forEach((from, to) -> {
            for (int i = from + 1; i < to; i++) {
                if (LONE_SPAN_TAG.matcher(lines[i]).matches()
                        && (i == from + 1 || lines[i - 1].isBlank() || fences.containsKey(i - 1) || bareP.containsKey(i - 1))) {
                    inParagraph.add(i);
                }
            }
        });
        // An element of one line in a box (a figure's caption) is made a block of that line (ONE_LINE_HTML).
        java.util.Set<Integer> oneLine = new java.util.HashSet<>();
        pairs.forEach((from, to) -> {
            for (int i = from + 1; i < to; i++) {
                if (!fences.containsKey(i) && !pairs.containsValue(i) && ONE_LINE_ELEMENT.matcher(lines[i]).matches()) {
                    oneLine.add(i);
                }
            }
        });
        // A raw HTML block runs to the next blank line; a fence inside one would be its text, and the box would then
        // never close and hold the rest of the page. Such an element stays as it is written (and is reported as before).
        boolean dropped = true;
        while (dropped && !pairs.isEmpty()) {
            dropped = false;
            Map<Integer, Integer> owner = new HashMap<>();
            pairs.forEach((from, to) -> {
                owner.put(from, from);
                owner.put(to, from);
            });
            boolean inHtml = false;
            boolean paragraph = false; // a paragraph is open, which a tag alone on its line would continue
            java.util.Set<Integer> bareLines = new java.util.HashSet<>(); // bare <p> and </p> lines of the boxes still kept
            bareP.forEach((from, to) -> {
                if (pairs.containsKey(boxOfBareP.get(from))) {
                    bareLines.add(from);
                    bareLines.add(to);
                }
            });
            for (int i = 0; i < lines.length && !dropped; i++) {
                if (lines[i].isBlank() || bareLines.contains(i)) {
                    inHtml = false;
                    paragraph = false;
                } else if (oneLine.contains(i) && !inHtml) {
                    paragraph = false; // a block of its one line: what follows is read afresh
                } else if (owner.containsKey(i)) {
                    if (inHtml) {
                        pairs.remove(owner.get(i));
                        dropped = true;
                    }
                    paragraph = false;
                } else if (!inHtml && !inParagraph.contains(i) && !spans.contains(i)
                        && (HTML_BLOCK.matcher(lines[i]).find() || !paragraph && LONE_TAG.matcher(lines[i]).matches())) {
                    inHtml = true;
                } else if (!inHtml) {
                    // Taken narrowly, since a lone tag after what is not a paragraph starts raw HTML: a table's row and
                    // an indented line opening code are not one; a line of text, a list item's or a quote's is.
                    boolean code = !paragraph && INDENTED.matcher(lines[i]).find();
                    paragraph = !code && !ONE_LINE_BLOCK.matcher(lines[i]).find();
                }
            }
        }
        if (pairs.isEmpty()) {
            return spans.isEmpty() ? text : String.join("\n", lines);
        }
        // kramdown reads a bare <p> in a box as a paragraph of the same text, its Markdown read; in CommonMark a <p> line
        // opens raw HTML that runs to the next blank line (opensource.guide's translations: the quote in English, in
        // <p><em>…</em></p>, then the credit, left as typed). Its two lines become blank and the lines between lose their
        // indent (indented, they would be code): a paragraph between them.
        bareP.forEach((from, to) -> {
            if (pairs.containsKey(boxOfBareP.get(from))) {
                lines[from] = "";
                lines[to] = "";
                for (int i = from + 1; i < to; i++) {
                    lines[i] = lines[i].stripLeading();
                }
            }
        });
        pairs.forEach((from, to) -> {
            lines[from] = fences.get(from);
            lines[to] = ":::";
            for (int i = from + 1; i < to; i++) {
                if (oneLine.contains(i) && !lines[i].startsWith(ONE_LINE_HTML)) {
                    lines[i] = ONE_LINE_HTML + lines[i].stripLeading();
                }
                if (inParagraph.contains(i) && !lines[i].endsWith(IN_PARAGRAPH)) {
                    lines[i] = lines[i].stripTrailing() + IN_PARAGRAPH;
                }
            }
        });
        return String.join("\n", lines);
    }

    /**
     * A paragraph of Markdown opened and closed on one line, with its words between: opensource.guide's translations write
     * a quote's credit so, {@code <p markdown="1" class="pquote-credit">— [Ann](…)</p>}. CommonMark takes a line starting
     * with {@code <p} for raw HTML running to the next blank line (the credit's link shown as typed, and the box around it
     * left as raw HTML too); as a {@code <span>} with the same attributes the line is text, its Markdown read. The credit
     * then ends the paragraph before it rather than making one of its own: a line of its own would move the page's lines.
     *
     * @return the line with the paragraph written as a span, or null when it is not such a line
     */
    private static String oneLineParagraph(String line) {
        int at = 0;
        while (at < line.length() && isSpace(line.charAt(at))) {
            at++;
        }
        int end = line.indexOf('>', at);
        Matcher tag = P_MARKDOWN_TAG.matcher(line);
        if (end < 0 || !tag.region(at, end + 1).matches()) {
            return null;
        }
        int close = line.length();
        while (close > end + 1 && isSpace(line.charAt(close - 1))) {
            close--;
        }
        if (close - 4 <= end || !line.regionMatches(true, close - 4, "</p>", 0, 4)) {
            return null;
        }
        String words = line.substring(end + 1, close - 4);
        if (P_TAG.matcher(words).find() || words.chars().anyMatch(KramdownHtmlBlocks::endsALine)) {
            return null;
        }
        return line.substring(0, at) + spanTag(tag.group(1), tag.group(2)) + words + "</span>";
    }

    /**
     * A paragraph of Markdown opened at the end of a line of text, its closing tag alone on a later line: opensource.guide's
     * translations again ({@code …the quote's words.  <p markdown="1" class="pquote-credit">}, the credit, {@code </p>}).
     * kramdown reads a tag within a line as part of the paragraph; CommonMark keeps it as inline HTML, but the box around
     * it stays raw HTML for the closing tag's line. Both tags become a span's, which a paragraph goes on through. The tag
     * is the line's first paragraph tag, with words before it and nothing but spaces after it.
     *
     * @return {the text before the tag, its attributes before markdown=, after it}, or null when it is not such a line
     */
    private static String[] paragraphAtEnd(String line) {
        Matcher first = P_TAG.matcher(line);
        if (!first.find() || line.charAt(first.start() + 1) == '/') {
            return null;
        }
        int at = first.start();
        int end = line.indexOf('>', at);
        Matcher tag = P_MARKDOWN_TAG.matcher(line);
        if (end < 0 || !tag.region(at, end + 1).matches()) {
            return null;
        }
        for (int i = end + 1; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return null;
            }
        }
        String before = line.substring(0, at);
        if (before.chars().allMatch(c -> isSpace((char) c)) || before.chars().anyMatch(KramdownHtmlBlocks::endsALine)) {
            return null;
        }
        return new String[] {before, tag.group(1), tag.group(2)};
    }

    /** A space as the expressions' {@code \s} reads one. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A character the expressions' {@code .} does not cross. */
    private static boolean endsALine(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A span's opening tag with the attributes a {@code <p markdown="1">} had before and after its markdown one. */
    private static String spanTag(String before, String after) {
        String attributes = (before + " " + after).trim();
        return "<span" + (attributes.isEmpty() ? "" : " " + attributes) + ">";
    }

    /** The tag's class and id as an attribute list: {@code .note .wide #intro}. */
    private static String attributes(String tag) {
        StringBuilder list = new StringBuilder();
        Matcher c = CLASS.matcher(tag);
        if (c.find()) {
            for (String name : unquote(c.group(1)).trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    list.append(list.length() == 0 ? "" : " ").append('.').append(name);
                }
            }
        }
        Matcher id = ID.matcher(tag);
        if (id.find()) {
            list.append(list.length() == 0 ? "" : " ").append('#').append(unquote(id.group(1)));
        }
        return list.toString();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') ? value.substring(1, value.length() - 1) : value;
    }
}
