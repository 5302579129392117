package org.handbookpress.links;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a page that a reference written in its words can be in: outside code (where {@code @fig-x} and
 * {@code [x][y]} are code) and outside links (whose words are already a link). For the passes that make links of
 * references written as text: Quarto's cross-references and Pandoc's implicit heading references.
 */
final class ProseText {

    private ProseText() {
    }

    /** The text nodes under {@code element}, in document order, outside code, pre and links, whose text {@code wanted} accepts. */
    static List<TextNode> of(Element element, Predicate<String> wanted) {
        List<TextNode> texts = new ArrayList<>();
        collect(element, wanted, texts);
        return texts;
    }

    private static void collect(Element element, Predicate<String> wanted, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && wanted.test(text.getWholeText())) {
                texts.add(text);
            } else if (child instanceof Element e && !e.normalName().equals("code") && !e.normalName().equals("pre")
                    && !e.normalName().equals("a")) {
                collect(e, wanted, texts);
            }
        }
    }
}
