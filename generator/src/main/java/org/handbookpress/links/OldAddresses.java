package org.handbookpress.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.handbookpress.content.ListedAddress;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.findings.Findings;

/**
 * The addresses pages were published at before ({@code redirect-from:} and the other tools' keys that
 * {@link org.handbookpress.content.FrontMatter#redirectFrom} reads). A policy that moved keeps its old address
 * working: links written to it find the page, and the site gets a page at it that sends the reader on (as Hugo's
 * {@code aliases} and Jekyll's {@code redirect_from} do), for the bookmarks, emails and printed leaflets that still
 * give it.
 *
 * <p>An address is a site path: folders and a name, ending in {@code /}, {@code .html} or nothing, from the site's
 * root when it starts with {@code /} and from the page's folder otherwise. It names the same thing written any of
 * those ways ({@code /a/b/}, {@code /a/b}, {@code /a/b.html}, {@code /a/b/index.html}): its key is the path without
 * them ({@code a/b}).
 */
public final class OldAddresses {

    /** A file extension on a name: an address ending in one other than .html names a file, not a page. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]+$");
    /** The longest folder or file name an address may have: file systems take 255 bytes, and UTF-8 may need 3 a letter. */
    private static final int MAX_NAME = 80;

    /**
     * One address a page lists.
     *
     * @param key     the site path it names, without a trailing {@code /} or {@code .html} ({@code a/b}); null when
     *                it cannot be one of this site's addresses, and then {@code problem} says why
     * @param file    the file its redirect page is written to: {@code a/b/index.html}, or {@code a/b.html} when written so
     * @param listed  where the page's front matter or a site file lists it; null for an address read to look a link up
     */
    record Address(Page page, String written, String key, String file, String problem, ListedAddress listed) {

        Address listedAt(ListedAddress where) {
            return new Address(page, written, key, file, problem, where);
        }

        /** The file a finding about the address points at: the site file that lists it, or the page's own. */
        String listingFile() {
            return listed.isInFrontMatter() ? page.path() : listed.siteFile();
        }

        /**
         * How a link finds the page by this address, naming where it is listed: the key of the page's front matter (a
         * {@code permalink:} or {@code url:} being the address the page had on the old site), or the site file's redirects.
         */
        String foundBy() {
            String line = listed.line() > 0 ? " (line " + listed.line() + ")" : "";
            if (!listed.isInFrontMatter()) {
                return "by an old address that " + listed.siteFile() + "'s " + listed.key() + " gives that page" + line;
            }
            return ADDRESS_KEYS.contains(listed.key()) ? "by its " + listed.key() + ":" + line + ", the address it had on the old site"
                    : "by an old address that page lists under " + listed.key() + ":" + line;
        }

        /** What to do, and why the listing can stay: it goes on sending old links, bookmarks and leaflets on. */
        String fix(String pageItself) {
            String link = "link to the page itself, " + pageItself;
            if (!listed.isInFrontMatter()) {
                return link + "; the redirect in " + listed.siteFile() + " can stay, for bookmarks and printed copies";
            }
            return ADDRESS_KEYS.contains(listed.key()) ? link + ": here a page's address comes from its file, and its "
                    + listed.key() + ": is kept as an old address, for bookmarks and printed copies"
                    : link + "; " + listed.key() + ": can stay, for bookmarks and printed copies";
        }
    }

    /** Keys that give the page's own address on the old site, not an address it moved from (Jekyll's, Hugo's, Docusaurus' slug and id). */
    private static final java.util.Set<String> ADDRESS_KEYS = java.util.Set.of("permalink", "url", "slug", "id");

    private final List<Address> addresses;
    /** The usable addresses by key, leaving out those two pages list: such an address is neither's. */
    private final Map<String, Address> byKey;
    private final Map<String, List<Page>> shared;

    private OldAddresses(List<Address> addresses) {
        this.addresses = List.copyOf(addresses);
        Map<String, Address> byKey = new HashMap<>();
        Map<String, List<Page>> shared = new LinkedHashMap<>();
        for (Address address : addresses) {
            if (address.key() == null) {
                continue;
            }
            // In any case: on the file systems of Windows and macOS /Leave/ and /leave/ are one folder.
            String lower = address.key().toLowerCase(Locale.ROOT);
            Address before = byKey.putIfAbsent(lower, address);
            if (before != null && before.page() != address.page()) {
                shared.computeIfAbsent(lower, k -> new ArrayList<>(List.of(before.page()))).add(address.page());
            }
        }
        byKey.keySet().removeAll(shared.keySet());
        this.byKey = byKey;
        this.shared = shared;
    }

    /** The old addresses of these pages, in their order. */
    public static OldAddresses of(Collection<Page> pages) {
        List<Address> addresses = new ArrayList<>();
        for (Page page : pages) {
            List<String> seen = new ArrayList<>();
            for (ListedAddress listed : page.meta().names().redirectFrom()) {
                Address address = read(page, page.folder(), listed.written()).listedAt(listed);
                String key = address.key() == null ? null : address.key().toLowerCase(Locale.ROOT);
                if (key == null || !seen.contains(key)) { // /a/, /A/ and /a/index.html are one address
                    addresses.add(address);
                }
                if (key != null) {
                    seen.add(key);
                }
            }
        }
        return new OldAddresses(addresses);
    }

