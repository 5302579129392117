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

    public LabelCatalogues catalogues() {
        return catalogues;
    }
}
