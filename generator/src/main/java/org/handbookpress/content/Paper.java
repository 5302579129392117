package org.handbookpress.content;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes a printable pack can use, with the CSS @page size that names them. */
public enum Paper {
    A4("A4"), A5("A5"), LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    public String cssSize() {
        return cssSize;
    }

    public static Optional<Paper> parse(String text) {
        for (Paper paper : values()) {
            if (paper.name().equalsIgnoreCase(text.trim()) || paper.cssSize.equalsIgnoreCase(text.trim())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return this == LETTER ? "Letter" : name().toUpperCase(Locale.ROOT);
    }
}
