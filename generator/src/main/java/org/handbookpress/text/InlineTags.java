package org.handbookpress.text;

import java.util.regex.Pattern;

/**
 * HTML's inline formatting tags in a text that a site's layouts wrote as HTML, as Jekyll and Eleventy write a page's
 * title ({@code Travel <em>before</em> you book}): here a title is text, in the page's heading, the menu, the search
 * and the PDFs, where the tags showed as written. They are left out, the words kept; a line break is a space. Only the
 * phrasing elements a title is formatted with: a title about HTML that names another element ({@code The <details>
 * element}) keeps it, and so does anything that is no tag ({@code Ages <16}, {@code a < b}).
 */
public final class InlineTags {

    private static final Pattern TAG = Pattern.compile("(?i)</?(?:em|strong|i|b|u|s|code|span|small|big|sup|sub|mark|abbr|"
            + "cite|q|kbd|samp|var|del|ins|time|a|br|wbr)(?:\\s[^<>]*)?/?>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)[ \\t]*<br\\s*/?>[ \\t]*");

    private InlineTags() {
    }

    /** The text without its inline tags; null as it is. */
    public static String strip(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        return TAG.matcher(LINE_BREAK.matcher(text).replaceAll(" ")).replaceAll("");
    }
}
