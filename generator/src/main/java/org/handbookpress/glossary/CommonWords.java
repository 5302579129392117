package org.handbookpress.glossary;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words too common to be glossary terms: linked, every page would carry a link on its first "the" or
 * "is". A short list per language (the handbook's {@code language}); a language without a list has
 * no common words, and only the length rule applies.
 */
final class CommonWords {

    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of("en", Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
            "but", "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "here",
            "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "more", "most", "must",
            "my", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "who",
            "why", "will", "with", "would", "yes", "you", "your"));

    private CommonWords() {
    }

    /** True when {@code term}, as a whole, is one of the most common words of the language. */
    static boolean isCommon(String term, Locale language) {
        Set<String> words = BY_LANGUAGE.get(language.getLanguage());
        return words != null && words.contains(TermMatcher.key(term));
    }

    /**
     * True when the phrase is one of the language's most common words and not written in capitals: it would be linked
     * on nearly every page ("IT" is found only as "IT", so it is not).
     */
    static boolean linksEverywhere(String phrase, Locale language) {
        return isCommon(phrase, language) && !Capitals.isAcronym(phrase.strip());
    }

    /** True when the term has fewer than two characters: "A" or "I" would link a word on every page. */
    static boolean isTooShort(String term) {
        return term.strip().codePointCount(0, term.strip().length()) < 2;
    }
}
