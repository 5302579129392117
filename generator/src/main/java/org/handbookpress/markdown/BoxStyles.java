package org.handbookpress.markdown;

import java.util.Map;

/**
 * The five looks a box has (GitHub's alert kinds: note, tip, important, warning, caution) and the one each tool's
 * named kind takes, whichever tool names it: Obsidian's {@code > [!danger]}, Docusaurus' {@code :::danger}, MkDocs'
 * {@code !!! danger} and Quarto's {@code .callout-caution} all look alike. Callouts carry it as
 * {@code callout-<look>}, fenced divs as {@code box-<look>}; the theme colours those five classes only.
 */
final class BoxStyles {

    private static final Map<String, String> LOOKS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"), Map.entry("summary", "note"),
            Map.entry("tldr", "note"), Map.entry("todo", "note"), Map.entry("seealso", "note"), Map.entry("quote", "note"),
            Map.entry("cite", "note"), Map.entry("example", "note"), Map.entry("admonition", "note"), Map.entry("callout", "note"),
            Map.entry("callout-note", "note"),
            // MyST's asides: a sidebar, a margin note, a topic.
            Map.entry("sidebar", "note"), Map.entry("margin", "note"), Map.entry("topic", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"), Map.entry("check", "tip"),
            Map.entry("done", "tip"), Map.entry("callout-tip", "tip"),
            Map.entry("important", "important"), Map.entry("question", "important"), Map.entry("help", "important"),
            Map.entry("faq", "important"), Map.entry("callout-important", "important"),
            // warn: the word cut short (> [!WARN], Hugo themes' notice warn), which showed as a note in blue, its danger unsaid.
            Map.entry("warning", "warning"), Map.entry("warn", "warning"), Map.entry("attention", "warning"), Map.entry("callout-warning", "warning"),
            Map.entry("caution", "caution"), Map.entry("danger", "caution"), Map.entry("error", "caution"),
            Map.entry("failure", "caution"), Map.entry("fail", "caution"), Map.entry("missing", "caution"),
            Map.entry("bug", "caution"), Map.entry("callout-caution", "caution"));

    private BoxStyles() {
    }

    /** Every kind of box named here, for a misspelt one's "did you mean". */
    static java.util.Set<String> kinds() {
        return LOOKS.keySet();
    }

    /** The look of a kind of box, or null for a kind with a look of its own (challenge, instructor) or none. */
    static String of(String kind) {
        return LOOKS.get(kind);
    }
}
