package org.handbookpress.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A slide's speaker notes on the handout, shared between the column beside the slide, which is of fixed height and clips
 * what goes past it, and the rest, which the handout prints after the page's slides at the page's width, flowing onto as
 * many pages as it needs. The column was all there was: a trainer's 400-word note printed its first 111 words.
 *
 * <p>The column takes whole paragraphs, lists and list items while they fit, then the lines of the next paragraph that
 * fit, and leaves room for the line that says the notes go on; the rest is the remainder of that paragraph and everything
 * after, in order. What fits is measured from the notes' text at the column's width ({@link NoteWidths}, which errs on the
 * long side); a block whose height the text does not tell (a picture, a table, preformatted text) goes on after the
 * slides. Notes that fit whole leave the column's remaining height to ruled lines.
 */
final class HandoutNotes {

    /**
     * @param column     the part of the notes printed beside the slide (HTML), all of them when {@code rest} is empty
     * @param rest       the part printed after the page's slides (HTML), or ""
     * @param ruledLines ruled lines to print in the column under the notes
     */
    record Split(String column, String rest, int ruledLines) {
    }

    // The notes' CSS in print/handout-style.ftlh: 11 px text at a line height of 1.4, 4 px under each paragraph and
    // list, lists indented 14 px (numbered ones 24 px, for a "10."), 2 px under the title, 4 px under the notes; a ruled
    // line is 25 px and its 0.75 px border.
    private static final double FONT = 11;
    private static final double LINE = FONT * 1.4;
    private static final double BLOCK_GAP = 4;
    private static final double TITLE = LINE + 2;
    private static final double NOTES_GAP = 4;
    private static final double INDENT = 14;
    private static final double NUMBERED_INDENT = 24;
    private static final double RULE = 25.75;
    /** The line that says the notes go on after the page, allowed two lines in the narrowest column. */
    private static final double GOES_ON = 2 * LINE + BLOCK_GAP;

    /** Elements whose height their text does not tell, or that hold blocks of their own. */
    private static final Set<String> NOT_TEXT = Set.of("img", "svg", "picture", "video", "audio", "iframe", "object", "embed",
            "table", "pre", "ul", "ol", "dl", "div", "p", "blockquote", "figure", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "math", "details", "section", "aside");
    /** The blocks a list item may hold that are measured as at the top of the notes. */
    private static final Set<String> BLOCKS_IN_ITEMS = Set.of("p", "ul", "ol");

    private HandoutNotes() {
    }

    /** Ruled lines alone, for a slide printed without its notes. */
    static Split linesOnly(HandoutColumn column) {
        return new Split("", "", lines(column.height()));
    }

    /**
     * @param notes the notes' HTML as the handout prints them ("" for none)
     */
    static Split split(String notes, HandoutColumn column) {
        if (notes.isBlank()) {
            return linesOnly(column);
        }
        List<Node> blocks = new ArrayList<>();
        for (Node node : Jsoup.parseBodyFragment(notes).body().childNodes()) {
            if (!(node instanceof TextNode text && text.isBlank())) {
                blocks.add(node);
            }
        }
        double whole = TITLE;
        for (Node block : blocks) {
            whole += height(block, column.width());
        }
        if (whole + NOTES_GAP <= column.height()) {
            return new Split(notes, "", lines(column.height() - whole - NOTES_GAP));
        }
        double room = column.height() - GOES_ON - NOTES_GAP;
        double used = TITLE;
        StringBuilder kept = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int i = 0;
        for (; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            double height = height(block, column.width());
            if (used + height <= room) {
                kept.append(block.outerHtml());
                used += height;
                continue;
            }
            Node[] parts = divide(block, column.width(), room - used);
            if (parts != null) {
                kept.append(parts[0].outerHtml());
                rest.append(parts[1].outerHtml());
                i++;
            }
            break;
        }
        for (; i < blocks.size(); i++) {
            rest.append(blocks.get(i).outerHtml());
        }
        return new Split(kept.toString(), rest.toString(), 0);
    }

