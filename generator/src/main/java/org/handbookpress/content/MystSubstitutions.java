package org.handbookpress.content;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * A Jupyter Book's substitutions, {@code {{ hackweek }}} where its _config.yml gives {@code parse: myst_substitutions:
 * hackweek: "…"}, filled in as MyST fills them: a hackweek's handbook titled its home page and named its dates, hub and
 * organisation with them, and the reader saw the braces. Outside code, as MyST leaves code verbatim
 * ({@link JekyllVariables#fill}); a name the book does not give, or an expression ({@code {{ a.format(b) }}}), stays as
 * written and is reported as a template tag. Code spans and fenced code stay as written. The substitutions a page's own front matter gives are not read.
 */
final class MystSubstitutions {

    /** Where the book's _config.yml keeps them, as a dotted prefix of its plain values. */
    private static final String KEY = "parse.myst_substitutions.";

    private MystSubstitutions() {
    }

    /** @param config the plain values of the content folder's _config.yml, by dotted name; most give no substitution */
    static String apply(String markdown, Map<String, String> config) {
        if (markdown.indexOf("{{") < 0 || config.keySet().stream().noneMatch(name -> name.startsWith(KEY))) {
            return markdown;
        }
        java.util.function.Function<String, String> value = name -> name.contains(".") ? null : config.get(KEY + name);
        return OutsideCode.apply(markdown, text -> outsideCodeSpans(text, part -> JekyllVariables.fill(part, value)));
    }

    /** The text with {@code change} applied between its code spans (on one line, {@link QuartoShortcodes#CODE_SPAN}), which stay as written. */
    private static String outsideCodeSpans(String text, java.util.function.UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder();
        Matcher span = QuartoShortcodes.CODE_SPAN.matcher(text);
        int from = 0;
        while (span.find()) {
            out.append(change.apply(text.substring(from, span.start()))).append(span.group());
            from = span.end();
        }
        return out.append(change.apply(text.substring(from))).toString();
    }
}
