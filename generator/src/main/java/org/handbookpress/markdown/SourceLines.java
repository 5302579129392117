package org.handbookpress.markdown;

import java.util.Locale;
import java.util.Set;
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

    /** The build's private attributes, which {@link #strip} and {@link #stripped} remove. */
    private static final Set<String> PRIVATE = Set.of(MarkdownConverter.LINE, MarkdownConverter.WIKI, MarkdownConverter.UNCLOSED, MarkdownConverter.WORDS,
            FencedDivs.UNSUPPORTED, MarkdownConverter.REFERENCE, MarkdownConverter.DOCUMENT,
            MarkdownConverter.LABEL, MarkdownConverter.TERM, MarkdownConverter.HEADING, FencedDivs.LABEL,
            MarkdownConverter.INCLUDED_FROM, MarkdownConverter.WRITTEN);
    /** Whether an attribute is one of the build's own, which no one wrote and the site never shows. */
    public static boolean isPrivate(String attribute) {
        return PRIVATE.contains(attribute);
    }

    /** Elements whose text Jsoup writes as it is, unescaped: no tag inside them is a tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes", "textarea",
            "title", "plaintext");

    /**
     * The HTML of a frozen page ({@link PageHtml#html()}, as Jsoup writes it) without the build's private attributes:
     * what {@link #strip} and writing the tree out again give, without making the tree (which was a third of the
     * layouts' time at 10,000 pages). Jsoup writes an attribute as {@code  name="value"}, with the value's quotes as
     * {@code &quot;}, or as a bare {@code  name}; a {@code <} in text as {@code &lt;}; and comments and the text of
     * script, style and the other raw-text elements as they are, which are copied untouched.
     */
    public static String stripped(String html) {
        if (!html.contains(" data-hb-")) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                end = end < 0 ? n : end + 3;
                out.append(html, lt, end);
                i = end;
            } else if (lt + 1 < n && isAsciiLetter(html.charAt(lt + 1))) {
                i = startTag(html, lt, out);
            } else {
                out.append('<'); // an end tag, or a lone '<' of raw text: copied as it comes
                i = lt + 1;
            }
        }
        return out.toString();
    }

    /** Copies the start tag at {@code lt} less its private attributes, and a raw-text element's text after it. */
    private static int startTag(String html, int lt, StringBuilder out) {
        int n = html.length();
        int at = lt + 1;
        while (at < n && html.charAt(at) != ' ' && html.charAt(at) != '>' && html.charAt(at) != '/') {
            at++;
        }
        String name = html.substring(lt + 1, at).toLowerCase(Locale.ROOT);
        out.append(html, lt, at);
        while (at < n && html.charAt(at) != '>') {
            if (html.charAt(at) != ' ') {
                out.append(html.charAt(at++)); // the '/' of a self-closing tag
                continue;
            }
            int end = at + 1;
            while (end < n && " =>".indexOf(html.charAt(end)) < 0 && !html.startsWith("/>", end)) {
                end++;
            }
            String attribute = html.substring(at + 1, end);
            if (html.startsWith("=\"", end)) {
                int close = html.indexOf('"', end + 2);
                end = close < 0 ? n : close + 1;
            }
            if (!PRIVATE.contains(attribute)) {
                out.append(html, at, end);
            }
            at = end;
        }
        if (at < n) {
            out.append('>');
            at++;
        }
        if (RAW_TEXT.contains(name)) {
            int close = at;
            while (close < n && !html.regionMatches(true, close, "</" + name, 0, name.length() + 2)) {
                close++;
            }
            out.append(html, at, close);
            at = close;
        }
        return at;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Removes the build's private attributes, so they never reach a published page. */
    public static void strip(Element root) {
        for (Element e : root.getAllElements()) { // one walk of the tree, rather than a selector per attribute
            if (e.attributesSize() > 0) {
                PRIVATE.forEach(e::removeAttr);
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
