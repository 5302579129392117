package org.handbookpress.links;

/**
 * Relative URLs between site paths, so every link works from file://, a sub-path, or a server root.
 * {@link #between} is where a site path becomes an href: every link the build writes goes through it.
 */
public final class RelativeUrl {

    private RelativeUrl() {
    }

    /**
     * @param from a page's path from the site root ({@code toolkit/01-setting-up.html})
     * @param to   the target's path from the site root ({@code policies/safeguarding.html})
     * @return e.g. {@code ../policies/safeguarding.html}, each segment percent-encoded ({@link UrlPath#encode})
     */
    public static String between(String from, String to) {
        // Every link of every page comes here (a page's navigation alone makes about a hundred), so the
        // folders both paths share are found by comparing them in place rather than by splitting both.
        int common = 0; // where the first folder not shared by both starts
        while (true) {
            int fromSlash = from.indexOf('/', common);
            if (fromSlash < 0 || fromSlash != to.indexOf('/', common) || !from.regionMatches(common, to, common, fromSlash - common)) {
                break;
            }
            common = fromSlash + 1;
        }
        StringBuilder out = new StringBuilder(to.length() - common + 16);
        for (int slash = from.indexOf('/', common); slash >= 0; slash = from.indexOf('/', slash + 1)) {
            out.append("../");
        }
        int start = common;
        for (int slash = to.indexOf('/', start); slash >= 0; slash = to.indexOf('/', start)) {
            out.append(UrlPath.encode(to.substring(start, slash))).append('/');
            start = slash + 1;
        }
        return out.append(UrlPath.encode(to.substring(start))).toString();
    }

    /** The href of the element with {@code id} on page {@code on}, from page {@code from}: the fragment alone on the page itself. */
    static String toId(org.handbookpress.content.Page from, org.handbookpress.content.Page on, String id) {
        return (on.path().equals(from.path()) ? "" : between(from.url(), on.url())) + "#" + UrlPath.encodeFragment(id);
    }

    /**
     * Resolves a relative path against a folder, folding "." and "..".
     *
     * @return the normalised path, or null when it climbs above the root
     */
    public static String resolve(String folder, String relative) {
        return org.handbookpress.files.SitePaths.resolve(folder, relative);
    }
}
