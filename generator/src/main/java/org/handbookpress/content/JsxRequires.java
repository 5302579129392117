package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus' way to a picture in a page's JSX, {@code <img src={require('@site/static/img/team.jpg').default} />}: the
 * file's address, {@code @site/static/} being the top of the site and any other path the file beside the page. It is
 * written as that address in quotes, {@code src="/img/team.jpg"}, which the image pass then finds (or reports, naming
 * the file it looked for) as any other; before, the attribute was the JavaScript as text.
 */
final class JsxRequires {

    /** {@code ={require('path').default}} (or without {@code .default}): group 1 the path. */
    private static final Pattern REQUIRE = Pattern.compile(
            "=\\s*\\{\\s*require\\(\\s*[\"']([^\"'\\s]+)[\"']\\s*\\)(?:\\.default)?\\s*\\}");

    private JsxRequires() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("require(")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> REQUIRE.matcher(text).replaceAll(m -> {
            String path = m.group(1);
            if (path.startsWith("@site/static/")) {
                path = path.substring("@site/static".length());
            } else if (path.startsWith("@site/")) {
                path = path.substring("@site".length());
            }
            return Matcher.quoteReplacement("=\"" + path + "\"");
        }));
    }
}
