package org.handbookpress.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The words of a paragraph or list item of speaker notes, as the layout engine wraps them: runs of text between white
 * space (a word may run across elements, as {@code <b>im</b>portant} does), each measured at the notes' 11 px, and the
 * lines a {@code <br>} begins. Wrapped greedily, a word to a line when it is wider than the line, as the engine does.
 */
final class NoteWords {

    private static final double FONT = 11;
    private static final double LINE = FONT * 1.4;
    /**
     * Code, keyboard keys and sample output print in Liberation Mono at 9.5 pt (print.css), larger than the notes' 11 px:
     * 0.6 em a character, and the line that holds it is as high as 1.4 times that size.
     */
    private static final double MONO_SIZE = 9.5 * 96 / 72;
    private static final double MONO_ADVANCE = 0.6 * MONO_SIZE;
    private static final double MONO_LINE = 1.4 * MONO_SIZE;
    private static final Set<String> MONOSPACE = Set.of("code", "kbd", "samp", "tt");

    /** Where a word starts: its first text node, by index among the block's text nodes in document order. */
    private record Word(int text, int start, double width, boolean newLine, boolean mono) {
    }

    private final List<Word> words = new ArrayList<>();
    private final double space = NoteWidths.width(" ", FONT);
    // While reading: whether the last word may go on (no space yet), whether a <br> came since, and the text nodes read.
    private boolean open;
    private boolean lineBreak;
    private int texts;

    private NoteWords() {
    }

    static NoteWords of(Node block) {
        NoteWords words = new NoteWords();
        words.read(block, false);
        return words;
    }

    private void read(Node node, boolean mono) {
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                int c = s.codePointAt(i);
                if (Character.isWhitespace(c)) {
                    open = false;
                    continue;
                }
                double width = mono ? MONO_ADVANCE : NoteWidths.advance(c) * FONT;
                if (open) {
                    Word last = words.remove(words.size() - 1);
                    words.add(new Word(last.text(), last.start(), last.width() + width, last.newLine(), last.mono() || mono));
                } else {
                    words.add(new Word(texts, i, width, lineBreak, mono));
                    open = true;
                    lineBreak = false;
                }
            }
            texts++;
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                open = false;
                lineBreak = true;
                return;
            }
            boolean inMono = mono || MONOSPACE.contains(element.normalName());
            for (Node child : element.childNodes()) {
                read(child, inMono);
            }
        }
    }

    /** The height the words take at {@code width} px; a line for none, as an empty paragraph takes. */
    double height(double width) {
        List<Double> lines = lines(width, new int[words.size()]);
        return lines.stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The index of the first word that does not fit in {@code room} px of height at {@code width} px, all its line being
     * below; 0 when not one line fits, {@code -1} when all of them fit.
     */
    int firstWordBeyond(double room, double width) {
        int[] lineOf = new int[words.size()];
        List<Double> lines = lines(width, lineOf);
        double used = 0;
        int fit = 0;
        while (fit < lines.size() && used + lines.get(fit) <= room) {
            used += lines.get(fit);
            fit++;
        }
        for (int w = 0; w < words.size(); w++) {
            if (lineOf[w] >= fit) {
                return w;
            }
        }
        return -1;
    }

    /**
     * Wraps the words greedily, as the engine does: a word goes on the line when it and the space after it fit (the engine
     * counts that space), and a word wider than the line takes lines of its own.
     *
     * @param lineOf filled with the line (from 0) each word starts on
     * @return the height of each line
     */
    private List<Double> lines(double width, int[] lineOf) {
        List<Double> lines = new ArrayList<>();
        lines.add(LINE);
        double x = 0;
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (w > 0 && (word.newLine() || x + space + word.width() + space > width)) {
                for (int more = 1; more < Math.ceil(x / width); more++) {
                    lines.add(lines.get(lines.size() - 1)); // the previous word was wider than the line
                }
                lines.add(LINE);
                x = 0;
            } else if (w > 0) {
                x += space;
            }
            lineOf[w] = lines.size() - 1;
            x += word.width();
            if (word.mono()) {
                lines.set(lines.size() - 1, Math.max(LINE, MONO_LINE));
            }
        }
        for (int more = 1; more < Math.ceil(x / width); more++) {
            lines.add(lines.get(lines.size() - 1));
        }
        return lines;
    }

    /**
     * The block divided before word {@code index}: a copy with the text before it and a copy with the rest, each keeping
     * the elements around its text (a divided link or emphasis is in both); the rest's copies of them lose their ids.
     */
    Node[] splitBefore(Element block, int index) {
        Word word = words.get(index);
        Element head = block.clone();
        Element tail = block.clone();
        TextNode headText = texts(head).get(word.text());
        TextNode tailText = texts(tail).get(word.text());
        String whole = tailText.getWholeText();
        headText.text(whole.substring(0, word.start()).stripTrailing());
        for (Node n = headText; n != head; n = n.parent()) {
            while (n.nextSibling() != null) {
                n.nextSibling().remove();
            }
        }
        tailText.text(whole.substring(word.start()));
        for (Node n = tailText; n != null; n = n.parent()) {
            while (n != tail && n.previousSibling() != null) {
                n.previousSibling().remove();
            }
            if (n instanceof Element e) {
                e.removeAttr("id");
            }
            if (n == tail) {
                break;
            }
        }
        return new Node[] {head, tail};
    }

    private static List<TextNode> texts(Element block) {
        List<TextNode> texts = new ArrayList<>();
        collect(block, texts);
        return texts;
    }

    private static void collect(Node node, List<TextNode> texts) {
        if (node instanceof TextNode text) {
            texts.add(text);
        }
        for (Node child : node.childNodes()) {
            collect(child, texts);
        }
    }
}
