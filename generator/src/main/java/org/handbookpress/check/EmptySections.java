package org.handbookpress.check;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.handbookpress.findings.Findings;

/**
 * Reports a heading with nothing under it: followed directly by a heading of the same or a higher
 * level, or by the end of the page. Usually a section the author meant to come back to; not a heading that pages
 * made from one template leave empty on many pages ({@link StandingHeadings}), which is said once for them all. Three
 * or more empty headings of one level in a row are an outline kept to fill in, one finding for them all.
 */
public final class EmptySections implements HtmlPass {

    private final Findings findings;
    private final StandingHeadings standing;

    public EmptySections(Findings findings, StandingHeadings standing) {
        this.findings = findings;
        this.standing = standing;
    }

    /** This many empty headings of one level one after another are an outline kept to fill in, reported as one. */
    static final int OUTLINE = 3;

    @Override
    public void apply(PageHtml html) {
        // A run of empty headings of one level, each followed directly by the next: a notes page's heading per episode,
        // most with nothing noted yet (the Carpentries' instructor notes: 12 of them, 12 warnings, one thing to say).
        List<Element> run = new ArrayList<>();
        for (Element heading : html.content().select(PageHtml.HEADINGS)) {
            Element next = heading.nextElementSibling();
            boolean endOfPage = next == null && heading.parent() == html.content();
            boolean closedByHeading = next != null && PageHtml.headingLevel(next) > 0
                    && PageHtml.headingLevel(next) <= PageHtml.headingLevel(heading);
            if (!(endOfPage || closedByHeading) || isAnEntry(heading) || standing.isStanding(heading.text())) {
                report(html, run);
                continue;
            }
            if (!run.isEmpty() && run.get(run.size() - 1).nextElementSibling() != heading) {
                report(html, run);
            }
            run.add(heading);
            if (!sameLevel(heading, next)) {
                report(html, run);
            }
        }
        report(html, run);
    }

    /** Reports the run of empty headings, one by one, or as one outline when it is {@link #OUTLINE} long or more; empties it. */
    private void report(PageHtml html, List<Element> run) {
        if (run.size() >= OUTLINE) {
            List<String> names = run.stream().map(h -> "'" + h.text().trim() + "'").toList();
            findings.warning(html.page().path(), SourceLines.of(run.get(0)), "placeholder.empty-section",
                    "the " + run.size() + " sections " + String.join(", ", names.subList(0, OUTLINE))
                            + (run.size() > OUTLINE ? " and " + (run.size() - OUTLINE) + " more" : "")
                            + ", one after another, are empty: an outline of headings with nothing under them yet",
                    "write them, or remove the headings that have nothing to say");
        } else {
            for (Element heading : run) {
                Element next = heading.nextElementSibling();
                findings.warning(html.page().path(), SourceLines.of(heading), "placeholder.empty-section",
                        "the section '" + heading.text().trim() + "' is empty: "
                                + (next == null ? "the page ends right after its heading" : "the next heading, '" + next.text().trim() + "', follows directly"),
                        sameLevel(heading, next)
                                // A label over the sections after it ("### Discussion" over "### Rota"), as minutes write one.
                                ? "write the section, or remove its heading; if the headings after it belong under it, make them a level lower"
                                : "write the section, or remove its heading");
            }
        }
        run.clear();
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
