package org.handbookpress.check;

import org.handbookpress.content.HeadingText;
import org.handbookpress.content.Kind;
import org.handbookpress.markdown.EmptyHeadings;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Findings;

/**
 * Checks the outline screen-reader users navigate by: no empty headings, no skipped levels (the page
 * title counts as the {@code #} level), and one {@code #} heading per page. Runs before the page's
 * leading title is removed, so it sees the headings as written. Slide decks are exempt from the
 * one-{@code #} rule: each slide may have its own title.
 */
public final class HeadingStructure implements HtmlPass {

    private final Findings findings;

    public HeadingStructure(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        String file = html.page().path();
        int previous = 1;
        Element firstTop = null;
        for (Element heading : html.content().select(PageHtml.HEADINGS)) {
            int level = PageHtml.headingLevel(heading);
            int line = SourceLines.of(heading);
            if (EmptyHeadings.wordless(heading)) {
                // A bare '#' opening the page is MkDocs Material's way to show no title over its text (the page's title
                // still names it in menus and tabs), written on purpose: taken out as any empty heading, without a warning.
                boolean hiddenTitle = level == 1 && heading == html.content().selectFirst(PageHtml.HEADINGS);
                if (!EmptyHeadings.holdsAPicture(heading) && !hiddenTitle && !EmptyHeadings.startsUntitledSlide(html, heading)) {
                    findings.warning(file, line, "heading.empty", "a '" + hashes(level) + "' heading with no text",
                            "write the heading's text, or remove the line");
                }
                continue; // the page shows no heading there, or its picture as a paragraph (EmptyHeadings): no level skipped
            }
            if (level > previous + 1) {
                findings.warning(file, line, "heading.skipped-level", "the heading '" + heading.text().trim() + "' is a '"
                                + hashes(level) + "' heading after a '" + hashes(previous) + "' one, skipping a level",
                        "use '" + hashes(previous + 1) + "' for it, so the outline has no gaps for screen-reader users");
            }
            if (level == 1 && html.page().kind() != Kind.SLIDES) {
                String title = html.page().meta().title();
                // The layout prints the front matter title as the page's '#' heading; this would be a second, unless it is
                // the title, as the layout takes it out (LeadingTitle): "# Developers" under "💻 Developers", as
                // just-the-docs sites give their menus' titles an emoji, was said to make two headings the page never showed.
                if (firstTop == null && title != null && !HeadingText.repeats(heading.text(), title, html.content().select("h1").size() == 1)) {
                    findings.warning(file, line, "heading.multiple-h1", "the '#' heading '" + heading.text().trim()
                                    + "' differs from the page's title '" + title.trim() + "', so the page would show two '#' headings",
                            "make the heading the same as 'title:' in the front matter, or use '##' for it");
                    firstTop = heading;
                } else if (firstTop == null) {
                    firstTop = heading;
                } else {
                    findings.warning(file, line, "heading.multiple-h1", "a second '#' heading, '" + heading.text().trim()
                                    + "'; a page has one '#' heading, its title ('" + firstTop.text().trim() + "')",
                            "use '##' for the sections of the page");
                }
            }
            previous = level;
        }
    }


    private static String hashes(int level) {
        return "#".repeat(level);
    }
}
