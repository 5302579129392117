package org.handbookpress.content;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Emoji shortcodes, {@code :tada:} or {@code :+1:}, as GitHub shows them in every README and wiki page, and as Jekyll's
 * jemoji, MkDocs' pymdownx.emoji and Hugo's {@code enableEmoji} do: the emoji itself, a Unicode character the reader's
 * own system draws, never a picture fetched from elsewhere. Only names in GitHub's list (Flexmark's emoji table, with
 * the emoji cheat sheet's aliases) are read, so {@code 10:30:00} or {@code a:b:c} stay as written; so does a name
 * GitHub draws as a picture of its own ({@code :octocat:}), and any text in code.
 */
public final class EmojiShortcodes {

    /** Elements whose text is shown as written. */
    private static final Set<String> AS_WRITTEN = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math");

    private EmojiShortcodes() {
    }

    /** Whether {@code text} holds a shortcode of a known emoji: most pages hold none, and are not walked. */
    public static boolean occurIn(String text) {
        return text.indexOf(':') >= 0 && replace(text) != null;
    }

    /** Replaces the shortcodes in the text under {@code root}, outside code. */
    public static void replaceIn(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && text.getWholeText().indexOf(':') >= 0 && !shownAsWritten(text)) {
                    String replaced = replace(text.getWholeText());
                    if (replaced != null) {
                        text.text(replaced);
                    }
                }
            }
        }, root);
    }

    /** {@code text} with its shortcodes replaced, or null when it holds none. */
    static String replace(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = text.indexOf(':'); at >= 0 && at < text.length(); ) {
            int end = nameEnd(text, at + 1);
            String emoji = end < text.length() && text.charAt(end) == ':' ? emojiAt(text, at, end) : null;
            if (emoji == null) {
                at = end < text.length() && text.charAt(end) == ':' ? end : text.indexOf(':', at + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, at).append(emoji);
            copied = end + 1;
            at = text.indexOf(':', copied);
        }
        return out == null ? null : out.append(text, copied, text.length()).toString();
    }

    /** Where the run of name characters from {@code from} ends. */
    private static int nameEnd(String text, int from) {
        int end = from;
        while (end < text.length() && end - from <= Table.LONGEST && isNameChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-';
    }

    /**
     * The emoji named between the colons at {@code open} and {@code close}, or null. A letter or digit just outside
     * either colon makes it part of something else: a time or a ratio ({@code 12:100:30}), or {@code a:b:c}, where
     * {@code :b:} is a name too.
     */
    private static String emojiAt(String text, int open, int close) {
        if (close == open + 1 || open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))
                || close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) {
            return null;
        }
        return Table.EMOJI.get(text.substring(open + 1, close));
    }

    private static boolean shownAsWritten(TextNode text) {
        for (Node up = text.parent(); up != null; up = up.parent()) {
            if (up instanceof Element e && AS_WRITTEN.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Read once, when the first page holds something that may be a shortcode (a class holds it: read once whatever the threads). */
    private static final class Table {
        static final Map<String, String> EMOJI = read();
        static final int LONGEST = EMOJI.keySet().stream().mapToInt(String::length).max().orElse(0);

        private static Map<String, String> read() {
            Map<String, String> emoji = new HashMap<>();
            for (EmojiReference.Emoji e : EmojiReference.getEmojiList()) {
                if (e.unicodeChars == null || e.unicodeChars.isBlank()) {
                    continue; // a picture of GitHub's own (:octocat:, :shipit:): no character to show
                }
                String chars = characters(e.unicodeChars);
                if (e.shortcut != null) {
                    emoji.putIfAbsent(e.shortcut, chars);
                }
                for (String alias : e.aliasShortcuts) {
                    emoji.putIfAbsent(alias.strip(), chars);
                }
            }
            return Map.copyOf(emoji);
        }

        /**
         * "U+2764" as the character; a lone one below the pictographs (U+1F300 on), where many are drawn by text fonts
         * too (❤ ⚠ © 🅱), with the variation selector that asks for its emoji form, as GitHub writes them (for those
         * shown as emoji anyway, ✅, it changes nothing).
         */
        private static String characters(String codes) {
            StringBuilder out = new StringBuilder();
            String[] each = codes.strip().split("\\s+");
            for (String code : each) {
                out.appendCodePoint(Integer.parseInt(code.substring(2), 16));
            }
            int first = out.codePointAt(0);
            if (each.length == 1 && first < 0x1F300) {
                out.append('\uFE0F');
            }
            return out.toString();
        }
    }
}
