package org.handbookpress.check;

import java.util.function.Predicate;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Pages that no menu entry leads to, directly or through their folder: usually a page written but
 * forgotten in {@code nav:}. A page meant to be reached only through links can say so with
 * {@code ignore: [page.unreachable]} in its front matter. A page in a folder of translations ({@code cy/…}) is reached
 * from the same page in another language, whose language switch links it, when the menu leads to that one.
 */
public final class UnreachablePages {

    private final Predicate<Page> reachable;
    private final Findings findings;
    private final LanguageFolders languages;

    /** @param reachable whether the navigation leads to a page (the site navigation's {@code isReachable}) */
    public UnreachablePages(Predicate<Page> reachable, Findings findings) {
        this(reachable, findings, LanguageFolders.NONE);
    }

    /** @param languages the handbook's folders of translations, whose pages the language switch links */
    public UnreachablePages(Predicate<Page> reachable, Findings findings, LanguageFolders languages) {
        this.reachable = reachable;
        this.findings = findings;
        this.languages = languages;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            // A page a book's table of contents leaves out is said once for them all (page.not-in-summary).
            if (!page.isHome() && !reachable.test(page) && !handbook.isOutsideMenu(page) && !translatesAReachablePage(handbook, page)) {
                findings.warning(page.path(), 0, "page.unreachable", "no menu entry leads to this page",
                        "add it, or its folder, to 'nav:' in handbook.yml; if it is meant to be reached only through links,"
                                + " add 'ignore: [page.unreachable]' to its front matter");
            }
        }
    }

    /** Whether the page is in a folder of translations and the same page in another language is reached. */
    private boolean translatesAReachablePage(Handbook handbook, Page page) {
        String rest = languages.untranslated(page.path());
        if (rest == null) {
            return false;
        }
        String own = page.path().substring(0, page.path().indexOf('/'));
        int slash = rest.lastIndexOf('/');
        if (slash > 0 && Handbook.folderPageRank(rest.substring(slash + 1)) >= 0) {
            // A folder's own page (cy/toolkit/index.md): the menu's entry for the folder leads to it when it leads into the
            // folder in the other language, whose own page the build may have generated.
            String folder = rest.substring(0, slash + 1);
            if (handbook.pages().stream().anyMatch(p -> p.path().startsWith(folder) && reachable.test(p))) {
                return true;
            }
        }
        return handbook.page(rest).filter(p -> p.isHome() || reachable.test(p)).isPresent()
                || languages.folders().keySet().stream().filter(f -> !f.equals(own))
                        .anyMatch(f -> handbook.page(f + "/" + rest).filter(reachable).isPresent());
    }
}
