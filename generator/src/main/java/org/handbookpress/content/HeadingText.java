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

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private HeadingText() {
    }

    /** @param markdown the heading's content, without the leading {@code #} marks */
    public static String of(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown.strip()));
        // Images inside the heading (badges) have no text of their own; their alt text is not the title.
        String text = Jsoup.parseBodyFragment(html).body().text().strip();
        return text.isEmpty() ? markdown.strip() : text;
    }
}
