package org.handbookpress.content;

import java.util.List;

/**
 * Site settings from handbook.yml.
 *
 * @param nav     the navigation as written, or empty to derive it from folders and {@code order}
 * @param baseUrl absolute URL the site is published at, or null; only used where a relative link
 *                cannot work (sitemap.xml, links printed in PDFs)
 * @param strict  warnings fail the build, as {@code -Dhandbook.strict=true} does
 * @param brokenLinksAreWarnings {@code broken-links: warning}: links, anchors and images that cannot be
 *                resolved are warnings, and the site shows their text instead; for content being migrated
 */
public record HandbookConfig(String title, String organisation, String language, String description,
                             String baseUrl, List<NavEntry> nav, List<PackConfig> packs, boolean strict,
                             boolean stripScripts, boolean brokenLinksAreWarnings, List<Edition> pageEditions) {

    /** With page PDFs in the standard edition only. */
    public HandbookConfig(String title, String organisation, String language, String description, String baseUrl,
                          List<NavEntry> nav, List<PackConfig> packs, boolean strict, boolean stripScripts,
                          boolean brokenLinksAreWarnings) {
        this(title, organisation, language, description, baseUrl, nav, packs, strict, stripScripts, brokenLinksAreWarnings,
                List.of(Edition.STANDARD));
    }

    public static HandbookConfig defaults() {
        return new HandbookConfig("Handbook", "", "en", "", null, List.of(), List.of(), false, false, false);
    }
}
