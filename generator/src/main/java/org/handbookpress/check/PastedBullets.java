package org.handbookpress.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A list pasted from a word processor with its bullet characters ({@code • First⏎• Second}): Markdown reads a list only
 * from {@code -}, {@code *}, {@code +} or a number, so the lines are one paragraph and run together ("• First • Second").
 * Said of a paragraph in which two lines or more start with the same bullet, so a lone "•" in a sentence, a line opened
 * with a dash in prose, or a single line that shows its bullet as it was typed are none. The lines are those that run
 * together: a paragraph's, a tight list item's ({@code - Bring these:⏎  • Tea⏎  • Milk}), the words of a raw HTML
 * block ({@link Run}). A Markdown list whose items start with a bullet too ({@code - • Tea}) shows two bullets an item:
 * said of a list two of whose items start with the same one.
 *
 * <p>Reported, not rendered as a list: GitHub, an editor's preview and every other reader of the file show the paragraph,
 * so the author is told once and the file then reads the same everywhere; and lines opened by an en dash may be a
 * dialogue's, which a list would silently change.
 */
final class PastedBullets {

    static final String NAME = "a list with a word processor's bullets (•, ◦, ▪, ·, ●, ○, ■ or –)";
    static final String FIX = "write - and a space at the start of each item, on a line of its own, instead of the bullet "
            + "(and indent a sub-item's - by two spaces more): Markdown reads a list only from -, * or numbers";

    /** For a list whose items start with a typed bullet as well, {@code - • Tea}: the list's own marker is enough. */
    static final String ITEM_FIX = "take the bullet and the space after it out of each item: the list already shows its own "
            + "(a word processor's bullets pasted into a Markdown list, or a converted document's)";

    private static final String BULLETS = "•◦▪·●○■–";
    private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp");

    /**
     * A bullet at a line's start with a space or a tab after it, as Word's "Keep text only" pastes it ({@code •\tFirst}).
     * Word pastes its second and third levels' bullets, drawn in Courier New and Wingdings, as the letters they are in
     * those fonts, {@code o\tSub} and {@code §\tSub-sub}: those only with the tab, so a line of prose starting "o que" is none.
     */
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([" + BULLETS + "](?=[ \\t])|[o§](?=\\t))[ \\t]+\\S");

