package org.handbookpress.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.Page;
import org.handbookpress.text.EditDistance;
import org.handbookpress.text.QuickScan;

/**
 * The footnotes a page's Markdown writes, read from its source: each note ({@code [^name]: …} at a line's start) and
 * each reference ({@code [^name]} elsewhere), by name and line, outside code. The Markdown pairs them by name exactly,
 * capitals too; a note no reference names is dropped without a word and a reference no note names is left as its
 * brackets, so one misspelt name ({@code text[^volunteer]} with the note written {@code [^volunter]:}) lost the note.
 * From the names the two findings say which note a reference may have meant, and the reverse.
 */
final class PageFootnotes {

    /** A reference's or a note's name: a word, a number or a name of several ([^2], [^long-note]), as UnrenderedMarkdown reads it. */
    static final Pattern REFERENCE = Pattern.compile("\\[\\^([\\p{L}\\p{N}_.-]+)\\]");
    /** A note: its name at the start of a line, as a block starts (up to three spaces in), and a colon. */
    private static final Pattern NOTE = Pattern.compile("^ {0,3}\\[\\^([\\p{L}\\p{N}_.-]+)\\]:");
    /** Inline code, whose text is shown as written: `[^1]` there is an example of the syntax, no reference. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1");
    private static final PageFootnotes NONE = new PageFootnotes(List.of(), List.of());

    /** A note's or a reference's name, and the file line it is written on (1-based). */
    record Named(String name, int line) {
    }

    private final List<Named> notes;
    private final List<Named> references;
    private final Set<String> noteNames = new HashSet<>();
    private final Set<String> referenceNames = new HashSet<>();

    private PageFootnotes(List<Named> notes, List<Named> references) {
        this.notes = notes;
        this.references = references;
        notes.forEach(n -> noteNames.add(n.name()));
        references.forEach(r -> referenceNames.add(r.name()));
    }

    static PageFootnotes of(Page page) {
        String markdown = page.markdown();
        if (!QuickScan.contains(markdown, "[^")) {
            return NONE; // almost every page: not split into lines
        }
        List<Named> notes = new ArrayList<>();
        List<Named> references = new ArrayList<>();
        CodeFences fences = new CodeFences();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fences.inCode(line) || !line.contains("[^")) {
                continue;
            }
            int fileLine = page.bodyLine() + i;
            Matcher note = NOTE.matcher(line);
            int from = 0;
            if (note.find()) {
                notes.add(new Named(note.group(1), fileLine));
                from = note.end();
            }
            Matcher reference = REFERENCE.matcher(CODE_SPAN.matcher(line.substring(from)).replaceAll(""));
            while (reference.find()) {
                references.add(new Named(reference.group(1), fileLine));
            }
        }
        return notes.isEmpty() && references.isEmpty() ? NONE : new PageFootnotes(List.copyOf(notes), List.copyOf(references));
    }

    /**
     * The page's footnotes, read when first asked for and kept: a check that needs them only at a mistake (a reference
     * with no note) reads a page with many such once, not once for each.
     */
    static java.util.function.Supplier<PageFootnotes> whenAsked(Page page) {
        PageFootnotes[] read = {null};
        return () -> read[0] != null ? read[0] : (read[0] = of(page));
    }

    /** The notes no reference names, which the page does not show. */
    List<Named> unusedNotes() {
        return notes.stream().filter(n -> !referenceNames.contains(n.name())).toList();
    }

    /** How many notes of different names the page writes. */
    int distinctNotes() {
        return noteNames.size();
    }

    /** The note called {@code name}, exactly, if the page writes one. */
    Optional<Named> note(String name) {
        return notes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Whether a reference names the note called {@code name}. */
    boolean isUsed(String name) {
        return referenceNames.contains(name);
    }

    /**
     * The note a reference to {@code name}, which no note is called, most likely means: the nearest of a slip of the
     * keyboard away, one no reference names before one another reference does (the note left without its reference).
     */
    Optional<Named> noteNear(String name) {
        return nearest(name, notes, n -> !referenceNames.contains(n.name()));
    }

    /** The reference that names no note and most likely means the note {@code name}, which no reference names. */
    Optional<Named> referenceNear(String name) {
        return nearest(name, references.stream().filter(r -> !noteNames.contains(r.name())).toList(), r -> true);
    }

    private static Optional<Named> nearest(String name, List<Named> candidates, java.util.function.Predicate<Named> preferred) {
        return candidates.stream().filter(c -> !c.name().equals(name) && near(name, c.name()))
                .min(Comparator.<Named, Boolean>comparing(c -> !preferred.test(c)).thenComparingInt(c -> distance(name, c.name())));
    }

    /**
     * Whether two names are a slip of the keyboard apart, capitals aside, which the Markdown tells apart ([^Volunteer]
     * names no note [^volunteer]): two characters, or one in four of the shorter's, for a name of four or more (two
     * letters swapped, [^hygeine], are two); one for a shorter one ([^1] and [^2]), which two would turn into any other.
     */
    static boolean near(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int reach = shorter >= 4 ? Math.max(2, shorter / 4) : 1;
        // Names further apart in length than that are further apart in characters: not measured.
        return Math.abs(a.length() - b.length()) <= reach && distance(a, b) <= reach;
    }

    private static int distance(String a, String b) {
        return EditDistance.between(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}
