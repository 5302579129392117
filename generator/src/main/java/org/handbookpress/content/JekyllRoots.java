package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.text.QuickScan;

/**
 * Jekyll's way to the site's root in a link, {@code ![Forking]({{ page.root }}/fig/forking.svg)} or
 * {@code [Next]({{ site.baseurl }}/04-formatting/)}, as every Carpentries lesson made with the old lesson template
 * writes its pictures and links. Both mean "from the top of the site", which a link starting with {@code /} means
 * here (the link pass then makes it relative), so the tag is taken out where it opens a link's destination (Markdown,
 * a reference definition, or an {@code href}/{@code src} of raw HTML). Jekyll's {@code {% link docs/setup.md %}} there
 * is {@code /docs/setup.md}, the page the link pass then finds. Before, such links did not render at all
 * (a destination with spaces) and each was reported twice; other Liquid is still reported.
 *
 * <p>Eleventy's and Jekyll's other ways to the same: a URL filter on a path, {@code {{ "/about/" | url }}} (or
 * {@code relative_url}, {@code absolute_url}), and a site's own tag that makes an address of a path, as 18F's handbook
 * writes 385 of its links, {@code [guilds]({% page "/working-groups-and-guilds-101" %})}: a tag with one argument that
 * is the whole of a link's destination can only be making that address, which the link pass then checks like any other.
 */
final class JekyllRoots {

    /** Where a Markdown link's address starts: after {@code ](}, or a reference definition's {@code [x]:} (multiline mode). */
    static final String MARKDOWN_DESTINATION = "\\]\\(\\s*<?|^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?";
    /** Where a link's address starts: a Markdown destination, a reference definition, an href or src. */
    private static final String OPENS = "(" + MARKDOWN_DESTINATION + "|(?:href|src)\\s*=\\s*[\"']?)";
    /** The site's root, as Jekyll's themes and lessons name it ({@code {{ site.url }}{{ site.baseurl }}} is one root). */
    private static final String ROOT_TAG = "(?:\\{\\{-?\\s*(?:page\\.root|site\\.baseurl|site\\.base_url|base\\.baseurl|relative_root_path"
            + "|site\\.url)\\s*-?\\}\\})+";
    /** A quoted argument: group 2 or 3 of the patterns below. */
    private static final String QUOTED = "\"([^\"\\n]+)\"|'([^'\\n]+)'";
    /** One argument, quoted or not: group 2, 3 or 4. */
    private static final String ARGUMENT = "(?:" + QUOTED + "|([^%}\\s\"']+))";
    /**
     * A tag with one argument, {@code {% link docs/setup.md %}}, {@code {% page "/about/" %}}: the address of that path,
     * from the top of the site. Not Liquid's own tags, which never make an address.
     */
    private static final Pattern PATH_TAG = Pattern.compile(OPENS + "(?:" + ROOT_TAG + ")?/?\\{%-?\\s*"
            + "(?!(?:include|include_relative|comment|raw|if|unless|for|case|capture|assign|cycle|increment|end\\w*)\\b)[A-Za-z_][\\w-]*\\s+"
            + ARGUMENT + "\\s*-?%\\}", Pattern.MULTILINE);
    /**
     * A path through a URL filter, {@code {{ "/about/" | url }}}, or older Jekyll sites' way of writing the same,
     * {@code {{ "/about/" | prepend: site.baseurl }}} (the Open Data Handbook's links): that path, from the top of the site.
     * Group 4 is the filters.
     */
    private static final Pattern URL_FILTER = Pattern.compile(OPENS + "\\{\\{-?\\s*(?:" + QUOTED + ")"
            + "((?:\\s*\\|\\s*(?:relative_url|absolute_url|url|prepend:\\s*site\\.(?:baseurl|base_url|url)))+)\\s*-?\\}\\}",
            Pattern.MULTILINE);
    /**
     * Eleventy's {@code url} filter alone: it puts the site's path prefix before a path from the top and gives a relative
     * one back as written ({@code {{ '../debrief/' | url }}} is {@code ../debrief/}, read from the page's own address),
     * where Jekyll's {@code relative_url} makes any path one from the top. 18F's guides write 170 links so.
     */
    private static final Pattern ELEVENTY_URL_ONLY = Pattern.compile("(?:\\s*\\|\\s*url)+");
    private static final Pattern ROOT = Pattern.compile(OPENS + ROOT_TAG + "/?", Pattern.MULTILINE);

    private JekyllRoots() {
    }

    /** The Markdown with each {@code {{ page.root }}/} or {@code {{ site.baseurl }}/} opening a link's destination made {@code /}. */
    static String apply(String markdown) {
        if (!QuickScan.contains(markdown, "{{") && !QuickScan.contains(markdown, "{%")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> ROOT.matcher(throughFilters(fromTop(PATH_TAG, text)))
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + "/"));
    }

    /** The text with each path through a URL filter made the address the filter makes of it. */
    private static String throughFilters(String text) {
        return URL_FILTER.matcher(text).replaceAll(m -> {
            String path = m.group(2) != null ? m.group(2) : m.group(3);
            boolean relativeStays = ELEVENTY_URL_ONLY.matcher(m.group(4)).matches();
            return Matcher.quoteReplacement(m.group(1) + (relativeStays ? path : fromTop(path)));
        });
    }

    /** The text with each match of {@code tag} made the address of its argument from the top of the site. */
    private static String fromTop(Pattern tag, String text) {
        return tag.matcher(text).replaceAll(m -> {
            String path = java.util.stream.IntStream.rangeClosed(2, m.groupCount()).mapToObj(m::group)
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            return Matcher.quoteReplacement(m.group(1) + fromTop(path));
        });
    }

    /** A path from the top of the site; a tag given a whole address ({% page "https://www.gsa.gov" %}) makes that address. */
    private static String fromTop(String path) {
        boolean whole = path.startsWith("/") || WrittenAddress.hasScheme(path);
        return whole ? path : "/" + path;
    }
}
