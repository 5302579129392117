package org.handbookpress.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.text.ArabicLetters;

/**
 * Finds glossary terms in running text with one trie over every term and form, so the work per
 * page grows with the length of its text and not with the size of the glossary.
 *
 * <p>Matching is case-insensitive (simple per-character case folding, which keeps positions in the
 * folded text equal to positions in the original), but for the capitals a phrase must be found with ({@link Capitals}: the
 * acronym "IT" is not "it"), which the trie keeps as they are, and which only the same capitals in the text match. It treats any run of white space as one space, treats
 * curly and straight apostrophes alike, and only matches whole words: no word character (a Unicode
 * letter, digit or combining mark, so "Gŵyl" and "café" are whole words) may come just before a match
 * or just after it, also when the term itself begins or ends with punctuation ("C++", "(a)"). From each
 * word start the trie is walked as far as the text allows and the longest term that ends on a word
 * boundary wins, so "Round of Good News" beats "Round".
 * The walk from one start is bounded by the longest term, so a page costs O(text length) whatever the
 * number of terms. Instances are immutable and safe to share between threads.
 *
 * <p>Arabic is matched as it is read ({@link ArabicLetters}): its optional marks are set aside in the text and the terms
 * (السرّية is السرية) and a letter with hamza is its base letter, as search folds them. A word that is not itself a term
 * may be one written with clitics in front: the conjunction و or ف, then the preposition ب, ل or ك, then the article
 * ال (والمتطوع, بالإحالة, للمتطوع with the article's alef dropped after ل, المتطوع for a term written without its
 * article). Only when everything after the clitics is the term, of three letters or more: a word that merely starts
 * with و (وقت) is never a match, nor بحر ("sea") one of the term حر. The whole word is the match, clitics and all: Arabic
 * joins the letters of a word, and a link that began inside one would cut it in two for the eye (a change of colour
 * and underline mid-word) and for a screen reader (two words).
 */
public final class TermMatcher {

    /** One match: text positions {@code [start, end)} and the value of the term found. */
    public record Match(int start, int end, int value) {
    }

    private static final int NONE = -1;
    private static final int ROOT = 0;

    // The trie as flat arrays: edges in an open-addressing table keyed by (node, folded char).
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    private final int[] values;

    private TermMatcher(long[] edgeKeys, int[] edgeTargets, int[] values) {
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.mask = edgeKeys.length - 1;
        this.values = values;
    }

    /**
     * @param phrases each phrase to find, as written, with the value to report for it; a phrase that folds to the
     *                same key as an earlier one (its acronyms' capitals kept) keeps the earlier value (iteration order decides)
     */
    public static TermMatcher of(Map<String, Integer> phrases) {
        return of(phrases, false);
    }

    /**
     * The same, with {@code names} for a glossary whose names stand out ({@link Capitals#namesStandOut}): a phrase's
     * capitals after its first word must then be capitals in the text too.
     */
    public static TermMatcher of(Map<String, Integer> phrases, boolean names) {
        Builder builder = new Builder();
        phrases.forEach((phrase, value) -> builder.add(key(phrase, true, names), value));
        return builder.build();
    }

    /** The folded form of a phrase: the key under which terms are compared ("IT" and "It" are one term twice). */
    public static String key(String phrase) {
        return key(phrase, false, false);
    }

