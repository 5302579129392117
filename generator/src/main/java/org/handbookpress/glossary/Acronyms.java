package org.handbookpress.glossary;

/**
 * Words a glossary writes in capitals, "IT", "DBS" or "GPs": initials, which a page uses in capitals too, while the same
 * letters in lower case are another word ("it", "gps"). Matched case-insensitively, the term "IT" linked the first "It"
 * of every page to the charity's computers. So a term's acronym is found only in capitals; its other words, and every
 * term with none, in any case.
 */
final class Acronyms {

    private Acronyms() {
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

    /** For each char of {@code text}, whether it is a capital of an acronym among its words (split at white space). */
    static boolean[] capitalsKept(String text) {
        boolean[] kept = new boolean[text.length()];
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
            if (isAcronym(text.subSequence(start, i))) {
                for (int c = start; c < i; c++) {
                    kept[c] = Character.isUpperCase(text.charAt(c));
                }
            }
        }
        return kept;
    }
}