    /** Whether a text holds a bullet at all: the paragraphs of those that do not (almost all) are not read. */
    static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BULLETS.indexOf(c) >= 0 || (c == 'o' || c == '§') && i + 1 < text.length() && text.charAt(i + 1) == '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of a paragraph's text that starts with a bullet, when two of its lines start with the same one, 0-based;
     * -1 for none.
     */
    static int firstBulletLine(String text) {
        if (text.indexOf('\n') < 0) {
            return -1; // one line: its bullet shows as typed, and nothing runs together
        }
        Set<String> seen = new HashSet<>();
        int first = -1;
        Matcher m = BULLET.matcher(text);
        while (m.find()) {
            first = first < 0 ? m.start(1) : first;
            if (!seen.add(m.group(1))) { // the list's first item may be of another level: "•\tPlan", then "o\tBook the hall"
                return (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
            }
        }
        return -1;
    }

    /** The bullet that starts a line of a text, or "" for none. */
    static String bulletOn(String text, int line) {
        Matcher m = BULLET.matcher(text.split("\n", -1)[line]);
        return m.find() ? m.group(1) : "";
    }

    /** A text from the start of one of its lines, 0-based, on: what a finding quotes, from its first bullet. */
    static String fromLine(String text, int line) {
        int at = 0;
        for (int n = 0; n < line && at >= 0; n++) {
            at = text.indexOf('\n', at) + 1;
        }
        return text.substring(at);
    }

    /**
     * The lines that run together as one where a text stands: those of its block (a paragraph, a tight list item before
     * its sub-list, a raw HTML {@code <div>} or {@code <td>}, the page itself around words written straight after a raw
     * HTML tag) between the blocks inside it, from child {@code first} to child {@code last} of the block.
     */
    record Run(Element block, Node first, Node last) {

        /** The run around a text, in the nearest block around it below {@code root}, or in {@code root}. */
        static Run around(TextNode text, Element root) {
            Element block = enclosingBlock(text, root);
            Node child = text;
            while (child.parentNode() != block) {
                child = child.parentNode();
            }
            Node first = child;
            while (first.previousSibling() != null && !isBlock(first.previousSibling())) {
                first = first.previousSibling();
            }
            Node last = child;
            while (last.nextSibling() != null && !isBlock(last.nextSibling())) {
                last = last.nextSibling();
            }
            return new Run(block, first, last);
        }

        /**
         * The run's text, with its line breaks as in the source, counted from the block's start: what comes before the
         * run in the block, and code in it (which shows what it shows), give only their line breaks, so a line's number
         * in this text is its distance from the block's first line. Read from the text nodes: jsoup's own text of an
         * element writes a hard break ({@code <br>}) as a newline too, beside the newline that follows it.
         */
        String text() {
            StringBuilder text = new StringBuilder();
            for (Node child = block.firstChild(); child != null; child = child.nextSibling()) {
                boolean inRun = child.siblingIndex() >= first.siblingIndex() && child.siblingIndex() <= last.siblingIndex();
                NodeTraversor.traverse((Node node, int depth) -> {
                    if (node instanceof TextNode t) {
                        String words = t.getWholeText();
                        text.append(inRun && !inCode(t, block) ? words : words.replaceAll("[^\n]", ""));
                    }
                }, child);
                if (child == last) {
                    break;
                }
            }
            return text.toString();
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && e.isBlock();
    }

    private static boolean inCode(Node node, Element block) {
        for (Node n = node.parentNode(); n != null && n != block; n = n.parentNode()) {
            if (n instanceof Element e && CODE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The nearest block element around a node, or {@code root} when there is none below it. */
    static Element enclosingBlock(Node node, Element root) {
        for (Element e = node.parentNode() instanceof Element p ? p : null; e != null && e != root; e = e.parent()) {
            if (e.isBlock()) {
                return e;
            }
        }
        return root;
    }

    /**
     * The bullet a list item starts with, typed before its words besides the list's own ({@code - • Tea}, or Word's
     * HTML {@code <li>• Tea</li>}); "" for none. Read from the item's first line of text, in a paragraph of its own or not.
     */
    static String itemBullet(Element item) {
        TextNode first = firstWords(item);
        for (Node n = first; n != null && n != item; n = n.parentNode()) {
            if (n instanceof Element e && CODE.contains(e.normalName())) {
                return ""; // an item that opens with code shows what it shows: `• kept` is meant
            }
        }
        if (first == null) {
            return "";
        }
        String words = first.getWholeText().stripLeading();
        if (words.isEmpty() || BULLETS.indexOf(words.charAt(0)) < 0 && words.charAt(0) != 'o' && words.charAt(0) != '§') {
            return ""; // almost every item: not asked of the pattern
        }
        int end = words.indexOf('\n');
        Matcher m = BULLET.matcher(end < 0 ? words : words.substring(0, end));
        return m.lookingAt() ? m.group(1) : "";
    }

    /** The first text node with words in an element, in reading order; null for none. */
    private static TextNode firstWords(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return t;
            }
            if (child instanceof Element e) {
                TextNode inside = firstWords(e);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /**
     * The first of a list's items that start with a typed bullet, when two of them start with the same one; null for
     * none. One item alone is none, as one line of a paragraph is.
     */
    static Element firstBulletedItem(Element list) {
        Set<String> seen = new HashSet<>();
        Element first = null;
        for (Element item : list.children()) {
            String bullet = item.normalName().equals("li") ? itemBullet(item) : "";
            if (!bullet.isEmpty()) {
                first = first == null ? item : first;
                if (!seen.add(bullet)) {
                    return first;
                }
            }
        }
        return null;
    }

    private PastedBullets() {
    }
}
