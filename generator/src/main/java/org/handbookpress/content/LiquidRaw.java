package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's and Nunjucks' way to show template syntax as written, {@code {% raw %}{{ 7*7 }}{% endraw %}}, as Jekyll,
 * GitBook and Eleventy pages write it (OWASP's testing guide, Homebrew's docs): the two tags are taken out and what is
 * between them is the page's text, left alone by the readers that fill in Liquid ({@link JekyllVariables}). Before,
 * both tags were shown on the page and reported as Liquid the build does not run. Jekyll runs Liquid before Markdown,
 * so the tags are taken out wherever they are, code included; a {@code {% raw %}} never closed stays as written (and
 * is reported). What a block holds outside code is left to no later reader ({@link #asText}). The tags hold no line
 * break, so every line keeps its number.
 */
final class LiquidRaw {

    /** A raw block: group 1 what it holds. */
    private static final Pattern RAW = Pattern.compile(
            "\\{%-?[ \\t]*raw[ \\t]*-?%\\}(.*?)\\{%-?[ \\t]*endraw[ \\t]*-?%\\}", Pattern.DOTALL);

    private LiquidRaw() {
    }

    /** A code span on one line, whose text is shown as written. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
    /** The brace that opens a tag, {@code {{} or {@code {%}. */
    private static final Pattern TAG_OPENING = Pattern.compile("\\{(?=[{%])");

    /** The Markdown with each raw block's tags taken out. */
    static String apply(String markdown) {
        if (markdown.indexOf("{%") < 0) {
            return markdown;
        }
        List<int[]> code = fencedCode(markdown);
        return RAW.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(
                code.stream().anyMatch(range -> range[0] <= m.start() && m.start() < range[1]) ? m.group(1) : asText(m.group(1))));
    }

    /** Where the fenced code blocks of the Markdown are, fences included: each as its start and end offset. */
    private static List<int[]> fencedCode(String markdown) {
        List<int[]> ranges = new ArrayList<>();
        CodeFences fences = new CodeFences();
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end + 1;
            if (fences.inCode(markdown.substring(start, end))) {
                ranges.add(new int[] {start, end});
            }
            start = end;
        }
        return ranges;
    }

    /**
     * What a raw block holds, its tags' opening braces written as the character reference {@code &#123;} outside code
     * (where the page shows the reference as a brace): the readers after this one, and the report of Liquid the build
     * does not run, then see text, as the author asked ({@code [{% raw %}{{alert(1)}}{% endraw %}: a paper](…)}).
     * In code the brace stays, as code shows a reference as written.
     */
    private static String asText(String held) {
        if (held.indexOf("{{") < 0 && held.indexOf("{%") < 0) {
            return held;
        }
        return OutsideCode.apply(held, text -> {
            StringBuilder out = new StringBuilder(text.length() + 16);
            Matcher span = CODE_SPAN.matcher(text);
            int from = 0;
            while (span.find()) {
                out.append(TAG_OPENING.matcher(text.substring(from, span.start())).replaceAll("&#123;")).append(span.group());
                from = span.end();
            }
            return out.append(TAG_OPENING.matcher(text.substring(from)).replaceAll("&#123;")).toString();
        });
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
