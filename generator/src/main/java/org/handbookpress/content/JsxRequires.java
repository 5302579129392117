package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

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
        if (!QuickScan.contains(markdown, "require(")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> REQUIRE.matcher(text).replaceAll(m ->
                Matcher.quoteReplacement("=\"" + address(m.group(1)) + "\"")));
    }

    /**
     * The address a Docusaurus module path makes: {@code @site/static/img/team.jpg} is {@code /img/team.jpg} (the static
     * folder is the site's top), any other {@code @site/…} a path from the site's top, and any other path itself.
     */
    static String address(String path) {
        if (path.startsWith("@site/static/")) {
            return path.substring("@site/static".length());
        }
        return path.startsWith("@site/") ? path.substring("@site".length()) : path;
    }
}
