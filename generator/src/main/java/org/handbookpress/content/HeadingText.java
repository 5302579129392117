package org.handbookpress.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * The text of a heading written in Markdown, as a reader sees it: {@code # Handbook [![CI](badge.svg)](ci.html)}
 * is "Handbook", {@code # *Our* values} is "Our values". Used for titles taken from a page's first heading,
 * which appear in menus, tabs and search as plain text.
 */
public final class HeadingText {

    private static final Parser PARSER = org.handbookpress.text.CjkEmphasisParser.commonMark();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private HeadingText() {
    }

    /** A leading number that orders files, {@code 01-}: not part of the name's title. */
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\d+[-_. ]");
    /** The id Notion's export puts after every page's and folder's name ({@code Safeguarding 0f1e…}, 32 hex digits). */
    private static final java.util.regex.Pattern NOTION_ID = java.util.regex.Pattern.compile(" [0-9a-f]{32}$");

    /**
     * A title made of a file's or folder's name (without its extension), for one that has none of its own:
     * {@code 01-setting_up} is "Setting up", and Notion's {@code Volunteer handbook 8f3b…} is "Volunteer handbook".
     *
     * @return the title, or "" for a name of nothing but a number
     */
    public static String ofName(String name) {
        String words = LEADING_NUMBER.matcher(NOTION_ID.matcher(name).replaceFirst("")).replaceFirst("")
                .replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "" : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    /**
     * A heading's attribute list at its end, Pandoc's, Quarto's and kramdown's {@code # Welcome {.unnumbered}} or
     * {@code {#intro}}: no part of its text (the Markdown stage gives the heading its id and classes).
     */
    private static final java.util.regex.Pattern ATTRIBUTES = java.util.regex.Pattern.compile(
            "(?<=\\S)\\s+\\{:?\\s*(?:[.#][^\\s{}]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s{}]+)|-)(?:\\s+(?:[.#][^\\s{}]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s{}]+)|-))*\\s*\\}\\s*$");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Whether a page's opening heading repeats its title, which the layout shows: the same text; or, when it is the page's
     * only {@code #} heading, some of the title's words in a row, case and punctuation aside ("# Transport Policy" under
     * {@code title: Transport Policy — Kendal}, as a federation's groups title their copies). Such a heading named no
     * section: shown as one, each page said so in a notice. Among several {@code #} headings a shorter one is a section.
     */
    public static boolean repeats(String heading, String title, boolean onlyHeading) {
        if (heading.strip().equalsIgnoreCase(title.strip())) {
            return true;
        }
        if (!onlyHeading) {
            return false;
        }
        java.util.List<String> words = words(heading);
        return !words.isEmpty() && java.util.Collections.indexOfSubList(words(title), words) >= 0;
    }

    /**
     * Whether a heading has its title's words, case and punctuation aside ("That’s almost it" under "That’s almost it!"),
     * and some: a heading one level below the title's that repeats it, not a section of it.
     */
    public static boolean sameWords(String heading, String title) {
        java.util.List<String> words = words(heading);
        return !words.isEmpty() && words.equals(words(title));
    }

    private static java.util.List<String> words(String text) {
        return java.util.Arrays.stream(NOT_WORD.split(text.toLowerCase(java.util.Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** @param markdown the heading's content, without the leading {@code #} marks */
    public static String of(String markdown) {
        if (markdown.regionMatches(true, markdown.length() - markdown.stripLeading().length(), "[fit]", 0, 5)) {
            markdown = markdown.stripLeading().substring(5); // Deckset's "# [fit] Questions?", sized to the slide (markdown/DecksetDecks)
        }
        if (markdown.stripTrailing().endsWith("}")) { // from the first space of a run only: a long one is read once
            markdown = ATTRIBUTES.matcher(markdown).replaceFirst("");
        }
        String html = RENDERER.render(PARSER.parse(markdown.strip()));
        // Images inside the heading (badges) have no text of their own; their alt text is not the title.
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        if (EmojiShortcodes.occurIn(markdown)) { // as the page shows the heading: # Welcome :wave: is "Welcome 👋"
            EmojiShortcodes.replaceIn(body);
        }
        String text = body.text().strip();
        return text.isEmpty() ? markdown.strip() : text;
    }
}
