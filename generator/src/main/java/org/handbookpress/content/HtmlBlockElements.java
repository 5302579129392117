package org.handbookpress.content;

import java.util.Set;

/** CommonMark's block elements: a line starting with one's tag starts raw HTML whatever follows it (its HTML block type 6). */
public final class HtmlBlockElements {

    public static final Set<String> NAMES = Set.of("address", "article", "aside", "base", "basefont", "blockquote", "body",
            "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
            "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p",
            "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private HtmlBlockElements() {
    }

    /** The names as alternatives of a regular expression, in one order whatever the set's. */
    static String alternatives() {
        return String.join("|", new java.util.TreeSet<>(NAMES));
    }
}
