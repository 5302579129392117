package org.handbookpress.slides;

/**
 * One slide of a deck, its HTML taken from the page after every HTML pass (links rewritten, glossary
 * terms linked), with the build's private attributes removed.
 *
 * @param number 1-based position in the deck
 * @param line   the source line where the slide starts, for messages (0 when unknown)
 * @param title  the text of the slide's first heading, or "" when it has none
 * @param html   the slide's content, notes excluded
 * @param notes  the speaker notes' HTML (the {@code Note:} paragraph and what follows), or "" when none
 */
public record Slide(int number, int line, String title, String html, String notes) {

    public boolean hasNotes() {
        return !notes.isBlank();
    }
}
