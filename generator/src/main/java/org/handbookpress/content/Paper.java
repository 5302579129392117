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

    /**
     * The paper of this paper's large-print edition: A4 for A4 and A5 (an A5 page at 18 pt holds too few words a line),
     * Letter for Letter. Letter is wider than A4, and where it is the paper, A4 is not in the printer: a Letter pack's
     * large print on A4 came out scaled down, or cut off at its foot, on an American or Canadian office's printer.
     */
    public Paper largePrint() {
        return this == LETTER ? LETTER : A4;
    }
}
