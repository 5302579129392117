package org.handbookpress.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in running text with one trie over every term and form, so the work per
 * page grows with the length of its text and not with the size of the glossary.
 *
 * <p>Matching is case-insensitive (simple per-character case folding, which keeps positions in the
 * folded text equal to positions in the original), treats any run of white space as one space, treats
 * curly and straight apostrophes alike, and only matches whole words: no word character (a Unicode
 * letter, digit or combining mark, so "Gŵyl" and "café" are whole words) may come just before a match
 * or just after it, also when the term itself begins or ends with punctuation ("C++", "(a)"). From each
 * word start the trie is walked as far as the text allows and the longest term that ends on a word
 * boundary wins, so "Round of Good News" beats "Round".
 * The walk from one start is bounded by the longest term, so a page costs O(text length) whatever the
 * number of terms. Instances are immutable and safe to share between threads.
 */
public final class TermMatcher {

    /** One match: text positions {@code [start, end)} and the value of the term found. */
    public record Match(int start, int end, int value) {
    }

    private static final int NONE = -1;

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
     * @param phrases each phrase to find, with the value to report for it; a phrase that folds to the
     *                same key as an earlier one keeps the earlier value (iteration order decides)
     */
    public static TermMatcher of(Map<String, Integer> phrases) {
        Builder builder = new Builder();
        phrases.forEach(builder::add);
        return builder.build();
    }

    /** The folded form of a phrase: the key under which it is stored and compared. */
    public static String key(String phrase) {
        String text = Normalizer.normalize(phrase.strip(), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
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
                Match match = longestAt(text, i);
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
        String key = key(text.toString());
        Match match = longestAt(key, 0);
        return match != null && match.start() == 0 && match.end() == key.length();
    }

    private Match longestAt(CharSequence text, int start) {
        int node = 0;
        int best = NONE;
        int bestEnd = NONE;
        int length = text.length();
        int i = start;
        while (i < length) {
            char c = fold(text.charAt(i));
            int next = child(node, c);
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
            if (values[node] != NONE && isWordEnd(text, i)) {
                best = values[node];
                bestEnd = i;
            }
        }
        return best == NONE ? null : new Match(start, bestEnd, best);
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

    /** Case folding that keeps one char per char, plus the typographic variants authors mix. */
    static char fold(char c) {
        if (c == ' ' || c == '\u00A0' || c == '\u202F' || Character.isWhitespace(c)) {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        if (c == '\u2010' || c == '\u2011') {
            return '-';
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

        void add(String phrase, int value) {
            String key = key(phrase);
            if (key.isEmpty()) {
                return;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                long edge = edgeKey(node, key.charAt(i));
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