    private static int lines(double height) {
        return Math.max(0, (int) Math.floor(height / RULE));
    }

    /**
     * A block's height with the gap under it, in px; far more than any column for one its text does not measure. A comment
     * takes none.
     */
    private static double height(Node block, double width) {
        if (block instanceof TextNode text) {
            return text.isBlank() ? 0 : NoteWords.of(text).height(width) + BLOCK_GAP;
        }
        if (!(block instanceof Element element)) {
            return 0;
        }
        String tag = element.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            double height = BLOCK_GAP;
            for (Element item : element.children()) {
                height += itemHeight(item, width - indent(tag));
            }
            return height;
        }
        if (!inlineOnly(element)) {
            return Double.POSITIVE_INFINITY;
        }
        return NoteWords.of(element).height(width) + (tag.equals("p") ? BLOCK_GAP : 0);
    }

    /**
     * A list item's height: its lines, or, in a list written with blank lines between its items (each item's text a
     * paragraph) or with a list inside, its paragraphs' and lists' heights and the lines of any text between them.
     */
    private static double itemHeight(Element item, double width) {
        if (!item.normalName().equals("li")) {
            return Double.POSITIVE_INFINITY;
        }
        if (inlineOnly(item)) {
            return NoteWords.of(item).height(width);
        }
        double height = 0;
        for (Node child : item.childNodes()) {
            if (child instanceof Element e && BLOCKS_IN_ITEMS.contains(e.normalName())) {
                height += height(child, width);
            } else if (child instanceof Element e && NOT_TEXT.contains(e.normalName())) {
                return Double.POSITIVE_INFINITY;
            } else if (child instanceof Element || child instanceof TextNode text && !text.isBlank()) {
                height += NoteWords.of(child).height(width);
            }
        }
        return height;
    }

    private static boolean inlineOnly(Element element) {
        for (Element inside : element.getAllElements()) {
            if (inside != element && NOT_TEXT.contains(inside.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** How far a list of {@code tag} (ul or ol) is indented in the notes. */
    private static double indent(String tag) {
        return tag.equals("ol") ? NUMBERED_INDENT : INDENT;
    }

    /**
     * The part of a block that fits in {@code room} px and the part that does not: a paragraph's first lines and the
     * rest, a list's first items and the others; null when none of it fits, or it cannot be divided.
     */
    private static Node[] divide(Node block, double width, double room) {
        if (!(block instanceof Element element)) {
            return null;
        }
        String tag = element.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            return divideList(element, width - indent(tag), room - BLOCK_GAP);
        }
        if (!tag.equals("p") || !inlineOnly(element)) {
            return null;
        }
        NoteWords words = NoteWords.of(element);
        int first = words.firstWordBeyond(room - BLOCK_GAP, width);
        return first <= 0 ? null : words.splitBefore(element, first);
    }

    private static Node[] divideList(Element list, double width, double room) {
        double used = 0;
        int fit = 0;
        for (Element item : list.children()) {
            double height = itemHeight(item, width);
            if (used + height > room) {
                break;
            }
            used += height;
            fit++;
        }
        if (fit == 0) {
            return null;
        }
        Element head = list.shallowClone();
        Element tail = list.shallowClone();
        tail.removeAttr("id");
        List<Element> items = list.children();
        for (int k = 0; k < items.size(); k++) {
            (k < fit ? head : tail).appendChild(items.get(k).clone());
        }
        if (list.normalName().equals("ol")) {
            // The rest of a numbered list goes on counting from where the column stopped.
            String start = list.attr("start").trim();
            tail.attr("start", String.valueOf((start.matches("-?\\d{1,9}") ? Integer.parseInt(start) : 1) + fit));
        }
        return new Node[] {head, tail};
    }
}
