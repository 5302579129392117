package org.handbookpress.labels;

import java.util.function.Function;

/**
 * The labels each page is written with: the handbook's language's, or, for a page in a folder of translations
 * ({@code cy/…}), that folder's language's, as its {@code <html lang>} says.
 */
public final class PageLabels {

    private final LabelCatalogues catalogues;
    private final String language;
    private final Function<String, String> folderLanguage;

    /**
     * @param language       the handbook's language ({@code en-GB})
     * @param folderLanguage a page's path to its folder's language, or null when it is in none
     */
    public PageLabels(LabelCatalogues catalogues, String language, Function<String, String> folderLanguage) {
        this.catalogues = catalogues;
        this.language = language;
        this.folderLanguage = folderLanguage;
    }

    /** The English labels alone, for code run without a handbook (tests). */
    public static PageLabels english() {
        return new PageLabels(new LabelCatalogues(null), "en", path -> null);
    }

    /** The labels of the handbook's own language: for what belongs to no one page (the navigation, the Documents page). */
    public Labels handbook() {
        return catalogues.forLanguage(language);
    }

    /** The labels of the page at a path ({@code cy/about.md}) or address ({@code cy/about.html}). */
    public Labels of(String path) {
        String own = folderLanguage.apply(path);
        return catalogues.forLanguage(own != null ? own : language);
    }

    /**
     * The labels of the words the build writes into a page's text (a box's "Note", a footnote's way back): in the
     * language the page says its text is in ({@code lang: cy} among English pages), where the theme or the user has
     * words in it; else {@link #of}'s. That text is marked as the page's language, so an English "Note" in it was read
     * with a Welsh voice, and stood in English among Welsh words.
     *
     * @param ownLanguage the language the page's front matter gives, or null
     */
    public Labels ofText(String path, String ownLanguage) {
        return ownLanguage != null && catalogues.translates(ownLanguage) ? catalogues.forLanguage(ownLanguage) : of(path);
    }

    public LabelCatalogues catalogues() {
        return catalogues;
    }
}
