package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * The editions a pack (or every page PDF) is made in, as accessible-information guidance asks
 * organisations to offer alternative formats at the same time as the standard copy.
 */
public enum Edition {
    /** The PDF as designed: {@code downloads/<id>.pdf}. */
    STANDARD("standard", ".pdf", "PDF"),
    /** Reflowed at 18 pt, single column, A4 (Letter for a Letter pack): {@code downloads/<id>-large-print.pdf}. */
    LARGE_PRINT("large-print", "-large-print.pdf", "Large print PDF"),
    /** A reflowable EPUB 3 e-book: {@code downloads/<id>.epub}. */
    EPUB("epub", ".epub", "EPUB e-book");

    private final String id;
    private final String suffix;
    private final String label;

    Edition(String id, String suffix, String label) {
        this.id = id;
        this.suffix = suffix;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** What follows the pack id or page path in the file name. */
    public String suffix() {
        return suffix;
    }

    /** How the Downloads page and page links name this edition. */
    public String label() {
        return label;
    }

    public boolean isPdf() {
        return this != EPUB;
    }

    public static Optional<Edition> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (Edition e : values()) {
            if (e.id.equals(t) || (e == LARGE_PRINT && t.equals("largeprint"))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The editions listed under {@code key}, in the fixed order standard, large print, EPUB; the
     * standard edition when the key is absent. An unknown name is an error on its line.
     */
    static List<Edition> read(YamlMap yaml, String key, String file, Findings findings) {
        if (!yaml.has(key)) {
            return List.of(STANDARD);
        }
        List<Edition> chosen = new ArrayList<>();
        for (String name : yaml.strings(key)) {
            Optional<Edition> edition = parse(name);
            if (edition.isEmpty()) {
                findings.error(file, yaml.lineOf(key), "config.edition", "unknown edition '" + name + "' in '" + key + "'",
                        "use standard, large-print or epub");
            } else if (!chosen.contains(edition.get())) {
                chosen.add(edition.get());
            }
        }
        chosen.sort(null);
        return List.copyOf(chosen);
    }
}