    /**
     * The folded form of a phrase, or with {@code capitals} the capitals it must be found with kept ({@link Capitals},
     * {@code names} as there): the spelling the trie stores it under.
     */
    private static String key(String phrase, boolean capitals, boolean names) {
        String text = Normalizer.normalize(phrase.strip(), Normalizer.Form.NFC);
        boolean[] kept = capitals ? Capitals.kept(text, names) : new boolean[text.length()];
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (ArabicLetters.isOptionalMark(text.charAt(i))) {
                continue;
            }
            char c = kept[i] ? text.charAt(i) : fold(text.charAt(i));
            if (c == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** Every leftmost-longest, non-overlapping match in {@code text}, in order. */
    public List<Match> findAll(CharSequence text) {
        List<Match> found = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (isWordStart(text, i)) {
                Match match = longestAt(text, i, i, ROOT, 0);
                if (match == null && ArabicLetters.isLetter(text.charAt(i))) {
                    match = withClitics(text, i);
                }
                if (match != null) {
                    found.add(match);
                    i = match.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /** True when {@code text}, as a whole, is one of the phrases. */
    public boolean matchesWhole(CharSequence text) {
        String written = Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFC); // its capitals as they are
        Match match = longestAt(written, 0, 0, ROOT, 0);
        return match != null && match.start() == 0 && match.end() == written.length();
    }

    /**
     * The longest term in the trie below {@code node} that the text from {@code from} spells and that ends on a word
     * boundary, of at least {@code minLetters} letters of the text, reported as starting at {@code start}.
     */
    private Match longestAt(CharSequence text, int start, int from, int node, int minLetters) {
        long found = walk(text, from, node, 0, minLetters);
        return found == NOT_FOUND ? null : new Match(start, (int) (found >>> 32), (int) found);
    }

    /** No term: {@link #walk}'s answer otherwise is a match's end and value in one long. */
    private static final long NOT_FOUND = -1L;

    /**
     * The longest term below {@code node}, reached with {@code letters} letters of the text before {@code i}, as its end
     * and value ({@code end << 32 | value}). Where a capital in the text goes on both as an acronym's capital and as its
     * folded letter (the terms "IT" and "it support"), both ways are walked: the longer match wins, of two as long the
     * acronym's.
     */
    private long walk(CharSequence text, int i, int node, int letters, int minLetters) {
        long best = letters > 0 ? endingAt(text, i, node, letters, minLetters) : NOT_FOUND;
        int length = text.length();
        while (i < length) {
            char written = text.charAt(i);
            if (ArabicLetters.isOptionalMark(written)) {
                i++;
                continue;
            }
            char c = fold(written);
            int next = child(node, c);
            int capital = Character.isUpperCase(written) ? child(node, written) : NONE;
            if (capital != NONE && next != NONE) {
                return laterEnding(laterEnding(best, walk(text, i + 1, capital, letters + 1, minLetters)),
                        walk(text, i + 1, next, letters + 1, minLetters));
            }
            if (next == NONE) {
                next = capital;
            }
            if (next == NONE) {
                break;
            }
            node = next;
            i++;
            if (c == ' ') {
                // A run of white space in the text counts as the one space in the term.
                while (i < length && fold(text.charAt(i)) == ' ') {
                    i++;
                }
                continue;
            }
            letters++;
            best = laterEnding(best, endingAt(text, i, node, letters, minLetters));
        }
        return best;
    }

    /** The term that ends at {@code node}, when the text has a word's end at {@code i}: as {@link #walk} gives it. */
    private long endingAt(CharSequence text, int i, int node, int letters, int minLetters) {
        if (values[node] == NONE || letters < minLetters) {
            return NOT_FOUND;
        }
        int end = skipMarks(text, i); // a vowel on the last letter is part of the word: السريةُ
        return isWordEnd(text, end) ? (long) end << 32 | (values[node] & 0xFFFF_FFFFL) : NOT_FOUND;
    }

    /** Of two of {@link #walk}'s answers, the one that ends later; the first when they end together. */
    private static long laterEnding(long a, long b) {
        return b != NOT_FOUND && (a == NOT_FOUND || b >>> 32 > a >>> 32) ? b : a;
    }

    /** A term after three letters or more of it: what is left after a clitic is too short to tell from a word's start. */
    private static final int MIN_AFTER_CLITICS = 3;

    /**
     * A term written with clitics in front of it (see the class comment), the word from {@code start} being an Arabic
     * word that is not itself a term: a conjunction, then a preposition, then the article, each there or not.
     */
    private Match withClitics(CharSequence text, int start) {
        Match best = null;
        int afterConjunction = ArabicLetters.isConjunction(text.charAt(start)) ? skipMarks(text, start + 1) : start;
        for (int at : afterConjunction == start ? new int[] {start} : new int[] {start, afterConjunction}) {
            if (at != start) {
                best = longer(best, longestAt(text, start, at, ROOT, MIN_AFTER_CLITICS));
            }
            best = longer(best, afterArticle(text, start, at));
            if (at < text.length() && ArabicLetters.isPreposition(text.charAt(at))) {
                int after = skipMarks(text, at + 1);
                best = longer(best, longestAt(text, start, after, ROOT, MIN_AFTER_CLITICS));
                if (text.charAt(at) == 'ل') {
                    // ل before the article drops its alef: للمتطوع is ل and المتطوع (or ال and متطوع).
                    int alef = child(ROOT, 'ا');
                    if (alef != NONE) {
                        best = longer(best, longestAt(text, start, after, alef, MIN_AFTER_CLITICS));
                    }
                    if (after < text.length() && text.charAt(after) == 'ل') {
                        best = longer(best, longestAt(text, start, skipMarks(text, after + 1), ROOT, MIN_AFTER_CLITICS));
                    }
                } else {
                    best = longer(best, afterArticle(text, start, after));
                }
            }
        }
        return best;
    }

    /** A term written without its article after the article ال at {@code at}: المتطوع for the term متطوع. */
    private Match afterArticle(CharSequence text, int start, int at) {
        if (at >= text.length() || text.charAt(at) != 'ا') {
            return null;
        }
        int lam = skipMarks(text, at + 1);
        if (lam >= text.length() || text.charAt(lam) != 'ل') {
            return null;
        }
        return longestAt(text, start, skipMarks(text, lam + 1), ROOT, MIN_AFTER_CLITICS);
    }

    private static Match longer(Match a, Match b) {
        return a == null || b != null && b.end() > a.end() ? b : a;
    }

    /** The position after any optional marks from {@code i}. */
    private static int skipMarks(CharSequence text, int i) {
        while (i < text.length() && ArabicLetters.isOptionalMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int child(int node, char c) {
        long key = edgeKey(node, c);
        int slot = slot(key, mask);
        while (true) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeTargets[slot];
            }
            if (k == EMPTY) {
                return NONE;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static final long EMPTY = -1L;

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    /**
     * Case folding that keeps one char per char, plus the typographic variants authors mix and Arabic's letters with
     * hamza as their base letters.
     */
    static char fold(char c) {
        if (c == ' ' || c == '\u00A0' || c == '\u202F' || Character.isWhitespace(c)) {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4') { // ´: a keyboard's acute accent typed as one
            return '\'';
        }
        if (c == '\u2010' || c == '\u2011') {
            return '-';
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            return ArabicLetters.base(c);
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * A match may start only where no word character comes before it, whatever the term's own first
     * character: "(a)" is not found in "f(a)", nor ".NET" in "ASP.NET".
     */
    private static boolean isWordStart(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        int before = Character.codePointBefore(text, i);
        return !isWordChar(before) || unspaced(before) && unspaced(Character.codePointAt(text, i));
    }

    /**
     * Whether a character is of a script written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
     * Burmese): between two such characters any place may be a word's edge, or "导师" would never be found in
     * "每位导师每周", where nothing sets it apart. Checked only where both neighbours are letters.
     */
    static boolean unspaced(int codePoint) {
        if (codePoint < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts: spaced
        }
        if (codePoint >= 0x3000 && codePoint <= 0x30FF) {
            return true; // Japanese kana and CJK marks, the long-vowel mark ー among them (of no script of its own)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /**
     * A match may end only where no word character follows it, whatever the term's own last
     * character: "C++" is not found in "C++11".
     */
    private static boolean isWordEnd(CharSequence text, int end) {
        if (end == text.length()) {
            return true;
        }
        int after = Character.codePointAt(text, end);
        return !isWordChar(after) || unspaced(after) && end > 0 && unspaced(Character.codePointBefore(text, end));
    }

    /** Collects phrases into a trie, then freezes it into the flat arrays. */
    private static final class Builder {
        private final HashMap<Long, Integer> edges = new HashMap<>();
        private final List<Integer> nodeValues = new ArrayList<>(List.of(NONE));

        /** @param spelling a phrase as {@link #key(String, boolean, boolean)} gives it */
        void add(String spelling, int value) {
            if (spelling.isEmpty()) {
                return;
            }
            int node = 0;
            for (int i = 0; i < spelling.length(); i++) {
                long edge = edgeKey(node, spelling.charAt(i));
                Integer next = edges.get(edge);
                if (next == null) {
                    next = nodeValues.size();
                    nodeValues.add(NONE);
                    edges.put(edge, next);
                }
                node = next;
            }
            if (nodeValues.get(node) == NONE) {
                nodeValues.set(node, value);
            }
        }

        TermMatcher build() {
            // At most half full, so probes stay short.
            int capacity = 16;
            while (capacity < edges.size() * 2) {
                capacity <<= 1;
            }
            long[] keys = new long[capacity];
            int[] targets = new int[capacity];
            Arrays.fill(keys, EMPTY);
            int mask = capacity - 1;
            edges.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                int slot = slot(e.getKey(), mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                targets[slot] = e.getValue();
            });
            int[] values = nodeValues.stream().mapToInt(Integer::intValue).toArray();
            return new TermMatcher(keys, targets, values);
        }
    }
}
