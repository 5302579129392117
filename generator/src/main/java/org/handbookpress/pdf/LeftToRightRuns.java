package org.handbookpress.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * English (any left-to-right text) inside a right-to-left paragraph, printed in the order a browser shows it.
 *
 * <p>The PDF engine cuts a paragraph into runs of one direction (Unicode's bidi algorithm, {@link RightToLeftText}) but
 * then places a right-to-left line's boxes from the right in the order they are written: a run of text, a link, a run of
 * text. A left-to-right run that is one box is right; one that spans several (English around a link, a glossary term, a
 * bold word) is drawn piece by piece from the right, "for the day | the plan | This is", and the space at each piece's
 * edge lands on the wrong side. The engine has no reordering across boxes (an {@code <a dir>} or {@code <bdi>} only
 * isolates the bidi analysis), so the print copy makes such a run one box, an inline block laid out in its own
 * direction. An inline block does not break across lines: it moves to the next line whole. So an English paragraph,
 * or one whose English run is too long for a line (over 50 characters), is laid out left to right instead, still aligned
 * at the right like the page around it, and its Arabic runs that span several boxes are the inline blocks. A browser
 * puts an English paragraph's closing full stop at its left, as the page's direction has it; the PDF puts it after the
 * last word, and the Arabic word that begins a long English sentence at the sentence's left.
 */
final class LeftToRightRuns {

    static final String RUN_CLASS = "hb-ltr-run";

    /** Characters of a run that fit a line as one inline block: an A5 page's line holds about 60, a table cell less. */
    private static final int LONGEST_BLOCK = 50;

    /** The blocks whose lines the engine lays out: their text is one bidi paragraph. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "caption", "figcaption", "summary");
    private static final Set<String> CONTAINERS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "caption", "figcaption", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "section",
            "figure", "details", "summary", "hr", "svg", "math");

    private LeftToRightRuns() {
    }

    static void keepInOrder(Document html) {
        for (Element block : html.body().getAllElements()) {
            if (TEXT_BLOCKS.contains(block.normalName()) && leaf(block) && rightToLeft(block)) {
                order(block);
            }
        }
    }

    /** A block holding only inline content: a list item with a list inside is left as the engine lays it out. */
    private static boolean leaf(Element block) {
        for (Element e : block.getAllElements()) {
            if (e != block && CONTAINERS.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code block} is right to left, by the nearest {@code dir} around it. */
    static boolean rightToLeft(Element block) {
        for (Element e = block; e != null; e = e.parent()) {
            if (e.hasAttr("dir")) {
                return e.attr("dir").equalsIgnoreCase("rtl");
            }
        }
        return false;
    }

    private static void order(Element block) {
        List<TextNode> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
                starts.add(paragraph.length());
                paragraph.append(text.getWholeText());
            }
        }, block);
        String text = paragraph.toString();
        boolean anyLeftToRight = text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
        if (!anyLeftToRight) {
            return;
        }
        boolean anyRightToLeft = text.codePoints().anyMatch(LeftToRightRuns::rightToLeftLetter);
        List<int[]> runs = anyRightToLeft ? runsAcrossBoxes(text, starts, 1) : new ArrayList<>();
        // An English paragraph, or English too long for one line as an inline block (which would then stand on lines of
        // its own between the Arabic words), is laid out left to right, its Arabic runs across boxes the inline blocks.
        boolean lineLeftToRight = !anyRightToLeft || runs.stream().anyMatch(run -> run[1] - run[0] > LONGEST_BLOCK);
        if (lineLeftToRight) {
            leftToRight(block);
            runs = anyRightToLeft ? runsAcrossBoxes(text, starts, 0) : new ArrayList<int[]>();
        }
        // Wrapping changes the nodes, so the runs are wrapped from the last, whose offsets stay valid.
        runs.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] run : runs) {
            wrap(texts, starts, run[0], run[1], lineLeftToRight ? "rtl" : "ltr");
        }
    }

    /** The runs against the paragraph's direction (level 0: left to right, 1: right to left) that span several boxes. */
    private static List<int[]> runsAcrossBoxes(String text, List<Integer> starts, int level) {
        Bidi bidi = new Bidi();
        bidi.setPara(text, (byte) level, null);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            if (run.isOddRun() == (level == 0) && spansBoxes(starts, run.getStart(), run.getLimit())) {
                runs.add(new int[] {run.getStart(), run.getLimit()});
            }
        }
        return runs;
    }

    private static boolean rightToLeftLetter(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** The whole block left to right, aligned as the right-to-left page is unless it says otherwise (a centred cell). */
    private static void leftToRight(Element block) {
        String align = block.attr("align");
        if (block.normalName().equals("li")) {
            // On the item itself, its bullet would move to the left: its text goes in a block of its own instead.
            Element inner = new Element("span").addClass(RUN_CLASS).attr("dir", "ltr")
                    .attr("style", "display: block; text-align: right");
            List<Node> children = new ArrayList<>(block.childNodes());
            block.appendChild(inner);
            children.forEach(inner::appendChild);
            return;
        }
        block.attr("dir", "ltr");
        if (align.isEmpty() && !block.hasClass("picture")) {
            String style = block.attr("style");
            block.attr("style", (style.isBlank() ? "" : style.strip() + "; ") + "text-align: right");
        }
    }

    /** Whether the run's text comes from more than one text node, so more than one box. */
    private static boolean spansBoxes(List<Integer> starts, int start, int limit) {
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) > start && starts.get(i) < limit) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(List<TextNode> texts, List<Integer> starts, int start, int limit, String direction) {
        Node first = split(texts, starts, start, true);
        Node last = split(texts, starts, limit, false);
        if (first == null || last == null) {
            return;
        }
        // The run's ends climb out of the elements they begin or end, as long as the run holds the whole element.
        Element common = commonParent(first, last);
        if (common == null) {
            return;
        }
        first = childOf(common, first, true);
        last = childOf(common, last, false);
        if (first == null || last == null) {
            return; // the run begins or ends part-way through an element: left as the engine lays it out
        }
        Element box = new Element("span").addClass(RUN_CLASS).attr("dir", direction)
                .attr("style", "display: inline-block");
        first.before(box);
        List<Node> nodes = new ArrayList<>();
        for (Node n = first; n != null; n = n.nextSibling()) {
            nodes.add(n);
            if (n == last) {
                break;
            }
        }
        nodes.forEach(box::appendChild);
    }

    /**
     * The text node that starts (or ends) at the paragraph offset, split there if the offset falls inside one.
     * Splitting never changes the offsets of the runs before it, which are wrapped later.
     */
    private static Node split(List<TextNode> texts, List<Integer> starts, int offset, boolean starting) {
        for (int i = 0; i < texts.size(); i++) {
            TextNode text = texts.get(i);
            int from = starts.get(i);
            int to = from + text.getWholeText().length();
            if (starting && offset >= from && offset < to) {
                return offset == from ? text : text.splitText(offset - from);
            }
            if (!starting && offset > from && offset <= to) {
                if (offset < to) {
                    text.splitText(offset - from);
                }
                return text;
            }
        }
        return null;
    }

    private static Element commonParent(Node a, Node b) {
        for (Element p = (Element) a.parent(); p != null; p = p.parent()) {
            for (Node n = b; n != null; n = n.parent()) {
                if (n == p) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The child of the parent that holds the node, if the node begins (or ends) it; otherwise null. */
    private static Node childOf(Element parent, Node node, boolean first) {
        Node n = node;
        while (n.parent() != parent) {
            Node up = n.parent();
            if (up == null || (first ? up.firstChild() != n : up.lastChild() != n)) {
                return null;
            }
            n = up;
        }
        return n;
    }
}
