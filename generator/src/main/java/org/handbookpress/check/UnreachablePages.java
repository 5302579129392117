package org.handbookpress.check;

import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.render.SiteNavigation;
import org.handbookpress.findings.Findings;

/**
 * Pages that no menu entry leads to, directly or through their folder: usually a page written but
 * forgotten in {@code nav:}. A page meant to be reached only through links can say so with
 * {@code ignore: [page.unreachable]} in its front matter.
 */
public final class UnreachablePages {

    private final SiteNavigation navigation;
    private final Findings findings;

    public UnreachablePages(SiteNavigation navigation, Findings findings) {
        this.navigation = navigation;
        this.findings = findings;
    }

    public void check(Handbook handbook) {
        for (Page page : handbook.pages()) {
            if (!page.isHome() && !navigation.isReachable(page)) {
                findings.warning(page.path(), 0, "page.unreachable", "no menu entry leads to this page",
                        "add it, or its folder, to 'nav:' in handbook.yml; if it is meant to be reached only through links,"
                                + " add 'ignore: [page.unreachable]' to its front matter");
            }
        }
    }
}
