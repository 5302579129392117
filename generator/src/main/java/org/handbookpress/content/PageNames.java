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
 */
public record PageNames(List<String> aliases, List<ListedAddress> redirectFrom, String navTitle) {

    public static final PageNames NONE = new PageNames(List.of(), List.of(), null);

    public PageNames {
        aliases = List.copyOf(aliases);
        redirectFrom = List.copyOf(redirectFrom);
    }
}
