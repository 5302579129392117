package org.handbookpress.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handbookpress.text.ArabicLetters;

/**
 * How words become search terms, the same way in the build and in {@code assets/search.js}: lower case,
 * diacritics removed (Gŵyl → gwyl, café → cafe) and a few letters that do not decompose spelled out
 * (ß → ss, æ → ae, ø → o, Ukrainian ґ → г); an Arabic word lightly stemmed ({@link #arabic}); scripts written without spaces in pairs of
 * characters ({@link #terms}). The browser repeats these rules, so a change here must be made there too.
 */
public final class TermFolding {

    /**
     * Diacritics, the marks on a Latin, Greek or Cyrillic letter once decomposed (é is e and an acute accent), and the
     * vowel points Arabic and Hebrew write only sometimes (كِتَاب is كتاب). The marks of other scripts are parts of their
     * letters (Devanagari's vowel signs, हि is ह and ि) and stay.
     */
    private static final Pattern MARKS = Pattern.compile(
            "([\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}\\p{IsArabic}\\p{IsHebrew}])\\p{M}+");
    /**
     * The clitics search takes off an Arabic word: the article with what may come before it (a conjunction, then ب or
     * ك; ل with the article is written لل), as a light stemmer does (Larkey's light10, Lucene's ArabicStemmer). One
     * letter alone (ب, ل, ك, ف) is not taken off: most words starting with one start with it as a letter (بيت, كتاب,
     * فريق), and unlike the glossary's matcher, which takes one off only when the rest is a term, search has nothing
     * to check the rest against.
     */
    static final Pattern ARABIC_CLITICS = Pattern.compile("^[وف]?(?:[بك]?ال|لل)");
    /** Longer tokens are codes or run-together text, never typed into a search box. */
    static final int MAX_LENGTH = 32;

    private TermFolding() {
    }

