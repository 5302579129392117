package org.handbookpress.content;

import java.util.List;

/**
 * A printable PDF pack from {@code packs:} in handbook.yml.
 *
 * @param include files, folders or glob patterns relative to the content folder, in print order
 * @param forms    whether exercises also become fillable PDF form fields
 * @param editions which editions to make ({@code editions: [standard, large-print, epub]}), in that order
 */
public record PackConfig(String id, String title, String subtitle, List<String> include, Paper paper,
                         boolean forms, int line, List<Edition> editions, List<Integer> includeLines) {

    /** The standard edition only, as a pack without {@code editions:} is. */
    public PackConfig(String id, String title, String subtitle, List<String> include, Paper paper, boolean forms, int line) {
        this(id, title, subtitle, include, paper, forms, line, List.of(Edition.STANDARD));
    }

    /** A pack whose include entries' own lines are not known: each is reported at the pack's. */
    public PackConfig(String id, String title, String subtitle, List<String> include, Paper paper, boolean forms, int line,
                      List<Edition> editions) {
        this(id, title, subtitle, include, paper, forms, line, editions, List.of());
    }

    /** The line of handbook.yml where the {@code index}th entry of {@code include:} is written, else the pack's. */
    public int includeLine(int index) {
        return index < includeLines.size() ? includeLines.get(index) : line;
    }
}
