package org.handbookpress.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON, keys in the map's own order, so the same
 * data always gives the same bytes. Small on purpose: the build writes JSON, it never reads it.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, String.valueOf(e.getKey()));
                out.append(':');
                append(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            quote(out, value.toString());
        }
    }

    /**
     * Quotes a string; also escapes {@code <}, {@code >} and {@code &} and the two line separators
     * JavaScript does not allow in strings, so the JSON can sit inside a {@code <script>} safely, and a lone
     * surrogate, so that the JSON can always be written as UTF-8.
     */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        int plain = 0; // start of the characters not yet appended, which need no escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair (an emoji): appended with its neighbours, as one character
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029'
                    && !Character.isSurrogate(c)) {
                continue; // most characters: appended with their neighbours, in one go
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                // The other control characters, and half a surrogate pair (a page's "&#xD800;" reaches a finding so): UTF-8
                // cannot encode one, and writing the JSON failed, which left the last build's report in place.
                default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        out.append(s, plain, s.length());
        out.append('"');
    }
}
