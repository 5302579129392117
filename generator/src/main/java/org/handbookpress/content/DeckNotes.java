package org.handbookpress.content;

/** How a deck writes its speaker notes, besides the handbook's own {@code Note:} paragraph and {@code ::: notes}. */
public enum DeckNotes {
    /** Only the handbook's own ways. */
    OWN,
    /** Marp's: every HTML comment that is no directive ({@code <!-- Thank everyone for coming. -->}). */
    COMMENTS,
    /** Deckset's: each line that starts with a caret ({@code ^ Thank everyone for coming.}). */
    CARETS
}
