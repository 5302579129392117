package org.handbookpress.content;

import java.util.Locale;
import java.util.Optional;
import org.handbookpress.text.EditDistance;

/** What a page is, from {@code kind:} in its front matter; each kind has its own layout. */
public enum Kind {
    PAGE, CHAPTER, AGREEMENT, POLICY, SLIDES, SESSION, GLOSSARY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Agreements and policies carry review dates and are listed on the Documents page. */
    public boolean isReviewed() {
        return this == AGREEMENT || this == POLICY;
    }

    /**
     * Chapters, policies, agreements and the glossary are each printed as a PDF of their own, which their page and the
     * Downloads page link (a deck prints its slides and handout instead): one rule for the PDF stage, which prints
     * them, and for the site, which has a Downloads page when there are any.
     */
    public boolean hasOwnPdf() {
        return this == CHAPTER || this == POLICY || this == AGREEMENT || this == GLOSSARY;
    }

    public static Optional<Kind> parse(String text) {
        for (Kind kind : values()) {
            if (kind.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a misspelt {@code kind:} most likely means, for the finding's fix: one a letter or two away ("chaptr",
     * "agreements"), or beginning with the same four letters ("policies", "slide"); empty when none is near.
     */
    public static Optional<Kind> near(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (EditDistance.between(kind.id(), t) <= 2 || t.length() >= 4 && kind.id().startsWith(t.substring(0, 4))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
