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
 * Puts each very long word of a table cell (a web address, a file path, a code name) in a
 * {@code <span class="hb-long-word">}, the one thing in a cell that print.css lets break anywhere.
 *
 * <p>The layout engine takes {@code word-wrap: break-word} into a cell's narrowest width (one letter, as CSS's
 * {@code overflow-wrap: anywhere} does), so with it on every cell a table's columns were shared out by their longest
 * line alone: a phone number's column came out narrower than "01632" and printed "016/32", "Length" as "Len/gth",
 * "assessments" as "asse/ssments". Without it anywhere in a cell, a column is never narrower than its longest word,
 * but a word wider than the page runs off it. Marking the long words only keeps both: ordinary words stay whole,
 * and a word too long for any column still breaks (URL-aware first, at its slashes and hyphens). A table whose whole
 * words do not fit across the page together is laid out again with every word of its cells breakable
 * ({@link #breakAnyWord}, from {@link HtmlToPdf}).
 */
final class LongWords {

    /**
     * Words longer than this may break: longer than nearly every word of running text in the languages handbooks are
     * written in ("internationalisation" is 20), and short enough for any column of a table that fits the page.
     */
    static final int LONGEST_WHOLE = 20;

    static final String CLASS = "hb-long-word";

    /** A table whose cells may break any word (print.css). */
    static final String BREAK_ANY_WORD = "hb-break-words";

    private static final Pattern LONG = Pattern.compile("\\S{" + (LONGEST_WHOLE + 1) + ",}");

    private LongWords() {
    }

    static void mark(Document html) {
        List<TextNode> texts = new ArrayList<>();
        for (Element cell : html.select("td, th")) {
            for (Element inside : cell.select("*")) {
                texts.addAll(inside.textNodes());
            }
        }
        for (TextNode text : texts) {
            // A table inside a cell is reached twice: its text is split the first time, and no longer in the page the second.
            if (text.parent() instanceof Element parent && !parent.hasClass(CLASS) && !drawnOrPreformatted(parent)) {
                split(text);
            }
        }
    }

    /**
     * Lets the cells of the given tables (by index among the document's tables, in document order) break any word, as a
     * last resort for a table too wide for the page with its words whole: broken words are better than cut-off ones.
     */
    static void breakAnyWord(Document html, java.util.Set<Integer> tables) {
        List<Element> all = html.getElementsByTag("table");
        for (int index : tables) {
            if (index < all.size()) {
                all.get(index).addClass(BREAK_ANY_WORD);
            }
        }
    }

    /** Text in a drawing is not HTML, and preformatted text does not wrap at all. */
    private static boolean drawnOrPreformatted(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("svg") || name.equals("math") || name.equals("pre") || name.equals("textarea")) {
                return true;
            }
        }
        return false;
    }

    private static void split(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = LONG.matcher(whole);
        if (!m.find()) {
            return;
        }
        List<Node> parts = new ArrayList<>();
        int at = 0;
        do {
            if (m.start() > at) {
                parts.add(new TextNode(whole.substring(at, m.start())));
            }
            parts.add(new Element("span").addClass(CLASS).appendChild(new TextNode(m.group())));
            at = m.end();
        } while (m.find());
        if (at < whole.length()) {
            parts.add(new TextNode(whole.substring(at)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
