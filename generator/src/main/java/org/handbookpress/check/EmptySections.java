package org.handbookpress.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
 *
 * <p>Whether a heading is a standing one is known only once every page's empty headings are: so the pass reads each
 * page's ({@link OnPage}) and hands them on, and the build reports them ({@link #report}) after the pass has been
 * over every page. A preview's update of one page, which knows the full build's standing headings, reports at once.
 */
public final class EmptySections implements HtmlPass {

    /**
     * A heading with nothing under it, as {@link #report} needs it once the page's tree is gone.
     *
     * @param next        the text of the heading that follows it directly, or null when the page ends after it
     * @param sameLevel   whether that heading is of its own level
     * @param followsLast whether it follows directly the page's empty heading before it (a run of them)
     */
    public record Empty(String text, int line, String next, boolean sameLevel, boolean followsLast) {
    }

    /** A page's empty headings, in its order. */
    public record OnPage(String path, List<Empty> headings) {
    }

    private final Consumer<OnPage> found;

    /** Hands each page's empty headings to {@code found}, which reports them once the standing headings are known. */
    public EmptySections(Consumer<OnPage> found) {
        this.found = found;
    }

    /** Reports each page's empty sections at once, the standing headings being known already (a preview's update). */
    public EmptySections(Findings findings, StandingHeadings standing) {
        this(page -> report(page, standing, findings));
    }

    /** This many empty headings of one level one after another are an outline kept to fill in, reported as one. */
    static final int OUTLINE = 3;

    @Override
    public void apply(PageHtml html) {
        List<Empty> empty = new ArrayList<>();
        if (html.page().kind() == org.handbookpress.content.Kind.SLIDES) {
            // A slide of a heading alone is a title slide, a section's or the closing "Questions?": no empty section.
            found.accept(new OnPage(html.page().path(), List.of()));
            return;
        }
        Element last = null;
        for (Element heading : html.content().select(PageHtml.HEADINGS)) {
            Element next = heading.nextElementSibling();
            boolean endOfPage = next == null && heading.parent() == html.content();
            boolean closedByHeading = next != null && PageHtml.headingLevel(next) > 0
                    && PageHtml.headingLevel(next) <= PageHtml.headingLevel(heading);
            if (!(endOfPage || closedByHeading) || isAnEntry(heading)) {
                continue;
            }
            empty.add(new Empty(heading.text().trim(), SourceLines.of(heading), next == null ? null : next.text().trim(),
                    sameLevel(heading, next), last != null && last.nextElementSibling() == heading));
            last = heading;
        }
        found.accept(new OnPage(html.page().path(), List.copyOf(empty)));
    }

    /**
     * Reports the page's empty sections that are no standing heading: each on its own, or a run of them as one outline.
     * A run is of headings that follow one another directly, each of the next one's level.
     */
    public static void report(OnPage page, StandingHeadings standing, Findings findings) {
        // A run of empty headings of one level, each followed directly by the next: a notes page's heading per episode,
        // most with nothing noted yet (the Carpentries' instructor notes: 12 of them, 12 warnings, one thing to say).
        List<Empty> run = new ArrayList<>();
        for (Empty heading : page.headings()) {
            if (standing.isStanding(heading.text())) {
                report(page.path(), run, findings);
                continue;
            }
            if (!run.isEmpty() && !heading.followsLast()) {
                report(page.path(), run, findings);
            }
            run.add(heading);
            if (!heading.sameLevel()) {
                report(page.path(), run, findings);
            }
        }
        report(page.path(), run, findings);
    }

    /** Reports the run of empty headings, one by one, or as one outline when it is {@link #OUTLINE} long or more; empties it. */
    private static void report(String path, List<Empty> run, Findings findings) {
        if (run.size() >= OUTLINE) {
            List<String> names = run.stream().map(h -> "'" + h.text() + "'").toList();
            findings.warning(path, run.get(0).line(), "placeholder.empty-section",
                    "the " + run.size() + " sections " + org.handbookpress.findings.Listed.first(names, OUTLINE)
                            + ", one after another, are empty: an outline of headings with nothing under them yet",
                    "write them, or remove the headings that have nothing to say");
        } else {
            for (Empty heading : run) {
                findings.warning(path, heading.line(), "placeholder.empty-section",
                        "the section '" + heading.text() + "' is empty: "
                                + (heading.next() == null ? "the page ends right after its heading" : "the next heading, '" + heading.next() + "', follows directly"),
                        heading.sameLevel()
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
