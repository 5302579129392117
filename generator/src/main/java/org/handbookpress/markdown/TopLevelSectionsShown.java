package org.handbookpress.markdown;

import org.handbookpress.content.TopLevelSections;
import org.handbookpress.findings.Findings;
import org.jsoup.nodes.Element;

/**
 * Shows a page's {@code #} sections ({@link TopLevelSections}: a Word document converted with Pandoc, a Notion page, a
 * page titled in its front matter) a level lower, each heading under them too, so that the page has one {@code h1}, its
 * title: its "Purpose" and "Who to contact" are {@code h2}s, not second and third {@code h1}s (which the check of
 * headings reported, one warning each). Headings before the first such section keep their level. Says so once, as a
 * notice.
 */
public final class TopLevelSectionsShown implements HtmlPass {
    private final Findings findings;

    public TopLevelSectionsShown(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        TopLevelSections.Sections sections = TopLevelSections.of(page.page().markdown(), page.page().path(), page.page().meta());
        if (!sections.any()) {
            return;
        }
        String title = page.page().title().strip();
        boolean titleSeen = sections.titledByName();
        boolean shifting = false;
        int firstLine = 0;
        for (Element heading : page.content().select(PageHtml.HEADINGS)) {
            int level = PageHtml.headingLevel(heading);
            if (!titleSeen && level == 1 && heading.text().strip().equalsIgnoreCase(title)) {
                titleSeen = true; // the page's title, which the layout shows in its place
                continue;
            }
            // From the first '#' section on: a '##' before it is already a section of the title ("# Title", "## Meetings",
            // "# Other" keeps Meetings an h2).
            if (level == 1 && !shifting) {
                firstLine = SourceLines.of(heading); // the notice's line: where the first section is written
            }
            shifting |= level == 1;
            if (shifting) {
                heading.tagName("h" + Math.min(6, level + 1));
            }
        }
        String first = sections.headings().get(0);
        int count = sections.headings().size();
        String message = sections.titledByName()
                ? "the page's " + count + " '#' headings are its sections (the first is '" + first + "'): it is titled '" + title
                        + "', from its file's name, and its headings are shown a level lower"
                : "the page's title is '" + title + "'; its " + (count == 1 ? "'#' heading '" + first + "' is a section"
                        : count + " other '#' headings are its sections (the first is '" + first + "')")
                        + ", shown as '##', and the headings under " + (count == 1 ? "it" : "them") + " a level lower";
        findings.notice(page.page().path(), firstLine > 0 ? firstLine : page.page().bodyLine(), "page.sections-at-top", message,
                sections.titledByName() ? "give it a title in its front matter (title: …) to name it otherwise"
                        : "write its sections as '##' under one '#' title, to see them so in the Markdown too");
    }
}
