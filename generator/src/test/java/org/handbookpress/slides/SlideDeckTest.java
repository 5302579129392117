package org.handbookpress.slides;

import org.handbookpress.labels.PageLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.content.FrontMatter;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.markdown.Callouts;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.junit.jupiter.api.Test;

class SlideDeckTest {

    static SlideDeck deck(String markdown, String handout) {
        FrontMatter meta = FrontMatter.builder().title("Deck").kind(Kind.SLIDES).handout(handout).build();
        Page page = new Page("training/deck.md", "training/deck.html", Path.of("deck.md"), meta, "Deck", markdown, 5);
        PageHtml html = new PageHtml(page, new MarkdownConverter().toHtml(markdown, 5));
        new Callouts(PageLabels.english()).apply(html);
        return SlideDeck.of(html);
    }

    @Test
    void anUnclosedDivInTheNotesKeepsTheLaterSlides() {
        SlideDeck deck = deck("""
                # First

                Note: remember this.

                <div class="aside">
                Never closed.

                ---

                # Second

                ---

                # Third
                """, null);
        assertEquals(List.of("First", "Second", "Third"), deck.slides().stream().map(Slide::title).toList());
        assertTrue(deck.slides().get(0).notes().contains("Never closed."), deck.slides().get(0).notes());
    }

    @Test
    void splitsOnThematicBreaksAndKeepsSourceLines() {
        SlideDeck deck = deck("""
                # Welcome

                ---

                ## Second

                - a point

                ---

                ## Third
                """, null);
        List<Slide> slides = deck.slides();
        assertEquals(3, slides.size());
        assertEquals(List.of("Welcome", "Second", "Third"), slides.stream().map(Slide::title).toList());
        assertEquals(List.of(1, 2, 3), slides.stream().map(Slide::number).toList());
        // The Markdown starts on file line 5: the headings are on lines 5, 9 and 15.
        assertEquals(List.of(5, 9, 15), slides.stream().map(Slide::line).toList());
        assertFalse(slides.get(1).html().contains("data-hb-line"), "the build's private attributes are removed");
        assertFalse(slides.get(0).hasNotes());
    }

    @Test
    void aNoteParagraphStartsTheSpeakerNotesToTheEndOfTheSlide() {
        SlideDeck deck = deck("""
                ## Listening

                - Leave silences

                Note: Ask for an example.

                Then collect a few answers.

                ---

                ## Boundaries

                **Note:** Keep it anonymous.
                """, "notes");
        Slide first = deck.slides().get(0);
        assertTrue(first.html().contains("Leave silences"));
        assertFalse(first.html().contains("Ask for an example"));
        assertTrue(first.notes().startsWith("<p>Ask for an example.</p>"), first.notes());
        assertTrue(first.notes().contains("Then collect a few answers."));
        Slide second = deck.slides().get(1);
        assertEquals("<p>Keep it anonymous.</p>", second.notes());
        assertFalse(second.html().contains("Note"));
        assertTrue(deck.handoutWithNotes());
    }

    @Test
    void emptySlidesAreDroppedAndBreaksInsideBlocksDoNotSplit() {
        SlideDeck deck = deck("""
                ---

                ## Only slide

                > [!NOTE]
                > A callout on a slide.

                ---
                ---
                """, null);
        assertEquals(1, deck.slides().size());
        assertTrue(deck.slides().get(0).html().contains("callout-note"));
        assertFalse(deck.handoutWithNotes());
    }

    @Test
    void theWordNoteInsideAParagraphIsNotANote() {
        SlideDeck deck = deck("""
                ## Taking notes

                A note: write it down.
                """, null);
        assertFalse(deck.slides().get(0).hasNotes());
    }
}
