package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders a text node as Flexmark's own renderer does (entities and backslash escapes undone, line ends made
 * {@code \n}, {@code & < > "} escaped), without its three passes of regular expressions over text that needs
 * none of them. Those passes were nearly half of all HTML rendering on a 10,000-page handbook of prose; text
 * with an entity, a backslash or a carriage return still goes the core renderer's way.
 */
final class PlainText implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = string(chars);
        if (needsUnescaping(text)) {
            html.text(Escaping.normalizeEOL(chars.unescape())); // what the core renderer does with every text
        } else {
            html.raw(escaped(text));
        }
    }

    /**
     * The sequence's characters; for a plain piece of the page's text, cut from the page's string at once
     * instead of copied a character at a time, as {@link BasedSequence#toString} does.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String page) {
            return page.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** Whether the text holds what the core renderer would change before escaping it: an entity or escape, or a CR. */
    static boolean needsUnescaping(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '\\' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The text with {@code < > "} escaped, as {@link Escaping#escapeHtml} would; it holds no {@code &}. */
    static CharSequence escaped(String plain) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < plain.length(); i++) {
            String entity = switch (plain.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(plain.length() + 16);
                }
                out.append(plain, from, i).append(entity);
                from = i + 1;
            }
        }
        return out == null ? plain : out.append(plain, from, plain.length());
    }
}
