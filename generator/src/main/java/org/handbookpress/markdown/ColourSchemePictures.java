package org.handbookpress.markdown;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A picture drawn for one colour scheme, shown only in it: docs often give a screenshot twice, a light and a dark one,
 * marked the way their tool reads ({@code ![Menu](menu.png#only-light)} in MkDocs Material, {@code #gh-dark-mode-only} on
 * GitHub, Tailwind's {@code class="dark:hidden"} and {@code class="hidden dark:block"} on Mintlify's {@code <img>}).
 * Unread, both show, one under the other. Such a picture takes the class {@code only-light} or {@code only-dark}, which
 * the theme shows by the reader's colour scheme and print shows light; the marker leaves its address, which then
 * names the file alone for the picture checks and the copy.
 */
public final class ColourSchemePictures implements HtmlPass {
    private static final Evaluator PICTURES = QueryParser.parse("img");
    private static final Set<String> LIGHT_FRAGMENTS = Set.of("#only-light", "#gh-light-mode-only");
    private static final Set<String> DARK_FRAGMENTS = Set.of("#only-dark", "#gh-dark-mode-only");
    public static final String LIGHT = "only-light";
    public static final String DARK = "only-dark";

    @Override
    public void apply(PageHtml page) {
        for (Element img : page.content().select(PICTURES)) {
            String src = img.attr("src");
            int hash = src.indexOf('#');
            String fragment = hash < 0 ? "" : src.substring(hash).toLowerCase(Locale.ROOT);
            String scheme = LIGHT_FRAGMENTS.contains(fragment) ? LIGHT : DARK_FRAGMENTS.contains(fragment) ? DARK : null;
            if (scheme != null) {
                img.attr("src", src.substring(0, hash));
            } else if (img.hasClass("dark:hidden")) {
                scheme = LIGHT;
            } else if (img.hasClass("dark:block") || img.hasClass("dark:inline") || img.hasClass("dark:flex")) {
                scheme = DARK;
            }
            if (scheme != null) {
                img.addClass(scheme);
            }
        }
    }
}
