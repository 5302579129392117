package org.handbookpress.markdown;

import java.util.Map;
import java.util.regex.Pattern;
import org.handbookpress.text.Indentation;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lines an mdBook book's code blocks hide, left out of the code shown, as mdBook's reader first sees the page. In a
 * Rust block ({@code ```rust}, {@code ```rust,ignore}, {@code ```rust editable}: the info's first word) a line that is
 * {@code #} alone or {@code # } and more, after any indentation, is hidden, and one starting {@code ##} shows with one
 * {@code #} (how a line starting with {@code #} is written); {@code #[derive(Debug)]} and {@code #![allow(unused)]} show as
 * written. Such lines set up an example for the compiler (the {@code use}, the {@code fn main}) and are not part of what
 * it shows. Another language hides the lines starting with the prefix book.toml gives it, or a {@code hidelines=!!!}
 * word in the block's info. A block with no language, and a Python or shell block's {@code # comments}, are as written.
 *
 * <p>mdBook keeps the hidden lines behind a button; they are left out here, as the copy button copies only what is shown
 * there too, so the page, its PDF and its search index have the code the reader was shown.
 */
public final class HiddenCodeLines implements HtmlPass {

    /** The words of a block's info, as Flexmark writes its first into the class ({@code language-rust,editable}). */
    private static final Pattern INFO_WORDS = Pattern.compile("[ \\t,]+");
    private static final String HIDE_WITH = "hidelines=";

    private final Map<String, String> prefixes;

    /** @param prefixes by a language, the prefix that hides its lines (book.toml's {@code [output.html.code.hidelines]}) */
    public HiddenCodeLines(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("```") && !page.mayHold("~~~")) {
            return;
        }
        for (Element code : page.content().select("pre > code[class]")) {
            String language = null;
            String prefix = null;
            for (String word : INFO_WORDS.split(code.className().strip())) {
                if (language == null && word.startsWith("language-")) {
                    language = word.substring("language-".length());
                } else if (word.startsWith(HIDE_WITH) && word.length() > HIDE_WITH.length()) {
                    prefix = word.substring(HIDE_WITH.length());
                }
            }
            if (language == null || !onlyText(code)) {
                continue;
            }
            String text = code.wholeText();
            String shown = language.equals("rust") ? rust(text)
                    : prefix != null || prefixes.containsKey(language) ? withPrefix(text, prefix != null ? prefix : prefixes.get(language))
                    : text;
            if (!shown.equals(text)) {
                code.text(shown);
            }
        }
    }

    /** Whether the block is text alone, as Flexmark writes code: anything else was put there on purpose, and stays. */
    private static boolean onlyText(Element code) {
        for (Node child : code.childNodes()) {
            if (!(child instanceof TextNode)) {
                return false;
            }
        }
        return true;
    }

    /** A Rust block's text without its hidden lines, {@code ##} shown as {@code #}. */
    static String rust(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (String line : lines(text)) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            int hash = Indentation.of(body);
            if (hash < body.length() && body.charAt(hash) == '#') {
                char next = hash + 1 < body.length() ? body.charAt(hash + 1) : '\n';
                if (next == '\n' || next == ' ') {
                    continue;
                }
                if (next == '#') {
                    shown.append(line, 0, hash).append(line, hash + 1, line.length());
                    continue;
                }
            }
            shown.append(line);
        }
        return shown.toString();
    }

    /** The text without the lines that start with the prefix, after any indentation. */
    static String withPrefix(String text, String prefix) {
        StringBuilder shown = new StringBuilder(text.length());
        for (String line : lines(text)) {
            if (!line.startsWith(prefix, Indentation.of(line))) {
                shown.append(line);
            }
        }
        return shown.toString();
    }

    /** The text's lines, each with its line ending, so that the text's last one is kept as it was. */
    private static java.util.List<String> lines(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
        return lines;
    }
}
