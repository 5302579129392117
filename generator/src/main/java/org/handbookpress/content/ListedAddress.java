package org.handbookpress.content;

/**
 * An address a page was published at before, with where it is listed: under a key of the page's own front matter
 * ({@code redirect-from:}, Jekyll's {@code redirect_from:} or {@code permalink:}, Hugo's {@code aliases:} or {@code url:},
 * Docusaurus' {@code slug:}), or in a site file's redirects (a GitBook space's {@code .gitbook.yaml}, an
 * {@code mkdocs.yml}'s {@code redirect_maps}). A finding about the address names that place and a fix that fits it: the
 * two are changed in different files, and a {@code permalink:} is the page's address on the old site, not a redirect.
 *
 * @param written  the address as written
 * @param siteFile the site file that lists it, as findings name it ({@code ../mkdocs.yml}); null when the page's front
 *                 matter does
 * @param key      the key it is listed under ({@code redirect_from}, {@code redirects})
 * @param line     its line in that file, or of the key in the page's file; 0 when not known (a folder's defaults)
 */
public record ListedAddress(String written, String siteFile, String key, int line) {

    /** An address the page's own front matter lists under {@code key}, on {@code line} of the page's file. */
    public static ListedAddress inFrontMatter(String written, String key, int line) {
        return new ListedAddress(written, null, key, line);
    }

    public boolean isInFrontMatter() {
        return siteFile == null;
    }
}
