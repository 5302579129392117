package org.handbookpress.glossary;

import java.util.List;

/**
 * One term of the glossary.
 *
 * @param term           the term as the glossary writes it ("Taking Time", "Gŵyl")
 * @param id             its anchor on the glossary page ({@code term-taking-time}), see {@link TermSlug}
 * @param forms          the other forms from its {@code Also:} line, as written
 * @param definitionHtml the definition as HTML (full Markdown, links already rewritten for the glossary
 *                       page), without the {@code Also:} line and without glossary links
 * @param definitionText the definition as plain text, for popups and search
 * @param line           the line of the term in the glossary's Markdown file
 */
public record GlossaryEntry(String term, String id, List<String> forms, String definitionHtml, String definitionText,
                            int line) {

    /** Longest plain-text definition a popup shows; longer ones end with "…" and the link leads to the rest. */
    public static final int TOOLTIP_LENGTH = 300;

    public GlossaryEntry {
        forms = List.copyOf(forms);
    }

    /** The definition shortened for a popup, cut at a word. */
    public String tooltip() {
        if (definitionText.length() <= TOOLTIP_LENGTH) {
            return definitionText;
        }
        int cut = definitionText.lastIndexOf(' ', TOOLTIP_LENGTH);
        return definitionText.substring(0, cut > TOOLTIP_LENGTH / 2 ? cut : TOOLTIP_LENGTH).stripTrailing() + "…";
    }
}