    public static String fold(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // most words of most handbooks: nothing to decompose or spell out
        }
        // Tatweel, Arabic's stretching stroke, is of no script: the marks after it would stay. A Ukrainian word's
        // apostrophe, in any of its forms (ʼ, ', ’, ‘, ´), is set aside: сімʼя, сім'я and сім’я are one word. So is the
        // ʻokina (U+02BB, a letter as ʼ is): a reader types Hawaii, with no ʻ on the keyboard, for Hawaiʻi.
        String lower = withoutApostrophes(word.replace("\u0640", "")).toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> spelled.append("ss");
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ø' -> spelled.append('o');
                case 'ł' -> spelled.append('l');
                case 'đ', 'ð' -> spelled.append('d');
                case 'þ' -> spelled.append("th");
                case 'ı' -> spelled.append('i');
                // Ukrainian's ґ is typed as г where a keyboard has no ґ (and was written so for decades): ґанок finds ганок.
                case 'ґ' -> spelled.append('г');
                default -> spelled.append(c);
            }
        }
        String folded = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("$1");
        return !folded.isEmpty() && ArabicLetters.isLetter(folded.codePointAt(0)) ? arabic(folded) : folded;
    }

    /** The word without its apostrophes ({@link #isApostrophe}), ʼ and ʻ: in a word, only Ukrainian's or a letter's. */
    private static String withoutApostrophes(String word) {
        StringBuilder kept = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean apostrophe = isApostrophe(c) || c == '\u02bc' || c == '\u02bb';
            if (apostrophe && kept == null) {
                kept = new StringBuilder(word.length()).append(word, 0, i);
            } else if (!apostrophe && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? word : kept.toString();
    }

    /**
     * An Arabic word, its marks already removed, lightly stemmed, so that المتطوع, والمتطوع, للمتطوع and متطوع are one
     * term, and السرية and سرية: teh marbuta as heh and alef maksura as yeh (written for each other), then the article
     * and the clitics before it ({@link #ARABIC_CLITICS}) when two letters or more are left (not in والد), else a
     * conjunction و when three are (ومتطوع, but not وقت).
     */
    static String arabic(String word) {
        String stem = word.replace('ة', 'ه').replace('ى', 'ي');
        java.util.regex.Matcher clitics = ARABIC_CLITICS.matcher(stem);
        if (clitics.lookingAt()) {
            return stem.length() - clitics.end() >= 2 ? stem.substring(clitics.end()) : stem; // والد "father" is a word
        }
        return stem.length() >= 4 && stem.charAt(0) == 'و' ? stem.substring(1) : stem;
    }

    /**
     * A character of a word: a letter, digit or mark in any script, Unicode's letters (L), numbers (N) and marks (M), as
     * {@code [\p{L}\p{N}\p{M}]+} finds them in assets/search.js; an apostrophe or hyphen ends a word. Without the marks,
     * Hindi, Bengali, Gujarati, Punjabi and Tamil words were cut at every vowel sign, into letters too short to index.
     */
    static boolean isWordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The folded terms of a text, in order, repeats kept; one-letter words are left out unless digits. Chinese, Japanese
     * and Korean are written without spaces between words, so a run of their characters was one "word" of a whole
     * phrase (left out past 32 characters): such a run gives each pair of characters side by side instead ("研修生" is
     * 研修 and 修生), and a character alone itself, as Lucene's CJK analyser indexes them; a query is cut the same way
     * and needs every pair; so are Thai, Lao, Khmer and Myanmar ({@link #isUnspaced}). Their characters are not folded
     * (decomposing would take the marks off kana, で to て).
     */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        eachTerm(text, out::add);
        return out;
    }

    /**
     * {@link #terms}, each given to {@code out} as found. Words found by hand: a third to a half less time than with a
     * regular expression's matcher (bench/corpus.py text); a word all of ASCII, most words of most handbooks, is cut
     * and lower-cased in one pass, a character at a time, with no string made for a word too short or too long to index
     * (4 times faster than folding every word: the search index's terms were a tenth of a 1,000-page build's CPU).
     */
    public static void eachTerm(String text, java.util.function.Consumer<String> out) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (c < 0x80) {
                if (!isAsciiWordChar(c)) {
                    at++;
                    continue;
                }
                int start = at;
                boolean upper = false;
                while (at < length && (c = text.charAt(at)) < 0x80 && isAsciiWordChar(c)) {
                    upper |= c <= 'Z' && c >= 'A';
                    at++;
                }
                if (at == length || !isWordChar(text.codePointAt(at))) { // the whole word is ASCII
                    int size = at - start;
                    if (size <= MAX_LENGTH && (size > 1 || text.charAt(start) <= '9')) {
                        String word = text.substring(start, at);
                        out.accept(upper ? word.toLowerCase(Locale.ROOT) : word);
                    }
                    continue;
                }
                at = start; // a word with letters beyond ASCII (café): the whole word as below
            }
            int start = at;
            while (at < length && (isWordChar(text.codePointAt(at)) || at > start && isApostropheInWord(text, at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            if (at == start) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            word(text.substring(start, at), out);
        }
    }

    /**
     * The terms of a text as the index holds them: {@link #eachTerm}'s, then those of each word written with hyphens or
     * apostrophes ({@link #eachCompound}): its words written together (Check-in is check, in and checkin; we're is we, re
     * and were', {@link #APOSTROPHE}), and so from each of its later words on (l’après-midi is lapresmidi' and apresmidi,
     * so that "après-midi" finds it; the words it starts with a query finds as the start of the whole). A query reads
     * such a word as its joined term alone ({@link #queryTerms}), so that "check-in" finds Check-in, check-ins and
     * checkin rather than every page with "check" and a word starting "in", and a result can mark the whole word.
     */
    public static void eachIndexTerm(String text, java.util.function.Consumer<String> out) {
        eachTerm(text, out);
        eachCompound(text, (start, end, words, count) -> {
            for (int k = 0; k + 1 < count; k++) {
                String term = joinedTerm(text, words[k], end);
                if (term != null) {
                    out.accept(term);
                }
            }
        });
    }

    /**
     * The terms of a query, as assets/search.js reads what is typed: a word written with hyphens or apostrophes is its
     * joined term (check-in is checkin, don't is dont'), else its parts' terms (a joined word past 32 characters, or one
     * with characters of a script written without spaces); any other word as {@link #terms} reads it.
     */
    public static List<String> queryTerms(String text) {
        List<String> out = new ArrayList<>();
        int[] from = {0};
        eachCompound(text, (start, end, words, count) -> {
            eachTerm(text.substring(from[0], start), out::add);
            String term = joinedTerm(text, start, end);
            if (term != null) {
                out.add(term);
            } else {
                eachTerm(text.substring(start, end), out::add);
            }
            from[0] = end;
        });
        eachTerm(text.substring(from[0]), out::add);
        return out;
    }

    /** Where a word written with hyphens or apostrophes is, and where each of its {@code count} words starts. */
    @FunctionalInterface
    interface CompoundSink {
        void accept(int start, int end, int[] words, int count);
    }

    /**
     * Each run of words joined by a hyphen or an apostrophe, one character between two words ({@link #isJoiner}). A
     * Ukrainian word's apostrophe is part of the word ({@link #isApostropheInWord}), not a joiner. The index's texts are
     * scanned once more for this, a character at a time with nothing made until a joiner is found between two words:
     * most words have none.
     */
    static void eachCompound(String text, CompoundSink out) {
        int length = text.length();
        int[] words = new int[4];
        for (int at = 1; at + 1 < length; at++) {
            if (!isJoiner(text.charAt(at)) || !joins(text, at)) {
                continue;
            }
            int start = at;
            while (start > 0 && isInWord(text, start - 1)) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            words[0] = start;
            int count = 1;
            int end;
            while (true) {
                end = at + 1;
                if (count == words.length) {
                    words = java.util.Arrays.copyOf(words, count * 2);
                }
                words[count++] = end;
                while (end < length && isInWord(text, end)) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (end + 1 < length && isJoiner(text.charAt(end)) && joins(text, end)) {
                    at = end;
                } else {
                    break;
                }
            }
            out.accept(start, end, words, count);
            at = end;
        }
    }

    /**
     * The words of a compound from {@code from} to {@code end} written together and folded, the term a query typed with
     * the joiners looks for, and {@link #APOSTROPHE} after it where an apostrophe joined them; or null, the parts alone
     * then, where the letters are a single one or past {@link #MAX_LENGTH}, or have a character of a script written
     * without spaces (its pairs are its terms).
     */
    private static String joinedTerm(String text, int from, int end) {
        StringBuilder joined = new StringBuilder(end - from);
        boolean apostrophe = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (isUnspaced(text.codePointAt(i))) {
                return null;
            }
            if (!isJoiner(c)) {
                joined.append(c);
            } else if (isApostrophe(c)) {
                apostrophe |= !isApostropheInWord(text, i);
            }
        }
        String term = fold(joined.toString());
        return term.length() > 1 && term.length() <= MAX_LENGTH ? (apostrophe ? term + APOSTROPHE : term) : null;
    }

    /**
     * Written after the letters of words an apostrophe joined: "we're" is {@code were'}, not "were", a word of its own
     * (nor "it's" its, "we'll" well, "she'll" shell, "can't" cant), which then found every "we're" as typed and the
     * reverse. As Lunr and staticSearch keep a word's apostrophe, but after the letters, so that the term sorts just
     * after theirs: "were" finds "we're" as a longer word it starts (below "were" as typed), "dont" finds don’t and
     * "charitys" charity’s, as before, in the chunk they load anyway; "we're" finds "were" one letter away (search.js).
     * A hyphen joins no marker: check-in and checkin, e-mail and email, are one word written two ways.
     */
    static final String APOSTROPHE = "'";

    /**
     * A hyphen or an apostrophe, which joins the words either side of it into one: the hyphen-minus, Unicode's hyphen
     * and non-breaking hyphen (typeset text), a soft hyphen, and the apostrophes ({@link #isApostrophe}).
     */
    static boolean isJoiner(char c) {
        return c == '-' || isApostrophe(c) || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }

    /**
     * The apostrophes, of the joiners: the straight and the typographic one, and two written for them: the opening
     * quote ‘, which a word processor puts for an apostrophe typed after a space or pasted on its own ("we‘re"), and
     * the acute accent ´, the apostrophe of some keyboards ("don´t"). Only between two words' characters is one a
     * joiner ({@link #joins}): ‘ before a word ("‘Safe space’") is the quote it looks like.
     */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u00b4';
    }

    /** Whether the joiner at {@code at} has a word's character either side and is not a Ukrainian word's apostrophe. */
    private static boolean joins(String text, int at) {
        return at > 0 && at + 1 < text.length() && isWordChar(text.codePointBefore(at)) && isWordChar(text.codePointAt(at + 1))
                && !isApostropheInWord(text, at);
    }

    /** Whether the character at {@code at} (or the low half of one before it) is of a word, as {@link #eachTerm} reads one. */
    private static boolean isInWord(String text, int at) {
        int c = Character.isLowSurrogate(text.charAt(at)) && at > 0 ? text.codePointBefore(at + 1) : text.codePointAt(at);
        return isWordChar(c) || isApostropheInWord(text, at);
    }

    /**
     * An apostrophe between two Cyrillic letters, which Ukrainian (and Belarusian) write inside a word (пʼять, сім'я,
     * об’єкт), as U+02BC, U+0027 or U+2019 depending on the keyboard (or one written for them, {@link #isApostrophe}):
     * part of the word, so that the three are one term. Elsewhere an apostrophe ends a word (O'Connor is o and connor).
     */
    static boolean isApostropheInWord(CharSequence text, int at) {
        char c = text.charAt(at);
        return (isApostrophe(c) || c == '\u02bc') && at > 0 && at + 1 < text.length()
                && isCyrillic(Character.codePointBefore(text, at)) && isCyrillic(Character.codePointAt(text, at + 1));
    }

    private static boolean isCyrillic(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A word's terms: its runs of characters of scripts written without spaces in pairs, the rest of it folded. */
    private static void word(String word, java.util.function.Consumer<String> out) {
        int at = 0;
        while (at < word.length()) {
            int start = at;
            boolean unspaced = isUnspaced(word.codePointAt(at));
            while (at < word.length() && isUnspaced(word.codePointAt(at)) == unspaced) {
                at += Character.charCount(word.codePointAt(at));
            }
            String part = word.substring(start, at);
            if (unspaced) {
                pairs(part, out);
            } else {
                String term = fold(part);
                if (!term.isEmpty() && term.length() <= MAX_LENGTH && (term.length() > 1 || Character.isDigit(term.charAt(0)))) {
                    out.accept(term);
                }
            }
        }
    }

    private static void pairs(String run, java.util.function.Consumer<String> out) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            out.accept(run);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            out.accept(new String(chars, i, 2));
        }
    }

    /**
     * Scripts written without spaces between words: han, hiragana, katakana (with its long vowel mark ー) and hangul, and
     * Thai, Lao, Khmer and Myanmar.
     */
    static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…: quickly
        }
        if (c == 0x30FC) {
            return true;
        }
        return UNSPACED.contains(Character.UnicodeScript.of(c));
    }

    private static final java.util.Set<Character.UnicodeScript> UNSPACED = java.util.EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
}
