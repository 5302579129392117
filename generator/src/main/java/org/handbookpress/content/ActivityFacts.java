package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a training activity's reader needs before starting, as lesson templates give it in front matter: how long it
 * takes ({@code time: "45 min"}), its format ({@code format: "A writing assignment, alone or with a friend"}), what to
 * have done first ({@code prereq:}) and what to bring ({@code materials:}). Mozilla's Open Leadership Training Series
 * writes its 25 activities so, and its layout shows them in a box above the text; they were dropped as unknown keys.
 * Read only when {@code prereq} or {@code materials} is there, which no other tool's front matter uses: {@code time} and
 * {@code format} alone stay other tools' keys (Quarto's {@code format: html} is an output, no fact for a reader).
 * Each value is Markdown, and may be a list ({@code materials:} then {@code - paper}, {@code - pens}): every item is a fact.
 *
 * @param time          how long
 * @param format        how it is done
 * @param prerequisites what to have done first
 * @param materials     what to bring
 */
public record ActivityFacts(Fact time, Fact format, Fact prerequisites, Fact materials) {

    /**
     * One fact's text: a value written alone is one item, a list's values are one each.
     *
     * @param items         each item's Markdown, in order
     * @param linesBelowKey how many lines below the key each item is written (0 on the key's own line), so that a finding
     *                      in an item points at it
     */
    public record Fact(List<String> items, List<Integer> linesBelowKey) {

        static final Fact NONE = new Fact(List.of(), List.of());

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /** The keys, read together. */
    static final String TIME = "time";
    static final String FORMAT = "format";
    static final String PREREQ = "prereq";
    static final String MATERIALS = "materials";
    /** In the order they are shown. */
    public static final List<String> KEYS = List.of(TIME, FORMAT, PREREQ, MATERIALS);
    /** A format written as one lower-case word names an output (Pandoc's and Quarto's {@code html}, {@code revealjs}). */
    private static final Pattern OUTPUT = Pattern.compile("[a-z0-9_+-]+");

    /** The facts the front matter gives, when it gives {@code prereq} or {@code materials}. */
    static Optional<ActivityFacts> read(YamlMap yaml) {
        Fact prerequisites = fact(yaml, PREREQ);
        Fact materials = fact(yaml, MATERIALS);
        if (prerequisites.isEmpty() && materials.isEmpty()) {
            return Optional.empty();
        }
        Fact format = fact(yaml, FORMAT);
        boolean output = format.items().stream().anyMatch(item -> OUTPUT.matcher(item).matches());
        return Optional.of(new ActivityFacts(fact(yaml, TIME), output ? Fact.NONE : format, prerequisites, materials));
    }

    /** Whether the key is read as one of the facts (a {@code format} naming an output is not). */
    public boolean reads(String key) {
        return key.equals(PREREQ) || key.equals(MATERIALS) || key.equals(TIME) && !time.isEmpty() || key.equals(FORMAT) && !format.isEmpty();
    }

    /** The fact of one of the {@link #KEYS}; empty when the front matter gives none. */
    public Fact fact(String key) {
        return switch (key) {
            case TIME -> time;
            case FORMAT -> format;
            case PREREQ -> prerequisites;
            case MATERIALS -> materials;
            default -> Fact.NONE;
        };
    }

    /** A key's items that have words. */
    private static Fact fact(YamlMap yaml, String key) {
        if (!yaml.has(key)) {
            return Fact.NONE;
        }
        List<String> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int keyLine = yaml.lineOf(key);
        for (YamlMap.Item item : yaml.foreignItems(key)) {
            if (!item.text().isBlank()) {
                items.add(item.text().strip());
                lines.add(item.line() - keyLine);
            }
        }
        return items.isEmpty() ? Fact.NONE : new Fact(List.copyOf(items), List.copyOf(lines));
    }
}
