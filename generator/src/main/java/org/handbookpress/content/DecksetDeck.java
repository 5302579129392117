package org.handbookpress.content;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Deckset deck: a Markdown file that opens with Deckset's settings ({@code theme: Next, 1}, {@code autoscale: true}),
 * one to a line and no front matter around them, and whose slides are parted by {@code ---} lines. Suncoast's handbook
 * keeps a deck so beside each lesson; each was a page that opened with its settings as a paragraph. Read as a deck
 * (its notes, lines starting '^', are read by markdown/DecksetDecks), its settings left out, their lines kept blank so
 * that the lines of what follows are the file's.
 */
final class DecksetDeck {

    /** A Deckset setting, on a line of its own. */
    private static final Pattern SETTING = Pattern.compile("^([a-z-]+)\\s*:.*$");
    /** Deckset's settings; a deck's first lines must all be among them. */
    private static final Set<String> SETTINGS = Set.of("theme", "autoscale", "slidenumbers", "slidecount", "footer", "build-lists",
            "slide-transition", "presenter-notes", "code-language", "list-autoscale", "fit-header", "slide-dividers", "background-color",
            "text", "text-strong", "text-emphasis", "header", "header-strong", "header-emphasis", "link", "code", "footer-style", "quote",
            "quote-author", "table", "table-separator", "paragraph-line-height", "slide-number-style", "slidenumber-style");
    /** Those no Markdown page of another kind opens with (a page may well open with "Text: …" or "Footer: …"). */
    private static final Set<String> DECKSET_ONLY = Set.of("theme", "autoscale", "slidenumbers", "slidecount", "build-lists",
            "slide-transition", "presenter-notes", "fit-header", "slide-dividers", "list-autoscale");
    private static final Pattern SLIDE_BREAK = Pattern.compile("(?m)^---[ \\t]*$");

    private DecksetDeck() {
    }

    /** The deck's text with its settings' lines blank, when the file is a Deckset deck; empty otherwise. */
    static Optional<String> withoutSettings(String text) {
        int firstEnd = text.indexOf('\n');
        if (setting(text.substring(0, firstEnd < 0 ? text.length() : firstEnd)) == null) {
            return Optional.empty(); // most pages: asked of every page without front matter, so not split into lines
        }
        String[] lines = text.split("\n", -1);
        int settings = 0;
        int settingsEnd = 0; // where the line after the settings starts
        boolean decksetOnly = false;
        for (String line : lines) {
            String name = setting(line);
            if (name == null) {
                break;
            }
            decksetOnly |= DECKSET_ONLY.contains(name);
            settings++;
            settingsEnd += line.length() + 1;
        }
        boolean closed = settings < lines.length && lines[settings].isBlank();
        if (!decksetOnly || !closed || !SLIDE_BREAK.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of("\n".repeat(settings) + text.substring(settingsEnd));
    }

    /** The name of the Deckset setting the line is; null for any other line. */
    private static String setting(String line) {
        Matcher setting = SETTING.matcher(line.stripTrailing());
        return setting.matches() && SETTINGS.contains(setting.group(1)) ? setting.group(1) : null;
    }
}
