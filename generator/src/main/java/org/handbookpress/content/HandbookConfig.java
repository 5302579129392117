package org.handbookpress.content;

import java.util.List;

/**
 * Site settings from handbook.yml.
 *
 * @param nav     the navigation as written, or empty to derive it from folders and {@code order}
 * @param baseUrl absolute URL the site is published at, or null; only used where a relative link
 *                cannot work (sitemap.xml, links printed in PDFs)
 * @param strict  warnings fail the build, as {@code -Dhandbook.strict=true} does
 * @param folderDefaults front matter for pages matching a glob ({@code defaults:}), see {@link FolderDefaults}
 * @param reader  the options that serve readers rather than authors: the handbook's id, quick exit,
 *                the offline copy and what the installed site keeps offline
 * @param brokenLinksAreWarnings {@code broken-links: warning}: links, anchors and images that cannot be
 *                resolved are warnings, and the site shows their text instead; for content being migrated
 * @param stripScripts {@code strip-scripts: true}: code in content is removed with a notice rather than a
 *                warning (removing it is the default since the sanitiser; the key is kept for compatibility)
 * @param allowScripts {@code allow-scripts: true}: inline scripts in content are kept, each with a warning
 * @param translations {@code languages:}, the title, organisation and description in each folder of translations'
 *                language, by its tag ({@code cy}), as Hugo's {@code languages:} gives them; what one leaves out is the handbook's
 */
public record HandbookConfig(String title, String organisation, String language, String description,
                             String baseUrl, List<NavEntry> nav, List<PackConfig> packs, boolean strict,
                             boolean stripScripts, boolean brokenLinksAreWarnings, boolean allowScripts,
                             FolderDefaults folderDefaults, List<Edition> pageEditions,
                             ReaderOptions reader, java.util.Map<String, Translated> translations) {

    /** A folder of translations' own words for the handbook: each null where the handbook's serve. */
    public record Translated(String title, String organisation, String description) {
    }

    /** Without {@code languages:}. */
    public HandbookConfig(String title, String organisation, String language, String description, String baseUrl,
                          List<NavEntry> nav, List<PackConfig> packs, boolean strict, boolean stripScripts,
                          boolean brokenLinksAreWarnings, boolean allowScripts, FolderDefaults folderDefaults,
                          List<Edition> pageEditions, ReaderOptions reader) {
        this(title, organisation, language, description, baseUrl, nav, packs, strict, stripScripts, brokenLinksAreWarnings,
                allowScripts, folderDefaults, pageEditions, reader, java.util.Map.of());
    }

    /** Without {@code allow-scripts:}, {@code defaults:} and page editions. */
    public HandbookConfig(String title, String organisation, String language, String description, String baseUrl,
                          List<NavEntry> nav, List<PackConfig> packs, boolean strict, boolean stripScripts,
                          boolean brokenLinksAreWarnings) {
        this(title, organisation, language, description, baseUrl, nav, packs, strict, stripScripts, brokenLinksAreWarnings,
                false, FolderDefaults.none(), List.of(Edition.STANDARD), ReaderOptions.defaults(title));
    }

    /** The same settings with this navigation (a book's table of contents, when handbook.yml gives none). */
    public HandbookConfig withNav(List<NavEntry> entries) {
        return new HandbookConfig(title, organisation, language, description, baseUrl, List.copyOf(entries), packs, strict,
                stripScripts, brokenLinksAreWarnings, allowScripts, folderDefaults, pageEditions, reader, translations);
    }

    /**
     * The paper of the PDFs printed outside any pack (a page's own PDF, a deck's handout): the first pack's, else A4.
     * One handbook prints on one paper, so a charity using Letter or A5 gets it throughout, never A4 beside it.
     */
    public Paper printPaper() {
        return packs.isEmpty() ? Paper.A4 : packs.get(0).paper();
    }

    /** A language tag another tool may write, with {@code _} for {@code -} ({@code pt_BR}). */
    private static final java.util.regex.Pattern OTHER_TOOLS_LANGUAGE =
            java.util.regex.Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

    /**
     * The settings another tool's site file gives a handbook that has no handbook.yml (mkdocs.yml, docusaurus.config.js):
     * its title, description and language, each the default where it gives none or no language tag.
     */
    static HandbookConfig fromOtherTool(String title, String description, String language) {
        HandbookConfig defaults = defaults();
        String tag = language == null ? null : language.strip();
        return new HandbookConfig(title == null || title.isBlank() ? defaults.title() : title.strip(), "",
                tag != null && OTHER_TOOLS_LANGUAGE.matcher(tag).matches() ? tag.replace('_', '-') : defaults.language(),
                description == null ? "" : description.strip(), null, List.of(), List.of(), false, false, false);
    }

    public static HandbookConfig defaults() {
        return new HandbookConfig("Handbook", "", "en", "", null, List.of(), List.of(), false, false, false);
    }
}
