package org.handbookpress.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A value from Jackson's tokens, written as YAML's flow style on one line ({@code ["a", "b"]},
 * {@code {"weight": 3}}), every text in double quotes: a value read from TOML is said the same in YAML whatever it
 * holds (a {@code #}, a {@code : }, a quote, a line break), and the YAML reader gives the page what TOML gave it.
 */
final class FlowYaml {

    private FlowYaml() {
    }

    /**
     * How deep a value is written at most; deeper, a table or an array is written as no value. TOML sets no limit to a
     * dotted key's parts, and each is a table inside the last: written out in full, thousands of them overflowed the
     * stack. The YAML reader takes 50 at most, and no key the build reads is more than two deep.
     */
    static final int MAX_DEPTH = 40;

    /** The value whose first token the parser is at, written out; the parser is left at its last token. */
    static String value(JsonParser parser) throws IOException {
        StringBuilder out = new StringBuilder();
        write(parser, out, 1);
        return out.toString();
    }

    private static void write(JsonParser parser, StringBuilder out, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isStructStart() && depth > MAX_DEPTH) {
            parser.skipChildren();
            out.append("null");
            return;
        }
        switch (token) {
            case START_ARRAY -> {
                out.append('[');
                String comma = "";
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    out.append(comma);
                    write(parser, out, depth + 1);
                    comma = ", ";
                }
                out.append(']');
            }
            case START_OBJECT -> {
                out.append('{');
                String comma = "";
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    out.append(comma).append(quoted(parser.currentName())).append(": ");
                    parser.nextToken();
                    write(parser, out, depth + 1);
                    comma = ", ";
                }
                out.append('}');
            }
            case VALUE_NUMBER_FLOAT -> out.append(number(parser.getDoubleValue()));
            case VALUE_NUMBER_INT, VALUE_TRUE, VALUE_FALSE -> out.append(parser.getText());
            // Dates and times come as their text (the reader's default): quoted, as a date written in YAML is read as text.
            default -> out.append(quoted(parser.getText()));
        }
    }

    /** TOML's inf and nan are YAML's .inf and .nan; a number otherwise as Java writes it, which YAML and Double read. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        return String.valueOf(value);
    }

    /**
     * A text in YAML's double quotes. A line break, a tab and every character YAML will not take as written (controls,
     * the line and paragraph separators, which YAML would fold into a space, a byte-order mark) is escaped.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
