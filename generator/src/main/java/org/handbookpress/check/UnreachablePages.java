package org.handbookpress.check;

import java.util.function.Predicate;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Pages that no menu entry leads to, directly or through their folder: usually a page written but
 * forgotten in {@code nav:}. A page meant to be reached only through links can say so with
 * {@code ignore: [page.unreachable]} in its front matter.
 */
public final class UnreachablePages {

    private final Predicate<Page> reachable;
    private final Findings findings;

    /** @param reachable whether the navigation leads to a page (the site navigation's {@code isReachable}) */
    public UnreachablePages(Predicate<Page> reachable, Findings findings) {
        this.reachable = reachable;
        this.findings = findings;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            if (!page.isHome() && !reachable.test(page)) {
                findings.warning(page.path(), 0, "page.unreachable", "no menu entry leads to this page",
                        "add it, or its folder, to 'nav:' in handbook.yml; if it is meant to be reached only through links,"
                                + " add 'ignore: [page.unreachable]' to its front matter");
            }
        }
    }
}
