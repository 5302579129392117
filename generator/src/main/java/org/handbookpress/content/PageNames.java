package org.handbookpress.content;

import java.util.List;

/**
 * The other names a page goes by, from its front matter: kept together, apart from what the page is and says.
 *
 * @param aliases      other names a wiki link may use for the page, as Obsidian's {@code aliases:} gives them
 * @param redirectFrom the addresses the page was published at before, as written, each with where it is listed
 *                     ({@code redirect-from:}, and the addresses other tools list: Jekyll's {@code redirect_from:} and
 *                     {@code permalink:}, Hugo's {@code aliases:} and {@code url:}, Docusaurus' {@code slug:}, a site
 *                     file's redirects); links to them find the page, and each gets a page that sends the reader on
 *                     ({@link org.handbookpress.links.OldAddresses})
 * @param navTitle     the shorter title the navigation shows ({@code nav-title:}, Hugo's {@code linktitle:}, Docusaurus'
 *                     {@code sidebar_label:}); null when the navigation shows the page's title
 * @param tabTitle     the whole title of the browser's tab and bookmarks, mdBook's {@code {{#title …}}} ({@link MdBookTitle});
 *                     null when it is the page's title and the handbook's
 * @param tabName      the page's name in the browser's tab and bookmarks, before the handbook's, where it is not its title:
 *                     a Docusaurus doc's front matter {@code title:}, which Docusaurus puts there, when the doc's heading
 *                     titles the page ({@link DocusaurusTitles}); null otherwise
 */
public record PageNames(List<String> aliases, List<ListedAddress> redirectFrom, String navTitle, String tabTitle, String tabName) {

    public static final PageNames NONE = new PageNames(List.of(), List.of(), null);

    public PageNames {
        aliases = List.copyOf(aliases);
        redirectFrom = List.copyOf(redirectFrom);
    }

    /** Names with no title for the tab of its own, as front matter gives them. */
    public PageNames(List<String> aliases, List<ListedAddress> redirectFrom, String navTitle) {
        this(aliases, redirectFrom, navTitle, null, null);
    }

    public PageNames withNavTitle(String title) {
        return new PageNames(aliases, redirectFrom, title, tabTitle, tabName);
    }

    public PageNames withRedirectFrom(List<ListedAddress> addresses) {
        return new PageNames(aliases, addresses, navTitle, tabTitle, tabName);
    }

    public PageNames withTabTitle(String title) {
        return new PageNames(aliases, redirectFrom, navTitle, title, tabName);
    }

    public PageNames withTabName(String name) {
        return new PageNames(aliases, redirectFrom, navTitle, tabTitle, name);
    }
}
