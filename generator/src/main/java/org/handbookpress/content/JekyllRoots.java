package org.handbookpress.content;

import java.util.regex.Pattern;

/**
 * Jekyll's way to the site's root in a link, {@code ![Forking]({{ page.root }}/fig/forking.svg)} or
 * {@code [Next]({{ site.baseurl }}/04-formatting/)}, as every Carpentries lesson made with the old lesson template
 * writes its pictures and links. Both mean "from the top of the site", which a link starting with {@code /} means
 * here (the link pass then makes it relative), so the tag is taken out where it opens a link's destination (Markdown,
 * a reference definition, or an {@code href}/{@code src} of raw HTML). Jekyll's {@code {% link docs/setup.md %}} there
 * is {@code /docs/setup.md}, the page the link pass then finds. Before, such links did not render at all
 * (a destination with spaces) and each was reported twice; other Liquid is still reported.
 */
final class JekyllRoots {

    /** Where a Markdown link's address starts: after {@code ](}, or a reference definition's {@code [x]:} (multiline mode). */
    static final String MARKDOWN_DESTINATION = "\\]\\(\\s*<?|^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?";
    /** Where a link's address starts: a Markdown destination, a reference definition, an href or src. */
    private static final String OPENS = "(" + MARKDOWN_DESTINATION + "|(?:href|src)\\s*=\\s*[\"']?)";
    private static final String ROOT_TAG = "\\{\\{-?\\s*(?:page\\.root|site\\.baseurl|relative_root_path)\\s*-?\\}\\}";
    /** Jekyll's {@code {% link docs/setup.md %}}: the address of that file, from the top of the site. */
    private static final Pattern LINK_TAG = Pattern.compile(OPENS + "(?:" + ROOT_TAG + ")?/?\\{%-?\\s*link\\s+([^%\\s]+)\\s*-?%\\}",
            Pattern.MULTILINE);
    private static final Pattern ROOT = Pattern.compile(OPENS + ROOT_TAG + "/?", Pattern.MULTILINE);

    private JekyllRoots() {
    }

    /** The Markdown with each {@code {{ page.root }}/} or {@code {{ site.baseurl }}/} opening a link's destination made {@code /}. */
    static String apply(String markdown) {
        if (markdown.indexOf("{{") < 0) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> ROOT.matcher(LINK_TAG.matcher(text).replaceAll(
                        m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + "/" + m.group(2))))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "/"));
    }
}
