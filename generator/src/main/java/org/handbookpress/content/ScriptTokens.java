package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a JavaScript or JSON file that holds data (a sidebar, a {@code _meta} object), enough to read its
 * keys and strings without running it: quoted strings (their escapes undone), names, and single punctuation marks,
 * each with its line; white space and comments are left out, and anything else is a mark of its own. Template strings
 * are read as strings, whatever they hold.
 */
final class ScriptTokens {

    /** A token: a {@code STRING}'s or {@code NAME}'s text, or a {@code MARK}'s character; and the line it starts on. */
    record Token(Kind kind, String text, int line) {
        boolean is(char mark) {
            return kind == Kind.MARK && text.charAt(0) == mark;
        }
    }

    enum Kind { STRING, NAME, MARK }

    private ScriptTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                end = end < 0 ? text.length() : end + 2;
                line += newlines(text, at, end);
                at = end;
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder value = new StringBuilder();
                int end = at + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    value.append(text.charAt(end) == '\\' && end + 1 < text.length() ? text.charAt(++end) : text.charAt(end));
                    end++;
                }
                tokens.add(new Token(Kind.STRING, value.toString(), line));
                line += newlines(text, at, Math.min(end, text.length()));
                at = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = at;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(at, end), line));
                at = end;
            } else {
                tokens.add(new Token(Kind.MARK, String.valueOf(c), line));
                at++;
            }
        }
        return tokens;
    }

    /** Whether the token at {@code i} is a key: a name or string followed by {@code :}. */
    static boolean isKey(List<Token> tokens, int i) {
        return tokens.get(i).kind() != Kind.MARK && i + 1 < tokens.size() && tokens.get(i + 1).is(':');
    }

    /** The first string given for {@code key} ({@code title: 'Volunteer handbook'}); null when none is. */
    static String firstString(List<Token> tokens, String key) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(key) && isKey(tokens, i) && tokens.get(i + 2).kind() == Kind.STRING) {
                return tokens.get(i + 2).text();
            }
        }
        return null;
    }

    /** One entry of an object: its key, and where its value's tokens start and end (exclusive). */
    record Entry(String key, int from, int to) {
    }

    /** The entries of the object whose {@code {} is at {@code open}, in order, as far as it reads as an object. */
    static List<Entry> entries(List<Token> tokens, int open) {
        List<Entry> entries = new ArrayList<>();
        for (int i = open + 1; i < tokens.size() && !tokens.get(i).is('}'); ) {
            if (tokens.get(i).is(',')) {
                i++;
                continue;
            }
            if (!isKey(tokens, i)) {
                break; // not an object as expected: what was read so far
            }
            int end = endOfValue(tokens, i + 2);
            entries.add(new Entry(tokens.get(i).text(), i + 2, end));
            i = end;
        }
        return entries;
    }

    /**
     * The index of the end of the value that starts at {@code i}: the {@code ,} after it, or the bracket that closes what
     * holds it; brackets inside it (an object, a list, a function's arguments) are passed whole.
     */
    static int endOfValue(List<Token> tokens, int i) {
        int depth = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('{') || t.is('[') || t.is('(')) {
                depth++;
            } else if (t.is('}') || t.is(']') || t.is(')')) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (t.is(',') && depth == 0) {
                return i;
            }
        }
        return i;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += text.charAt(i) == '\n' ? 1 : 0;
        }
        return count;
    }
}
