package org.handbookpress.check;

import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.handbookpress.findings.Findings;

/**
 * Reports a heading with nothing under it: followed directly by a heading of the same or a higher
 * level, or by the end of the page. Usually a section the author meant to come back to.
 */
public final class EmptySections implements HtmlPass {

    private final Findings findings;

    public EmptySections(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml html) {
        for (Element heading : html.content().select(PageHtml.HEADINGS)) {
            Element next = heading.nextElementSibling();
            boolean endOfPage = next == null && heading.parent() == html.content();
            boolean closedByHeading = next != null && PageHtml.headingLevel(next) > 0
                    && PageHtml.headingLevel(next) <= PageHtml.headingLevel(heading);
            if (endOfPage || closedByHeading) {
                findings.warning(html.page().path(), SourceLines.of(heading), "placeholder.empty-section",
                        "the section '" + heading.text().trim() + "' is empty: "
                                + (endOfPage ? "the page ends right after its heading" : "the next heading, '" + next.text().trim() + "', follows directly"),
                        "write the section, or remove its heading");
            }
        }
    }
}
