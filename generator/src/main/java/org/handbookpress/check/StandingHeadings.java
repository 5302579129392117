package org.handbookpress.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.work.Parallel;

/**
 * The headings that pages made from one template leave empty where there was nothing to record: a meeting's
 * {@code ## Q&A, Other} or {@code ### Announcements}, kept in every set of minutes and empty in most. A heading of the
 * same words that has nothing under it on {@value #PAGES} pages or more is such a standing heading, not a section
 * someone forgot: {@link EmptySections} does not report it on each page (the OpenJS Foundation's 190 sets of minutes
 * gave 209 such warnings, which hid the few sections really left unwritten), and {@link #report} says once, a notice,
 * which heading it is and on how many pages. A heading left empty on one or two pages is still reported there.
 *
 * <p>Read from the pages' Markdown, before any page is converted, so that each page's check can tell on its own,
 * in the full build and in the preview's update of one page alike. Only {@code #} headings are read: a template's
 * headings are written so, and a heading the reading misses is merely reported on its page, as before.
 */
public final class StandingHeadings {

    /** On how many pages a heading must be empty to be a template's standing heading. */
    static final int PAGES = 3;

    private static final Pattern ATX = Pattern.compile("^[ ]{0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    /** Where a standing heading is first empty (in the pages' order), and on how many pages. */
    private record Standing(String text, String path, int line, int pages) {
    }

    /** By {@link #key}: only the headings empty on {@value #PAGES} pages or more. */
    private final Map<String, Standing> standing;

    private StandingHeadings(Map<String, Standing> standing) {
        this.standing = standing;
    }

    /** The standing headings of these pages (every page of the handbook). */
    public static StandingHeadings of(List<Page> pages) {
        return of(pages, 1);
    }

    /**
     * The same, the pages read on {@code threads} threads (every page's text is read: 0.45 s of a 10,000-page build on
     * one), and counted in the pages' order, so that the first page of each is the same on any number of threads.
     */
    public static StandingHeadings of(List<Page> pages, int threads) {
        List<List<Standing>> perPage = Parallel.map(pages, threads, StandingHeadings::emptyHeadings);
        Map<String, Standing> empty = new HashMap<>();
        for (List<Standing> onPage : perPage) {
            for (Standing heading : onPage) {
                empty.merge(key(heading.text()), heading,
                        (first, more) -> new Standing(first.text(), first.path(), first.line(), first.pages() + 1));
            }
        }
        empty.values().removeIf(s -> s.pages() < PAGES);
        return new StandingHeadings(Map.copyOf(empty));
    }

    /**
     * The page's empty headings, each once. Every page's text is read, so it is walked line by line without making a
     * string of each line: only a heading's, or a line that may open or close code.
     */
    private static List<Standing> emptyHeadings(Page page) {
        List<Standing> empty = new ArrayList<>();
        String markdown = page.markdown();
        Set<String> onThisPage = new HashSet<>();
        CodeFences fences = new CodeFences();
        int level = 0; // of the last heading read, while only blank lines have followed it; else 0
        String text = null;
        int line = 0;
        int index = 0;
        int backtick = -1; // where the next '`' or '~' at or after the line's start is, or the text's length
        int tilde = -1;
        for (int start = 0; start <= markdown.length(); index++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            backtick = backtick >= start ? backtick : next(markdown, '`', start);
            tilde = tilde >= start ? tilde : next(markdown, '~', start);
            boolean code = fences.isOpen();
            if (backtick < end || tilde < end) {
                boolean outside = !code;
                code = fences.inCode(markdown.substring(start, end)) || !outside;
            }
            Matcher heading = !code && isHeadingStart(markdown, start, end) ? ATX.matcher(markdown.substring(start, end)) : null;
            if (heading != null && heading.matches()) {
                int next = heading.group(1).length();
                if (level > 0 && next <= level && onThisPage.add(key(text))) {
                    count(empty, text, page, line);
                }
                level = next;
                text = heading.group(2) == null ? "" : heading.group(2);
                line = page.bodyLine() + index;
            } else if (!isBlank(markdown, start, end)) {
                level = 0;
            }
            start = end + 1;
        }
        if (level > 0 && onThisPage.add(key(text))) { // the page ends under it
            count(empty, text, page, line);
        }
        return empty;
    }

    private static int next(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Up to three spaces, then '#'. */
    private static boolean isHeadingStart(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i < end && text.charAt(i) == '#';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void count(List<Standing> empty, String text, Page page, int line) {
        if (key(text).isEmpty()) {
            return; // a heading without words is heading.empty's
        }
        empty.add(new Standing(text.strip(), page.path(), line, 1));
    }

    /**
     * A heading's words as both its Markdown and its HTML text give them: letters and digits only, in lower case, so that
     * {@code **Announcements**} and {@code Q&amp;A, Other} read as their text does.
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
