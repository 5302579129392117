package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The capitals a term must be written with to be found, where the same words in lower case are usually other words.
 * Otherwise matching ignores case.
 *
 * <ul>
 * <li>An acronym's: a word of initials ("IT", "DBS", "GPs") is found only in capitals. Matched in any case, the term
 * "IT" linked the first "It" of every page to the charity's computers, and "US" the "us" of "Tell us".</li>
 * <li>A name's, in a glossary that writes most of its terms in lower case: where "Group agreement" and "Peer mentor" are
 * written so, "The Room" and "Taking Time" are names of the charity's own, and "check the room" or "thank you for
 * taking time" are not uses of them (the example handbook linked both). The capitals after the name's first word
 * count; its first word may be a sentence's start either way. A glossary that writes every term with capitals ("Peer
 * Mentor") shows no name apart from the rest, and its terms are found in any case.</li>
 * </ul>
 */
final class Capitals {

    private Capitals() {
    }

    /**
     * Whether a word is initials: two letters or more, all capitals, but for a plural's {@code s} after them
     * ("GPs", "DBSs"). Letters of scripts without capitals never are.
     */
    static boolean isAcronym(CharSequence word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && word.charAt(end - 1) == 's') {
            end--; // a plural's s
        }
        int capitals = 0;
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /**
     * Whether a glossary writes its terms in lower case but for their first letter, so that those with capitals after
     * their first word are names: of its terms of two words or more, more have only lower-case letters after their first
     * word ("Group agreement"; acronyms aside, "DBS check") than have capitals there ("Taking Time"). A majority, since
     * a glossary in title case (the Carpentries': "Cognitive Load", "Growth Mindset") may still have a term or two in
     * lower case, and its other terms are no names for that.
     */
    static boolean namesStandOut(Collection<String> terms) {
        int lower = 0;
        int capitalised = 0;
        for (String term : terms) {
            boolean lettered = false;
            boolean capitals = false;
            List<int[]> words = words(term);
            for (int w = 1; w < words.size(); w++) { // the first word may start a sentence either way
                CharSequence letters = term.subSequence(words.get(w)[0], words.get(w)[1]);
                if (isAcronym(letters)) {
                    continue;
                }
                for (int i = 0; i < letters.length(); i++) {
                    char c = letters.charAt(i);
                    lettered |= Character.isLetter(c);
                    capitals |= Character.isUpperCase(c) || Character.isTitleCase(c);
                }
            }
            if (capitals) {
                capitalised++;
            } else if (lettered) {
                lower++;
            }
        }
        return lower > capitalised;
    }

    /**
     * For each char of {@code text}, a phrase, whether the text must have it in capitals too: an acronym's capitals,
     * and with {@code names} the capitals after its first word.
     */
    static boolean[] kept(String text, boolean names) {
        boolean[] kept = new boolean[text.length()];
        boolean first = true;
        for (int[] word : words(text)) {
            if (isAcronym(text.subSequence(word[0], word[1])) || names && !first) {
                for (int c = word[0]; c < word[1]; c++) {
                    kept[c] = Character.isUpperCase(text.charAt(c));
                }
            }
            first = false;
        }
        return kept;
    }

    /**
     * The words of a phrase as {@code [start, end)} positions, split where the matcher sees a space ({@link
     * TermMatcher#fold}: a non-breaking space too), so that a term is classed by the same words it is matched by.
     */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (TermMatcher.fold(text.charAt(i)) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && TermMatcher.fold(text.charAt(i)) != ' ') {
                i++;
            }
            words.add(new int[] {start, i});
        }
        return words;
    }
}
