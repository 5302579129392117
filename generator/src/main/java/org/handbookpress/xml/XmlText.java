package org.handbookpress.xml;

/**
 * Text for XML: written by hand (an element's content or an attribute's value in double quotes), or given to a
 * serialiser. A handbook's titles come from YAML, whose escapes ({@code "\a"}, {@code "\x01"}) give control
 * characters as easily as words, and its pages may hold them too; XML 1.0 cannot carry those at all, not even
 * as character references, and one makes the whole file unreadable (an e-book reader or epubcheck stops at it),
 * so they are left out.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * {@code value} with {@code & < > "} escaped and the characters XML 1.0 does not allow (control characters
     * other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF) left out; null gives "".
     */
    public static String escape(String value) {
        return value == null ? "" : filter(value, true);
    }

    /** {@code value} without the characters XML 1.0 does not allow, for a serialiser that escapes markup itself. */
    public static String legal(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i)) && !pairedSurrogate(value, i)) {
                return filter(value, false);
            }
        }
        return value; // the usual case: nothing to leave out, no copy
    }

    private static String filter(String value, boolean escapeMarkup) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escaped = escapeMarkup ? markup(c) : null;
            if (escaped != null) {
                out.append(escaped);
            } else if (Character.isHighSurrogate(c) && pairedSurrogate(value, i)) {
                out.append(c).append(value.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String markup(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }

    /** Whether the surrogate at {@code i} is half of a pair (either half), which XML allows as the one character. */
    private static boolean pairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    /** Whether XML 1.0 allows {@code c} on its own (a surrogate only as half of a pair). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }
}
