package org.handbookpress.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Findings;

/**
 * The old addresses a site file lists for pages that moved (a GitBook space's {@code .gitbook.yaml} {@code redirects:},
 * the mkdocs-redirects plugin's {@code redirect_maps} in an {@code mkdocs.yml}, a Tech Docs Template's {@code redirects:}),
 * as those tools keep a moved page's address
 * working: each becomes the target page's old address, as if the page listed it under {@code redirect-from:}, so that
 * links, bookmarks and leaflets giving it still reach the page. A target that is no page, or an old address that a page
 * or folder has now, is said at its line of the file and left out.
 */
final class MovedPages {

    /** One redirect as listed: the old address (from the top, with {@code /}), the target page's path, and its line. */
    record Redirect(String from, String to, int line) {
    }

    static final MovedPages NONE = new MovedPages("", "", "", List.of());

    /** The file as the findings name it. */
    private final String file;
    /** The key its redirects are under, for a finding about an address to say where it is listed. */
    private final String listedUnder;
    /** Where the file's paths start, for the finding about a target that is no page ("the content folder"). */
    private final String pathsFrom;
    private final List<Redirect> redirects;
    private final Map<String, List<Redirect>> byTarget = new LinkedHashMap<>();

    MovedPages(String file, String listedUnder, String pathsFrom, List<Redirect> redirects) {
        this.file = file;
        this.listedUnder = listedUnder;
        this.pathsFrom = pathsFrom;
        this.redirects = List.copyOf(redirects);
        redirects.forEach(r -> byTarget.computeIfAbsent(r.to(), t -> new ArrayList<>()).add(r));
    }

    /**
     * The pages with the old addresses the file gives them added to those they list. A redirect to no page, or from the
     * address a page or a folder of pages has now (which the site serves there), is said at its line of the file and left
     * out.
     */
    List<Page> apply(List<Page> pages, Findings findings) {
        if (redirects.isEmpty()) {
            return pages;
        }
        Map<String, Page> byPath = new java.util.HashMap<>();
        // A target given as the page's address rather than its file (the Tech Docs Template's: standards/git.html for
        // standards/git.html.md.erb).
        Map<String, String> pathByUrl = new java.util.HashMap<>();
        // Each page's address as a redirect's is compared: without .html or index, in lower case.
        Map<String, String> addressByPath = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Page page : pages) {
            byPath.put(page.path(), page);
            pathByUrl.putIfAbsent(page.url(), page.path());
            String address = page.url().replaceFirst("(?:/?index)?\\.html$", "").toLowerCase(Locale.ROOT);
            addressByPath.put(page.path(), address);
            taken.add(address);
            for (String folder = page.folder(); !folder.isEmpty(); folder = SitePath.folderOf(folder)) {
                taken.add(folder.toLowerCase(Locale.ROOT)); // a folder's index page, its own or generated
            }
        }
        Map<String, List<Redirect>> kept = new LinkedHashMap<>();
        for (Redirect given : redirects) {
            Redirect r = byPath.containsKey(given.to()) || !pathByUrl.containsKey(given.to()) ? given
                    : new Redirect(given.from(), pathByUrl.get(given.to()), given.line());
            String key = r.from().substring(1).replaceFirst("(?:/?index)?(?:\\.html?)?/?$", "").toLowerCase(Locale.ROOT);
            if (!byPath.containsKey(r.to())) {
                findings.warning(file, r.line(), "page.redirect-invalid", "the redirect from '" + r.from() + "' goes to '" + r.to()
                                + "', which is no page of the handbook, so that address sends no one on",
                        "give the path of the page it moved to, from the top of " + pathsFrom + ", or remove the redirect");
            } else if (key.equals(addressByPath.get(r.to()))) {
                // secrets-ACL.html to secrets-acl.html (the GDS Way's): on a disk that ignores case the two are one file, so a
                // redirect written there would be the page itself; the site is the same on every computer, so none is.
                findings.warning(file, r.line(), "page.redirect-taken", "the redirect from '" + r.from() + "' is from the address of"
                                + " the page it sends to, " + byPath.get(r.to()).url() + ", written with other capital letters: on a disk that"
                                + " ignores case (Windows, macOS) the two are one file, so no redirect is written, and a web server that"
                                + " tells cases apart will not find '" + r.from() + "'",
                        "link to the page's own address, " + byPath.get(r.to()).url() + ", and remove the redirect");
            } else if (taken.contains(key)) {
                findings.warning(file, r.line(), "page.redirect-taken", "the redirect from '" + r.from() + "' is from the address of a"
                                + " page or folder of this handbook, which the site serves there instead",
                        "remove the redirect, or rename the page or folder that has the address");
            } else {
                kept.computeIfAbsent(r.to(), t -> new ArrayList<>()).add(r);
            }
        }
        return pages.stream().map(page -> withOldAddresses(page, kept.get(page.path()))).toList();
    }

    /** One page read again on its own (the preview's update after an edit), with the old addresses the file gives it. */
    Page apply(Page page) {
        return withOldAddresses(page, byTarget.containsKey(page.path()) ? byTarget.get(page.path()) : byTarget.get(page.url()));
    }

    /** The page with these redirects' old addresses added, each listed as this file's, at its line. */
    private Page withOldAddresses(Page page, List<Redirect> old) {
        if (old == null) {
            return page;
        }
        FrontMatter meta = page.meta();
        List<ListedAddress> all = new ArrayList<>(meta.names().redirectFrom());
        old.forEach(r -> all.add(new ListedAddress(r.from(), file, listedUnder, r.line())));
        FrontMatter moved = meta.withNames(meta.names().withRedirectFrom(List.copyOf(all)));
        return page.withMeta(moved);
    }
}
