package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus' two titles: a doc's front matter {@code title:} names it in the sidebar, the previous and next links and
 * the tab, but a {@code #} heading at the top of the doc is the heading its readers see, and Docusaurus adds the
 * front matter's title above the text only when the doc has none. Read as a handbook reads it, the front matter's
 * "Overview" was the page's heading and the doc's own "Welcome to the development section" a section under it, with a
 * {@code page.sections-at-top} notice on each such page (26 in Wonderland's handbook). In a Docusaurus site such a page
 * is titled by its heading, and its front matter's title is its name in the menu ({@code nav-title}), unless the front
 * matter names one ({@code sidebar_label}), and in the browser's tab, as Docusaurus names it there.
 */
final class DocusaurusTitles {

    /** A {@code #} heading (ATX), its words in group 1. */
    private static final Pattern H1 = Pattern.compile("#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*");
    /** An MDX page's import or export line, which comes before its text. */
    private static final Pattern MDX_STATEMENT = Pattern.compile("(?:import|export)\\s.*");

    private DocusaurusTitles() {
    }

    /**
     * The page titled by the {@code #} heading its text opens with, its front matter's title its name in the tab and, unless
     * {@code sidebar_label} gives one, in the menu. With a sidebar_label, the front matter's title was the page's heading
     * and the doc's own heading a section under it, and without, the tab was named by the heading.
     */
    static Page headed(Page page) {
        FrontMatter meta = page.meta();
        if (meta.title() == null || meta.title().isBlank()) {
            return page;
        }
        String heading = openingHeading(page.markdown());
        if (heading == null) {
            return page;
        }
        String title = HeadingText.of(heading);
        if (title.isBlank() || title.equals(meta.title())) {
            return page;
        }
        PageNames names = meta.names().navTitle() != null ? meta.names() : meta.names().withNavTitle(meta.title());
        FrontMatter headed = meta.withTitle(title).withNames(names.withTabName(meta.title()));
        return new Page(page.path(), page.url(), page.file(), headed, title, page.markdown(), page.bodyLine());
    }

    /** The words of the {@code #} heading the text opens with, past blank lines and MDX statements; null for none. */
    private static String openingHeading(String markdown) {
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank() || MDX_STATEMENT.matcher(line).matches()) {
                continue;
            }
            Matcher h1 = H1.matcher(line);
            return h1.matches() ? h1.group(1) : null;
        }
        return null;
    }
}
