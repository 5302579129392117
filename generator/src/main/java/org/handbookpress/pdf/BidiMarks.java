package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps the bidi marks of a text (LRM, RLM, ALM, and the embeddings, overrides and isolates) steering its order in a PDF
 * without being drawn. The layout engine reads a paragraph's direction from all its text, marks included, and then draws
 * every character with the first font that has a glyph for it: DejaVu Sans has one for each mark, a tick, so an Arabic
 * translator's left-to-right marks around "Brightpath (UK)" printed as a stray tick either side. Each run of marks is put
 * in a span that takes its place in the paragraph's text, and so in its order, but is not painted.
 */
final class BidiMarks {

    static final String CLASS = "hb-bidi-mark";

    private static final Pattern MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]+");

    private BidiMarks() {
    }

    static void hide(Document html) {
        List<TextNode> texts = new ArrayList<>();
        for (Element element : html.body().getAllElements()) {
            for (TextNode text : element.textNodes()) {
                if (MARKS.matcher(text.getWholeText()).find() && !element.hasClass(CLASS) && !drawing(element)) {
                    texts.add(text);
                }
            }
        }
        texts.forEach(BidiMarks::wrap);
    }

    /** Text in an SVG drawing is not laid out as HTML. */
    private static boolean drawing(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("svg") || e.normalName().equals("math")) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = MARKS.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new TextNode(whole.substring(at, m.start())));
            }
            // visibility, not display: the marks stay in the paragraph's text, where the engine's bidi reads them.
            parts.add(new Element("span").addClass(CLASS).attr("style", "visibility: hidden").appendChild(new TextNode(m.group())));
            at = m.end();
        }
        if (at < whole.length()) {
            parts.add(new TextNode(whole.substring(at)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
