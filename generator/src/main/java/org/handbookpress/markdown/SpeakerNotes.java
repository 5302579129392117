package org.handbookpress.markdown;

import org.jsoup.nodes.Element;

/**
 * A slide's speaker notes as one block: Pandoc's and Quarto's {@code ::: notes} div as the Markdown stage writes it
 * ({@link FencedDivs}), which the slide deck takes out of its slide wherever it stands (slides/SlideDeck). Marp's notes
 * in comments ({@link MarpDecks}) and Deckset's lines starting '^' ({@link DecksetDecks}) are written as one.
 */
public final class SpeakerNotes {

    private static final String CLASS = "notes";
    private static final String FENCED_DIV = "fenced-div";

    private SpeakerNotes() {
    }

    /** An empty notes block, to fill with the notes' paragraphs. */
    public static Element block() {
        return new Element("div").addClass(CLASS).addClass(FENCED_DIV);
    }

    /** Whether the element is a notes block. */
    public static boolean is(Element element) {
        return element.hasClass(CLASS) && element.hasClass(FENCED_DIV);
    }
}
