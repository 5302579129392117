package org.handbookpress.check;

import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.handbookpress.findings.Findings;

/**
 * Reports a heading with nothing under it: followed directly by a heading of the same or a higher
 * level, or by the end of the page. Usually a section the author meant to come back to; not a heading that pages
 * made from one template leave empty on many pages ({@link StandingHeadings}), which is said once for them all.
 */
public final class EmptySections implements HtmlPass {

    private final Findings findings;
    private final StandingHeadings standing;

    public EmptySections(Findings findings, StandingHeadings standing) {
        this.findings = findings;
        this.standing = standing;
    }

    @Override
    public void apply(PageHtml html) {
        for (Element heading : html.content().select(PageHtml.HEADINGS)) {
            Element next = heading.nextElementSibling();
            boolean endOfPage = next == null && heading.parent() == html.content();
            boolean closedByHeading = next != null && PageHtml.headingLevel(next) > 0
                    && PageHtml.headingLevel(next) <= PageHtml.headingLevel(heading);
            if ((endOfPage || closedByHeading) && !isAnEntry(heading) && !standing.isStanding(heading.text())) {
                findings.warning(html.page().path(), SourceLines.of(heading), "placeholder.empty-section",
                        "the section '" + heading.text().trim() + "' is empty: "
                                + (endOfPage ? "the page ends right after its heading" : "the next heading, '" + next.text().trim() + "', follows directly"),
                        sameLevel(heading, next)
                                // A label over the sections after it ("### Discussion" over "### Rota"), as minutes write one.
                                ? "write the section, or remove its heading; if the headings after it belong under it, make them a level lower"
                                : "write the section, or remove its heading");
            }
        }
    }

    private static boolean sameLevel(Element heading, Element next) {
        return next != null && PageHtml.headingLevel(next) == PageHtml.headingLevel(heading);
    }

    /** Numbering before an entry's link: "2.1", "IV.", "3)", "A -". */
    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("(?:\\p{N}+|[IVXLCDMivxlcdm]+|\\p{L})?(?:[.)\\-–:]\\p{N}*)*[.)\\-–:]?");

    /**
     * Whether the heading is an entry of a contents written as headings, {@code ## 2.1 [Principles](intro.md#principles)}
     * (OWASP's testing guide): its words are a link, with at most a number before it. Its text is the page it leads to.
     */
    static boolean isAnEntry(Element heading) {
        Elements links = heading.select("a[href]");
        if (links.isEmpty()) {
            return false;
        }
        String rest = heading.text();
        for (Element link : links) {
            rest = rest.replace(link.text(), " ");
        }
        return NUMBERING.matcher(rest.replaceAll("\\s+", "")).matches();
    }
}
