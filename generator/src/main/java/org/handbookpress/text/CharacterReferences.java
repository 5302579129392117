package org.handbookpress.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML's character references in a text that a site's layout writes into the page as HTML, as Jekyll and Eleventy write
 * a page's title: {@code C&oacute;digo} is "Código" there, {@code &amp;} an ampersand. Only a whole reference, with its
 * semicolon, is read: "Q&A", "R&D" and "&copy" without one are the text they are.
 */
public final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private CharacterReferences() {
    }

    /** The text with each character reference that names a character made that character; others left as written. */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        return REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
    }
}
