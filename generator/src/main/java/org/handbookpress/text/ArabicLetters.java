package org.handbookpress.text;

import java.text.Normalizer;

/**
 * Arabic as a reader matches it, not as it is spelled letter for letter: the marks a writer adds only sometimes, the
 * letters that carry a hamza, and the clitics written onto the front of the next word. The glossary's matcher
 * ({@code glossary.TermMatcher}) and the search index ({@code search.TermFolding}) both read Arabic through this class,
 * so a term the glossary links is a word search finds.
 *
 * <ul>
 * <li><b>Optional marks</b>: the short vowels, tanween, shadda and sukun (U+064B–U+065F), the superscript alef
 *     (U+0670) and tatweel, the stretching stroke (U+0640): السرّية is السرية, المـتطوع is المتطوع.</li>
 * <li><b>Base letters</b>: a letter that decomposes into a letter and marks is that letter (أ إ آ are ا, ؤ is و, ئ is
 *     ي), as search has always folded them (decomposed, then its marks removed); one char for one char, so positions in
 *     folded text are positions in the original.</li>
 * <li><b>Clitics</b>: the conjunctions و and ف, then the prepositions ب, ل and ك, then the article ال, written as one
 *     word with what follows (والمتطوع, بالإحالة); ل before ال drops the article's alef (للمتطوع).</li>
 * </ul>
 */
public final class ArabicLetters {

    /** The article, "the". */
    public static final String ARTICLE = "ال";
    /** The 28 letters in their dictionary order, for a glossary's letter bar. */
    public static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private static final char[] BASE = new char[0x100];

    static {
        for (int i = 0; i < BASE.length; i++) {
            char c = (char) (0x0600 + i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean letterAndMarks = decomposed.length() > 1 && Character.isLetter(decomposed.charAt(0))
                    && decomposed.substring(1).chars().allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK);
            BASE[i] = letterAndMarks ? decomposed.charAt(0) : c;
        }
    }

    private ArabicLetters() {
    }

    /** A mark written only sometimes, which matching and search set aside. */
    public static boolean isOptionalMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /** The letter under a hamza or madda (أ → ا); any other character itself. */
    public static char base(char c) {
        return c >= '\u0600' && c <= '\u06FF' ? BASE[c - 0x0600] : c;
    }

    /** A letter of the Arabic script (of Arabic, Persian, Urdu…), not a mark, digit or punctuation. */
    public static boolean isLetter(int c) {
        return c >= 0x0600 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** و "and" and ف "so", the first clitic a word may carry. */
    public static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    /** ب "with", ل "for" and ك "like", after a conjunction and before the article. */
    public static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /**
     * A term without its article, as Arabic glossaries file it (الإحالة under إ): only an Arabic term, and only when two
     * letters or more are left (not the ال of a word of three letters).
     */
    public static String withoutArticle(String term) {
        String text = term.strip();
        if (text.startsWith(ARTICLE) && text.length() >= ARTICLE.length() + 2 && isLetter(text.charAt(ARTICLE.length()))
                && isLetter(text.charAt(ARTICLE.length() + 1))) {
            return text.substring(ARTICLE.length());
        }
        return text;
    }
}
