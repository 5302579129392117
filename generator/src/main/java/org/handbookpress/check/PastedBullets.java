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
 * with a dash in prose, or a single line that shows its bullet as it was typed are none.
 *
 * <p>Reported, not rendered as a list: GitHub, an editor's preview and every other reader of the file show the paragraph,
 * so the author is told once and the file then reads the same everywhere; and lines opened by an en dash may be a
 * dialogue's, which a list would silently change.
 */
final class PastedBullets {

    static final String NAME = "a list with a word processor's bullets (•, ◦, ▪, ·, ●, ○, ■ or –)";
    static final String FIX = "write - and a space at the start of each item, on a line of its own, instead of the bullet "
            + "(and indent a sub-item's - by two spaces more): Markdown reads a list only from -, * or numbers";

    private static final String BULLETS = "•◦▪·●○■–";

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

    /** The first line of a paragraph's text that starts with a bullet, when two of its lines start with the same one, 0-based; -1 for none. */
    static int firstBulletLine(Element paragraph) {
        String text = textOf(paragraph);
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

    /** The bullet that starts a line of the paragraph's text. */
    static String bulletOn(Element paragraph, int line) {
        String text = textOf(paragraph).split("\n", -1)[line];
        Matcher m = BULLET.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The paragraph's text with its line breaks as in the source, from its text nodes: jsoup's own text of an element
     * writes a hard break ({@code <br>}) as a newline too, beside the newline that follows it.
     */
    private static String textOf(Element paragraph) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }, paragraph);
        return text.toString();
    }

    private PastedBullets() {
    }
}
