package org.handbookpress.text;

/**
 * {@link String#contains}, for the quick looks a page's text gets before each pass that may have work on it ({@code
 * "{{<"}, {@code "endcomment"}, {@code "[^"}): the same answers, most of them without a scan.
 *
 * <p>Why: a handbook of under 10,000 page files is built by the JIT's first compiler only (fork/JvmOptions), which
 * makes of {@code String.indexOf} a plain loop, not the vector code of the second. The few dozen such looks each page
 * gets, each a scan of the whole page, were a fifth of a 1,000-page build's samples. A text asked about several times
 * is read once instead, noting which pairs of characters it holds, a bit each; a string one of whose pairs is not there
 * is not in the text, and only the others are looked for. On the 1,000-page benchmark each page's text is noted three
 * times (as read, without its front matter, as Markdown) and 51 of its 61 looks are answered from the notes (triples
 * of characters as well answered one more). A text is asked about on one thread, pass after pass, so each thread
 * keeps its last two texts' notes; short texts (a line, a heading) and single characters are scanned as before.
 */
public final class QuickScan {

    /** Below this length a text is scanned: noting it would cost more than the scans. */
    static final int NOTED_FROM = 1024;
    /** Asks about one text before it is noted: a text asked about once or twice is scanned more cheaply than noted. */
    static final int ASKS_BEFORE_NOTING = 3;

    private static final ThreadLocal<Notes[]> RECENT = ThreadLocal.withInitial(() -> new Notes[2]);

    private QuickScan() {
    }

    /** Exactly {@code text.contains(part)}. */
    public static boolean contains(String text, String part) {
        if (text.length() < NOTED_FROM || part.length() < 2) {
            return text.contains(part);
        }
        Notes notes = notesOf(text);
        return (notes == null || notes.mayHold(part)) && text.contains(part);
    }

    /** The notes kept of {@code text} on this thread, made on its {@link #ASKS_BEFORE_NOTING}th ask; null before. */
    private static Notes notesOf(String text) {
        Notes[] recent = RECENT.get();
        Notes found = recent[0] != null && recent[0].text == text ? recent[0] : recent[1] != null && recent[1].text == text ? recent[1] : null;
        if (found == null) {
            found = new Notes(text);
            recent[1] = recent[0];
            recent[0] = found;
        } else if (found != recent[0]) {
            recent[1] = recent[0];
            recent[0] = found;
        }
        return found.ask();
    }

    /** The pairs of characters one text holds, as bits. Characters past ASCII are all noted as one (127), so a note never says no wrongly. */
    private static final class Notes {
        final String text;
        private int asks;
        private long[] pairs;

        Notes(String text) {
            this.text = text;
        }

        /** This, once noted; null while the text has been asked about too few times to be worth noting. */
        Notes ask() {
            asks++;
            if (asks < ASKS_BEFORE_NOTING) {
                return null;
            }
            if (asks == ASKS_BEFORE_NOTING) {
                note();
            }
            return this;
        }

        private void note() {
            long[] bits = new long[128 * 128 / 64];
            int before = folded(text.charAt(0));
            for (int i = 1; i < text.length(); i++) {
                int c = folded(text.charAt(i));
                int pair = before << 7 | c;
                bits[pair >>> 6] |= 1L << pair;
                before = c;
            }
            pairs = bits;
        }

        boolean mayHold(String part) {
            int before = folded(part.charAt(0));
            for (int i = 1; i < part.length(); i++) {
                int c = folded(part.charAt(i));
                int pair = before << 7 | c;
                if ((pairs[pair >>> 6] & 1L << pair) == 0) {
                    return false;
                }
                before = c;
            }
            return true;
        }

        private static int folded(char c) {
            return c < 128 ? c : 127;
        }
    }
}
