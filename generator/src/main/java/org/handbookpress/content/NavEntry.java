package org.handbookpress.content;

import java.util.List;

/**
 * One entry of {@code nav:} in handbook.yml: a page path ({@code index.md}), a folder
 * ({@code toolkit/}), or either with an explicit label ({@code Toolkit: toolkit/}). Or a group: a name over entries,
 * leading nowhere itself, as a book's table of contents names its parts (bookdown's {@code # (PART) Foundations {-}},
 * an mdBook SUMMARY.md's {@code # User guide}).
 *
 * @param label   the label to show, or null to use the page's or folder's own title; a group's name
 * @param target  the page or folder; null for a group
 * @param entries a group's entries, or a page's sub-chapters (a SUMMARY.md's chapters nested under it); empty for any
 *                other entry
 */
public record NavEntry(String label, String target, int line, List<NavEntry> entries) {

    public NavEntry(String label, String target, int line) {
        this(label, target, line, List.of());
    }

    /**
     * A group named {@code label} over {@code entries}, at the line of the file that names it; a null label is a book's
     * appendices ({@link #isAppendices}).
     */
    public static NavEntry group(String label, int line, List<NavEntry> entries) {
        return new NavEntry(label, null, line, List.copyOf(entries));
    }

    public boolean isGroup() {
        return target == null;
    }

    /**
     * Whether the group is a book's appendices (a Quarto book's {@code appendices:}), which have no name of the author's:
     * the menu names them in the handbook's language, as Quarto's sidebar does in the book's.
     */
    public boolean isAppendices() {
        return isGroup() && label == null;
    }

    public boolean isFolder() {
        return target != null && target.endsWith("/");
    }
}
