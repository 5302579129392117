package org.handbookpress.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.handbookpress.findings.Findings;

/**
 * The headings that pages made from one template leave empty where there was nothing to record: a meeting's
 * {@code ## Q&A, Other} or {@code ### Announcements}, kept in every set of minutes and empty in most. A heading of the
 * same words that has nothing under it on {@value #PAGES} pages or more is such a standing heading, not a section
 * someone forgot: {@link EmptySections} does not report it on each page (the OpenJS Foundation's 190 sets of minutes
 * gave 209 such warnings, which hid the few sections really left unwritten), and {@link #report} says once, a notice,
 * which heading it is and on how many pages. A heading left empty on one or two pages is still reported there.
 *
 * <p>Counted from the empty headings {@link EmptySections} found on every page, once the pass has been over them all:
 * the same headings it would report, and no second reading of the pages.
 */
public final class StandingHeadings {

    /** On how many pages a heading must be empty to be a template's standing heading. */
    static final int PAGES = 3;

    /** Where a standing heading is first empty (in the pages' order), and on how many pages. */
    private record Standing(String text, String path, int line, int pages) {
    }

    /** By {@link #key}: only the headings empty on {@value #PAGES} pages or more. */
    private final Map<String, Standing> standing;

    private StandingHeadings(Map<String, Standing> standing) {
        this.standing = standing;
    }

    /**
     * The standing headings among these pages' empty headings (every page of the handbook, in the pages' order, so that
     * the first page of each is the same on any number of threads).
     */
    public static StandingHeadings of(List<EmptySections.OnPage> pages) {
        Map<String, Standing> empty = new HashMap<>();
        for (EmptySections.OnPage page : pages) {
            Set<String> onThisPage = new HashSet<>();
            for (EmptySections.Empty heading : page.headings()) {
                String key = key(heading.text());
                if (key.isEmpty() || !onThisPage.add(key)) {
                    continue; // a heading without words is heading.empty's; a page counts once
                }
                empty.merge(key, new Standing(heading.text(), page.path(), heading.line(), 1),
                        (first, more) -> new Standing(first.text(), first.path(), first.line(), first.pages() + 1));
            }
        }
        empty.values().removeIf(s -> s.pages() < PAGES);
        return new StandingHeadings(Map.copyOf(empty));
    }

    /**
     * A heading's words: letters and digits only, in lower case, so that {@code Q&amp;A, Other} and {@code Q&amp;A – other}
     * are one heading.
     */
    static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether a heading of these words, empty on a page, is a standing heading, not reported there. */
    public boolean isStanding(String headingText) {
        return standing.containsKey(key(headingText));
    }

    /** Says once each standing heading: which, on how many pages, the first of them. */
    public void report(Findings findings) {
        for (Standing each : new TreeMap<>(standing).values()) {
            findings.notice(each.path(), each.line(), "placeholder.empty-standing",
                    "the section '" + each.text() + "' is empty on " + each.pages() + " pages, this one first: a heading pages made"
                            + " from one template keep, left empty where there was nothing to record (as in minutes), so no page"
                            + " is warned of it (placeholder.empty-section)",
                    "nothing, if so; if the section should have been written, write it on the pages that leave it empty");
        }
    }
}
