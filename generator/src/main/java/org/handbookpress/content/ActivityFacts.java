package org.handbookpress.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a training activity's reader needs before starting, as lesson templates give it in front matter: how long it
 * takes ({@code time: "45 min"}), its format ({@code format: "A writing assignment, alone or with a friend"}), what to
 * have done first ({@code prereq:}) and what to bring ({@code materials:}). Mozilla's Open Leadership Training Series
 * writes its 25 activities so, and its layout shows them in a box above the text; they were dropped as unknown keys.
 * Read only when {@code prereq} or {@code materials} is there, which no other tool's front matter uses: {@code time} and
 * {@code format} alone stay other tools' keys (Quarto's {@code format: html} is an output, no fact for a reader).
 * Each value is Markdown.
 *
 * @param time          how long, or null
 * @param format        how it is done, or null
 * @param prerequisites what to have done first, or null
 * @param materials     what to bring, or null
 */
public record ActivityFacts(String time, String format, String prerequisites, String materials) {

    /** The keys, read together. */
    static final String TIME = "time";
    static final String FORMAT = "format";
    static final String PREREQ = "prereq";
    static final String MATERIALS = "materials";
    /** In the order they are shown. */
    public static final java.util.List<String> KEYS = java.util.List.of(TIME, FORMAT, PREREQ, MATERIALS);
    /** A format written as one lower-case word names an output (Pandoc's and Quarto's {@code html}, {@code revealjs}). */
    private static final Pattern OUTPUT = Pattern.compile("[a-z0-9_+-]+");

    /** The facts the front matter gives, when it gives {@code prereq} or {@code materials}. */
    static Optional<ActivityFacts> read(YamlMap yaml) {
        String prerequisites = text(yaml, PREREQ);
        String materials = text(yaml, MATERIALS);
        if (prerequisites == null && materials == null) {
            return Optional.empty();
        }
        String format = text(yaml, FORMAT);
        return Optional.of(new ActivityFacts(text(yaml, TIME), format == null || OUTPUT.matcher(format).matches() ? null : format,
                prerequisites, materials));
    }

    /** Whether the key is read as one of the facts (a {@code format} naming an output is not). */
    public boolean reads(String key) {
        return key.equals(PREREQ) || key.equals(MATERIALS) || key.equals(TIME) && time != null || key.equals(FORMAT) && format != null;
    }

    /** The text of one of the {@link #KEYS}, or null. */
    public String text(String key) {
        return switch (key) {
            case TIME -> time;
            case FORMAT -> format;
            case PREREQ -> prerequisites;
            case MATERIALS -> materials;
            default -> null;
        };
    }

    /** A key's text, when it is a scalar with words; null otherwise. */
    private static String text(YamlMap yaml, String key) {
        String value = yaml.has(key) ? yaml.foreignText(key) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
