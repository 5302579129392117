package org.handbookpress.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Two pages with the same title: readers cannot tell them apart in the menu or search results, and a
 * wiki link {@code [[Title]]} can only reach one of them. The later page in reading order is reported. Pages in different
 * languages ({@link LanguageFolders}) may share a title: "Code" is "Code" in German too.
 */
public final class DuplicateTitles {

    private static final Pattern H1 = Pattern.compile("^#\\s+\\S");

    private final Findings findings;

    public DuplicateTitles(Findings findings) {
        this.findings = findings;
    }

    public void check(Handbook handbook) {
        Map<String, Page> first = new LinkedHashMap<>();
        // Titles are compared within a language: a page and its translation (es/guides/setup.md) may share one.
        LanguageFolders languages = LanguageFolders.of(handbook.pages(), handbook.config().language());
        for (Page page : handbook.pages()) {
            String language = languages.languageOf(page.path());
            Page earlier = first.putIfAbsent((language == null ? "" : language + ":") + page.title().trim().toLowerCase(Locale.ROOT), page);
            if (earlier != null) {
                findings.warning(page.path(), titleLine(page), "page.duplicate-title",
                        "this page has the same title as " + earlier.path() + ": '" + page.title() + "'",
                        "give each page its own title, so that the menu, search and [[wiki links]] can tell them apart");
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
