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
 * @param background its colour or picture, or null when it has the deck's own
 */
public record Slide(int number, int line, String title, String html, String notes, SlideBackground background) {

    public Slide(int number, int line, String title, String html, String notes) {
        this(number, line, title, html, notes, null);
    }

    public boolean hasNotes() {
        return !notes.isBlank();
    }

    /** The slide as a page that reads the deck shows it, below the deck's own {@code h1}: its {@code h1} an {@code h2}. */
    public String readingHtml() {
        return SlideHtml.forReadingPage(html);
    }

    /** What a slide shows beside its heading that makes it a content slide rather than a deck's title. */
    private static final java.util.List<String> CONTENT = java.util.List.of("<ul", "<ol", "<table", "<pre", "<img", "<figure",
            "<dl", "<blockquote", "<svg", "<video");

    /**
     * Whether the slide is styled as the deck's title: the first, when it is written as one (a {@code #} heading, or a
     * heading with a line or two under it). A first slide that is already content, "## What we will cover" over a
     * list, keeps the look of every other slide: the title's big heading pushed its points off the slide.
     */
    public boolean titleSlide() {
        if (number != 1) {
            return false;
        }
        String start = html.stripLeading();
        return start.startsWith("<h1") || CONTENT.stream().noneMatch(html::contains);
    }
}
