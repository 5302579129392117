package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.regex.Pattern;
import org.handbookpress.content.DeckNotes;
import org.handbookpress.content.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What Deckset writes in a deck, read as it shows it (content/DecksetDeck finds the deck): a heading's {@code [fit]},
 * which sizes its words to the slide, is left out of its words (in any page: it was shown as "[fit] Questions?"); in a
 * deck, a paragraph of lines starting '^' is the slide's speaker notes, {@code [.column]} starts a column of the slide
 * (its columns side by side, as Quarto's are), a slide's other commands on a line of their own
 * ({@code [.build-lists: false]}) are left out, as is a picture's placement in its alt text
 * ({@code ![fit](…)}, {@code ![left 50%](…)}).
 */
public final class DecksetDecks implements HtmlPass {

    private static final Pattern FIT = Pattern.compile("^\\s*\\[fit\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAND = Pattern.compile("^\\[\\.[a-z-]+(?::[^\\]]*)?\\]$");
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^\\s*\\^\\s?");
    private static final Pattern PLACEMENT = Pattern.compile("(?i)fit|left|right|inline|filtered|original|fill|corner-radius\\(\\d+\\)|\\d+%");

    @Override
    public void apply(PageHtml page) {
        if (page.mayHold("[fit]")) {
            for (Element heading : page.content().select(PageHtml.HEADINGS)) {
                if (heading.childNodeSize() > 0 && heading.childNode(0) instanceof TextNode first && FIT.matcher(first.getWholeText()).find()) {
                    first.text(FIT.matcher(first.getWholeText()).replaceFirst(""));
                }
            }
        }
        if (page.page().kind() != Kind.SLIDES || page.page().meta().deckNotes() != DeckNotes.CARETS) {
            return;
        }
        Element columns = null; // the slide's columns, from its first [.column] to the slide's end
        Element column = null;
        for (Node node : new ArrayList<>(page.content().childNodes())) {
            if (node instanceof Element hr && hr.normalName().equals("hr")) {
                columns = null;
                column = null;
                continue;
            }
            if (node instanceof Element p && p.normalName().equals("p") && p.wholeText().strip().equalsIgnoreCase("[.column]")) {
                if (columns == null) {
                    columns = new Element("div").addClass("columns");
                    p.before(columns);
                }
                column = columns.appendElement("div").addClass("column");
                p.remove();
                continue;
            }
            if (column != null && !(node instanceof Element p && p.normalName().equals("p") && p.wholeText().strip().startsWith("^"))) {
                column.appendChild(node); // the notes stay the slide's
                continue;
            }
            if (!(node instanceof Element p) || !p.normalName().equals("p")) {
                continue;
            }
            String text = p.wholeText().strip();
            if (COMMAND.matcher(text).matches()) {
                p.remove();
            } else if (text.startsWith("^")) {
                Element notes = SpeakerNotes.block();
                p.attributes().forEach(a -> notes.attr(a.getKey(), a.getValue()));
                p.replaceWith(notes);
                notes.appendChild(p);
                p.clearAttributes();
                for (TextNode line : p.textNodes()) {
                    line.text(NOTE_LINE.matcher(line.getWholeText()).replaceAll(""));
                }
            }
        }
        for (Element image : page.content().select("img[alt]")) {
            image.attr("alt", String.join(" ", java.util.Arrays.stream(image.attr("alt").strip().split("\\s+"))
                    .filter(word -> !word.isEmpty() && !PLACEMENT.matcher(word).matches()).toList()));
        }
    }
}
