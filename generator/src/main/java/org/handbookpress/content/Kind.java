package org.handbookpress.content;

import java.util.Locale;
import java.util.Optional;

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

    public static Optional<Kind> parse(String text) {
        for (Kind kind : values()) {
            if (kind.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
