package org.handbookpress.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's variables in a page, {@code {{ site.email }}} from the site's _config.yml and {@code {{ page.title }}} from the
 * page's front matter, filled in as Jekyll fills them: Mozilla's Open Leadership Training headed 33 assignments with
 * {@code {{ site.assignment }}}, the Open Data Handbook named its repository with {@code {{ site.github_repo }}}, and the
 * reader saw the tags. A site's value is used as written (HTML in it too, as Jekyll puts it into the Markdown before
 * rendering). A page's title and description are the text the build has read them as (their inline tags left out, their
 * character references read, {@link FrontMatter#title()}), so they go in as text: their {@code <} and {@code &} as
 * references, or "Using the &amp;lt;details&amp;gt; element" would open a details element that swallows the page;
 * a variable the file does not give, one with a filter ({@code | upcase}) or Jekyll's own ({@code page.url},
 * {@code site.pages}) stays as written, and is reported as Liquid the build does not run. Not inside fenced code (a
 * lesson about Jekyll shows its tags) or a raw block ({@link LiquidRaw}); a link that starts with the site's address,
 * {@code {{ site.baseurl }}/about/}, was made a link from the site's top before ({@link JekyllRoots}).
 */
final class JekyllVariables {

    /** A variable alone in its tag: group 1 its name, dotted for a nested setting ({@code site.github.repo}). */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\{\\{-?[ \\t]*([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)*)[ \\t]*-?\\}\\}");

    private JekyllVariables() {
    }

    /**
     * The Markdown with the site's and the page's variables filled in.
     *
     * @param site the plain values of the site's _config.yml, by dotted name ({@code github.repo}); empty for a folder
     *             that is no Jekyll site, which is left as it is
     */
    static String apply(String markdown, Map<String, String> site, FrontMatter page) {
        if (site.isEmpty() || markdown.indexOf("{{") < 0) {
            return markdown;
        }
        return fill(markdown, name -> name.startsWith("site.") ? site.get(name.substring(5))
                : name.startsWith("page.") ? asText(pageValue(page, name.substring(5))) : null);
    }

    /**
     * The Markdown with each variable alone in its tag ({@code {{ site.email }}}, {@code {{ email }}}) that {@code value}
     * gives a value filled in, outside fenced code and raw blocks; one it gives none (null) stays as written.
     *
     * @param value a value by the variable's dotted name, as written in the tag
     */
    static String fill(String markdown, java.util.function.Function<String, String> value) {
        if (markdown.indexOf("{{") < 0) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> LiquidRaw.outside(text, outside -> VARIABLE.matcher(outside).replaceAll(m -> {
            String filled = value.apply(m.group(1));
            // A value's line breaks would end the paragraph, heading or table cell it is put into.
            return Matcher.quoteReplacement(filled == null ? m.group() : filled.strip().replaceAll("\\s*\\n\\s*", " "));
        })));
    }

    /** Text as HTML that reads as that text: what could start a tag or a reference written as a reference. */
    static String asText(String text) {
        return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** What the page's front matter gives a page variable, of those the build reads: null for any other. */
    static String pageValue(FrontMatter page, String name) {
        return switch (name) {
            case "title" -> page.title();
            case "description", "summary" -> page.summary();
            default -> null;
        };
    }
}
