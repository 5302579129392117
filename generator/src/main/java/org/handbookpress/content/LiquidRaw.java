package org.handbookpress.content;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's and Nunjucks' way to show template syntax as written, {@code {% raw %}{{ 7*7 }}{% endraw %}}, as Jekyll,
 * GitBook and Eleventy pages write it (OWASP's testing guide, Homebrew's docs): the two tags are taken out and what is
 * between them is the page's text, left alone by the readers that fill in Liquid ({@link JekyllVariables}). Before,
 * both tags were shown on the page and reported as Liquid the build does not run. Jekyll runs Liquid before Markdown,
 * so the tags are taken out wherever they are, code included; a {@code {% raw %}} never closed stays as written (and
 * is reported). The tags hold no line break, so every line keeps its number.
 */
final class LiquidRaw {

    /** A raw block: group 1 what it holds. */
    private static final Pattern RAW = Pattern.compile(
            "\\{%-?[ \\t]*raw[ \\t]*-?%\\}(.*?)\\{%-?[ \\t]*endraw[ \\t]*-?%\\}", Pattern.DOTALL);

    private LiquidRaw() {
    }

    /** The Markdown with each raw block's tags taken out. */
    static String apply(String markdown) {
        if (markdown.indexOf("{%") < 0) {
            return markdown;
        }
        return RAW.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** The Markdown with {@code change} applied to the text outside its raw blocks, which are kept as they are. */
    static String outside(String markdown, UnaryOperator<String> change) {
        if (markdown.indexOf("{%") < 0) {
            return change.apply(markdown);
        }
        StringBuilder out = new StringBuilder(markdown.length());
        Matcher raw = RAW.matcher(markdown);
        int from = 0;
        while (raw.find()) {
            out.append(change.apply(markdown.substring(from, raw.start()))).append(raw.group());
            from = raw.end();
        }
        return out.append(change.apply(markdown.substring(from))).toString();
    }
}
