package org.handbookpress.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Two pages with the same title in the same section: readers cannot tell them apart in the menu or search results.
 * The later page in reading order is reported. Pages in different sections may share a title: the menu, the
 * breadcrumbs, search results and the Documents register name each one's sections ("Local groups › Bala"), so a
 * federation's 51 "Transport Policy" pages, one a group, are told apart (reported, they made {@code strict: true}
 * unbuildable); a wiki link {@code [[Transport Policy]]} finds the page nearest it, or is reported where it is written
 * ({@code link.wiki-ambiguous}). So may a book's pages in different parts, whose tabs and results name their part
 * (Advanced R's "Introduction" to each). Pages in different languages ({@link LanguageFolders}) may share a title: "Code"
 * is "Code" in German too.
 */
public final class DuplicateTitles {

    private static final Pattern H1 = Pattern.compile("^#\\s+\\S");

    private final Findings findings;
    /** A page's sections as readers see them named ("Local groups › Bala"; "" at the top). */
    private final java.util.function.Function<Page, String> sectionOf;

    public DuplicateTitles(Findings findings, java.util.function.Function<Page, String> sectionOf) {
        this.findings = findings;
        this.sectionOf = sectionOf;
    }

    /** Past this many pages of one title, the title is reported once, with a count, not on every page. */
    static final int SAID_PER_PAGE = 3;
    /** How many of the pages sharing a title a summary names. */
    private static final int NAMED = 3;

    public void check(Handbook handbook) {
        Map<String, List<Page>> byTitle = new LinkedHashMap<>();
        // Titles are compared within a language: a page and its translation (es/guides/setup.md) may share one.
        LanguageFolders languages = handbook.languageFolders();
        for (Page page : handbook.pages()) {
            String language = languages.languageOf(page.path());
            String key = (language == null ? "" : language + ":") + sectionOf.apply(page).toLowerCase(Locale.ROOT) + "\n"
                    + page.title().trim().toLowerCase(Locale.ROOT);
            byTitle.computeIfAbsent(key, title -> new ArrayList<>()).add(page);
        }
        String fix = "give each page of a section its own title, so that the menu and search can tell them apart";
        for (List<Page> pages : byTitle.values()) {
            Page first = pages.get(0);
            if (pages.size() <= SAID_PER_PAGE) {
                for (Page page : pages.subList(1, pages.size())) {
                    findings.warning(page.path(), titleLine(page), "page.duplicate-title",
                            "this page has the same title as " + first.path() + ", in the same section: '" + page.title() + "'", fix);
                }
            } else {
                // A course's sprints each with their "prep" and "backlog" pages (CodeYourFuture's: 438 warnings) is said
                // once for each title, on the second page, as unknown front-matter keys are.
                List<String> others = pages.subList(2, pages.size()).stream().map(Page::path).toList();
                Page second = pages.get(1);
                findings.warning(second.path(), titleLine(second), "page.duplicate-title", pages.size() + " pages of one section have the title '"
                        + second.title() + "': " + first.path() + ", this page, " + org.handbookpress.findings.Listed.first(others, NAMED), fix);
            }
        }
    }

    /** Where the title is written: the front matter key, else the first '#' heading, else the whole file. */
    static int titleLine(Page page) {
        if (page.meta().lines().containsKey("title")) {
            return page.meta().lineOf("title");
        }
        String[] lines = page.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = H1.matcher(lines[i]);
            if (m.find()) {
                return page.bodyLine() + i;
            }
        }
        return 0;
    }
}
