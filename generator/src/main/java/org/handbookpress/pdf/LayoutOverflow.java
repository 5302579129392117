package org.handbookpress.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Boxes the layout engine placed beyond the right edge of the page's text area: a table with more
 * columns than fit, a word it could not break. Only boxes that hold no others count (lines of text, pictures): a
 * block drawn wider than the page whose text is inside it cuts nothing off. Read from the laid-out box tree before painting,
 * because the engine paints nothing that falls wholly outside the page, so the PDF itself would not
 * show that anything is missing (its text positions catch only what is cut through, see {@link PageOverflow}).
 */
final class LayoutOverflow {

    /** The most boxes reported per document: one table too wide would otherwise name every cell. */
    private static final int MOST = 3;

    private LayoutOverflow() {
    }

    /** The text of the elements ({@link #overflowing}), at most {@link #MOST}, in document order. */
    static List<String> texts(Set<Element> overflowing) {
        List<String> texts = new ArrayList<>();
        for (Element element : overflowing) {
            String text = text(element);
            if (!text.isEmpty() && texts.size() < MOST) {
                texts.add(text);
            }
        }
        return texts;
    }

    /**
     * The tables, by their index among the document's {@code table} elements in document order, with text that ends past
     * the page's right edge.
     */
    static Set<Integer> tables(Set<Element> overflowing, Document document) {
        NodeList tables = document.getElementsByTagName("table");
        Set<Integer> found = new TreeSet<>();
        for (Element element : overflowing) {
            if (text(element).isEmpty()) {
                continue;
            }
            for (Node n = element; n != null; n = n.getParentNode()) {
                if (n instanceof Element e && e.getTagName().equalsIgnoreCase("table")) {
                    for (int i = 0; i < tables.getLength(); i++) {
                        if (tables.item(i) == e) {
                            found.add(i);
                        }
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().strip();
    }

    /**
     * The innermost elements that end past the page's right edge, in document order: walked once a layout, for both
     * the tables to lay out again ({@link #tables}) and the findings ({@link #texts}).
     */
    static Set<Element> overflowing(BlockBox root) {
        Set<Element> found = new LinkedHashSet<>();
        if (root == null) {
            return found;
        }
        int right = root.getAbsX() + root.getWidth();
        int tolerance = Math.max(1, root.getWidth() / 200);
        walk(root, null, right + tolerance, found);
        return found;
    }

    /** @return true when this box, having none inside it, or a box inside it ends past {@code limit} */
    private static boolean walk(Box box, Element nearest, int limit, Set<Element> found) {
        Element element = box.getElement() != null ? box.getElement() : nearest;
        boolean inside = false;
        for (int i = 0; i < box.getChildCount(); i++) {
            inside |= walk(box.getChild(i), element, limit, found);
        }
        // A box holding others is over only through what it holds: a block may be wider than the page (the pack
        // cover's 110 mm name line on A5 paper) while its text ends well inside it, and nothing is cut off. A line's
        // box is as wide as its text, so the text of a block, a word or a table's cell past the edge still counts.
        boolean over = box.getChildCount() == 0 && box.getAbsX() + box.getWidth() > limit;
        if (over && element != null) {
            found.add(element);
        }
        return over || inside;
    }
}