    /** The address {@code written} on {@code page}, whose folder relative addresses start from. */
    static Address read(Page page, String folder, String written) {
        if (WrittenAddress.isNoPath(written)) {
            return unusable(page, written, "is on another website, which this site cannot send anyone from");
        }
        if (written.chars().anyMatch(c -> c == '?' || c == '#' || c == '\\' || c < 0x20)) {
            return unusable(page, written, "is not a plain address: it has a query, a fragment or a backslash");
        }
        String resolved = RelativeUrl.resolve(folder, UrlPath.decode(written));
        if (resolved == null) {
            return unusable(page, written, "climbs out of the site");
        }
        boolean asFolder = resolved.isEmpty() || resolved.endsWith("/");
        String path = asFolder && !resolved.isEmpty() ? resolved.substring(0, resolved.length() - 1) : resolved;
        String fileExtension = null;
        for (String index : List.of("index.html", "index.htm")) {
            if (path.equals(index) || path.endsWith("/" + index)) {
                path = path.substring(0, path.length() - index.length() - (path.equals(index) ? 0 : 1));
                asFolder = true;
            }
        }
        if (!asFolder) {
            for (String extension : List.of(".html", ".htm")) {
                if (path.endsWith(extension) && fileExtension == null) {
                    path = path.substring(0, path.length() - extension.length());
                    fileExtension = extension;
                }
            }
        }
        if (path.isEmpty()) {
            return new Address(page, written, "", "index.html", null, null); // the home page's address: always taken
        }
        for (String name : path.split("/")) {
            // A name no file system can take would stop the build where it is written: it is reported instead.
            if (name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0)) {
                return unusable(page, written, "has a name no file can have ('" + name.substring(0, Math.min(name.length(), 40)) + "')");
            }
            if (EXTENSION.matcher(name).find()) {
                return unusable(page, written, "names a file ('" + name + "'), not a page: only addresses ending in /, .html or a plain name can send the reader on");
            }
        }
        return new Address(page, written, path, fileExtension == null ? path + "/index.html" : path + fileExtension, null, null);
    }

    /**
     * Whether an old address is the page's own: its file's, or, for a folder's own page, its folder's, where the site
     * shows it too (a Hugo section's {@code _index.md} listing {@code aliases: [/allies/]} for {@code allies/}).
     */
    private static boolean isOwn(Address address, Page page) {
        String url = page.url();
        return address.key().equalsIgnoreCase(read(null, "", "/" + url).key())
                // a page published away from its file's address (a Jupyter Book's root in pages/, at index.html) lists that
                // address to keep it working; the page's file there is what the site's other pages call "taken"
                || page.atOtherAddress() && address.key().equalsIgnoreCase(read(null, "", "/" + Page.address(page.path())).key())
                || Handbook.folderPageRank(page.fileName()) >= 0
                && address.key().equalsIgnoreCase(read(null, "", "/" + url.substring(0, url.lastIndexOf('/') + 1)).key());
    }

    private static Address unusable(Page page, String written, String why) {
        return new Address(page, written, null, null, why, null);
    }

    /** The old address a link names ({@code resolved}, a site path as the link resolves), with its page, if one does. */
    Optional<Address> address(String resolved) {
        if (byKey.isEmpty() || resolved == null) {
            return Optional.empty();
        }
        Address address = read(null, "", "/" + resolved);
        return address.key() == null ? Optional.empty() : Optional.ofNullable(byKey.get(address.key().toLowerCase(Locale.ROOT)));
    }

    /** Every address the pages list, in their order (one per page for each place, whatever its case). */
    List<Address> addresses() {
        return addresses;
    }

    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    /**
     * The redirect pages to write, by their file, each with the page it sends the reader to; every address that
     * gets none is reported: one that cannot be an address of this site, one two pages list, and one that is already
     * the address of a page or file of the handbook ({@code taken}, given the key, which should ignore case as the file
     * systems of Windows and macOS do), which the site serves instead. {@code hasFile} says whether the site has a file at
     * a site path, in any case.
     */
    public Map<String, Page> redirects(Predicate<String> taken, Predicate<String> hasFile, Findings findings) {
        Map<String, Page> redirects = new TreeMap<>();
        for (Address address : addresses) {
            Page page = address.page();
            int line = address.listed().line();
            String quoted = "the old address '" + address.written() + "'";
            if (address.key() != null && isOwn(address, page)) {
                // The page's own address, as a Jekyll page's permalink is: its old form (about/ for about.md) still sends
                // the reader to it, unless the site has a file there (a home page's permalink: / is index.html itself).
                if (!hasFile.test(address.file())) {
                    redirects.put(address.file(), page);
                }
                continue;
            }
            if (address.key() == null) {
                findings.warning(address.listingFile(), line, "page.redirect-invalid", quoted + " " + address.problem()
                        + "; nothing is written for it", "list the addresses this handbook's pages had, such as /policies/old-name/");
            } else if (shared.containsKey(address.key().toLowerCase(Locale.ROOT))) {
                List<Page> listing = shared.get(address.key().toLowerCase(Locale.ROOT));
                if (listing.get(0) == page) { // said once, by the first page that lists it
                    List<String> pages = listing.stream().map(Page::path).distinct().toList();
                    findings.warning(address.listingFile(), line, "page.redirect-taken", quoted + " is listed by "
                                    + (pages.size() == 2 ? String.join(" and ", pages)
                                            : String.join(", ", pages.subList(0, pages.size() - 1)) + " and " + pages.get(pages.size() - 1))
                                    + ", so it sends the reader to " + (pages.size() == 2 ? "neither" : "none of them"),
                            "keep the address on the one page it belonged to");
                }
            } else if (taken.test(address.key())) {
                findings.warning(address.listingFile(), line, "page.redirect-taken", quoted + " is the address of a page or file of"
                                + " this handbook, which the site serves there instead",
                        "remove it from the list, or rename the page or file that has it");
            } else {
                redirects.put(address.file(), page);
            }
        }
        return redirects;
    }
}
