package org.handbookpress.glossary;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbookpress.content.Page;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.text.Alphabetical;
import org.handbookpress.text.ArabicLetters;

/**
 * The handbook's glossary: its page and its entries in alphabetical order for the handbook's language,
 * with one {@link TermMatcher} over every term and other form. Read-only once built; later stages (the
 * PDF appendix, search) read {@link #entries()}.
 */
public final class Glossary {

    /** A letter of the A–Z list and the entries filed under it. */
    public record LetterGroup(String letter, String id, List<GlossaryEntry> entries) {
    }

    private final Page page;
    private final List<GlossaryEntry> entries;
    private final TermMatcher matcher;
    /** The language's letters at primary strength: Ї is a letter of its own in Ukrainian, Ä is A in German. */
    private final Collator letters;

    /** The language, whose letters of two or more characters (Welsh's Ch, Dd, Ll) the letter headings take. */
    private final Locale locale;
    /** CLDR's index letters by language: ICU builds an index in milliseconds, asked for by each glossary and its page. */
    private static final Map<Locale, List<String>> INDEX_LETTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Glossary(Page page, List<GlossaryEntry> entries, TermMatcher matcher, Locale locale) {
        this.page = page;
        this.entries = entries;
        this.matcher = matcher;
        this.letters = Alphabetical.collator(locale, Collator.PRIMARY);
        this.locale = locale;
    }

    /** The language's index letters of more than one character, longest first (Welsh: Ch, Dd, Ff, Ng, Ll, Ph, Rh, Th). */
    static List<String> digraphs(Locale locale) {
        List<String> found = new ArrayList<>();
        for (String label : indexLetters(locale)) {
            if (label.codePointCount(0, label.length()) > 1) {
                found.add(label);
            }
        }
        found.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(found);
    }

    /** CLDR's index letters of the language, in its order (A B C Ch D Dd … for Welsh, А Б В Г Ґ … for Ukrainian), as headed. */
    public static List<String> indexLetters(Locale locale) {
        return INDEX_LETTERS.computeIfAbsent(locale, Glossary::readIndexLetters);
    }

    private static List<String> readIndexLetters(Locale locale) {
        List<String> labels = new ArrayList<>();
        for (com.ibm.icu.text.AlphabeticIndex.Bucket<Object> bucket : new com.ibm.icu.text.AlphabeticIndex<Object>(ULocale.forLocale(locale))
                .buildImmutableIndex()) {
            if (bucket.getLabelType() == com.ibm.icu.text.AlphabeticIndex.Bucket.LabelType.NORMAL) {
                String label = bucket.getLabel();
                int second = label.offsetByCodePoints(0, 1);
                // ICU writes CH and DD; a Welsh dictionary heads its pages Ch and Dd.
                labels.add(second < label.length() ? label.substring(0, second) + label.substring(second).toLowerCase(locale) : label);
            }
        }
        return List.copyOf(labels); // shared by every glossary of the language
    }

    /** A handbook without a glossary: nothing is linked. */
    public static Glossary none() {
        return new Glossary(null, List.of(), TermMatcher.of(Map.of()), Locale.ROOT);
    }

    /** The matcher's value for a name that contains a term but is not one ("Riverside Peer Support"). */
    public static final int NAME = -2;

    /**
     * @param entries in the order the glossary page gives them; terms take precedence over other
     *                forms, and an earlier entry over a later one, when two claim the same words
     * @param names   proper names never to link inside, such as the organisation's: as the longest match
     *                they hide the terms in them ("Peer" in "Riverside Peer Support")
     */
    public static Glossary of(Page page, List<GlossaryEntry> entries, Locale locale, List<String> names) {
        // Accents count, case does not: "Round" and "round" stay in the order the page gives them. An Arabic term is
        // filed without its article, as Arabic glossaries file them (الإحالة under إ, after بطاقة).
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        Comparator<Object> order = Alphabetical.order(locale); // CLDR's, not the JDK's
        sorted.sort(Comparator.comparing((GlossaryEntry entry) -> ArabicLetters.withoutArticle(entry.term()), order)
                .thenComparing(GlossaryEntry::term, order).thenComparingInt(GlossaryEntry::line).thenComparing(GlossaryEntry::term));
        Map<GlossaryEntry, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            position.put(sorted.get(i), i);
        }
        Map<String, Integer> phrases = new LinkedHashMap<>();
        for (GlossaryEntry entry : entries) {
            phrases.putIfAbsent(entry.term(), position.get(entry)); // as written: an acronym's capitals count
        }
        for (GlossaryEntry entry : entries) {
            for (String form : entry.forms()) {
                phrases.putIfAbsent(form, position.get(entry));
            }
        }
        for (GlossaryEntry entry : entries) {
            for (String part : TermParts.of(entry.term(), locale)) { // "Designated Safeguarding Lead (DSL)": "DSL" alone too
                phrases.putIfAbsent(part, position.get(entry));
            }
        }
        for (String name : names) {
            if (name != null) {
                // The name, and its first two words or more, as a page shortens it ("Carers' Circle" for "Carers' Circle
                // Peer Support"): its first sentence linked Carers and Circle inside the organisation's own name.
                phrases.putIfAbsent(name, NAME);
                String[] words = name.strip().split("\\s+");
                for (int end = words.length - 1; end >= 2; end--) {
                    phrases.putIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, end)), NAME);
                }
            }
        }
        // Names ("Taking Time") are told apart by their capitals where most of the glossary's terms are in lower case.
        boolean namesStandOut = Capitals.namesStandOut(entries.stream().map(GlossaryEntry::term).toList());
        return new Glossary(page, List.copyOf(sorted), TermMatcher.of(phrases, namesStandOut), locale);
    }

    public Optional<Page> page() {
        return Optional.ofNullable(page);
    }

    /** The entries in alphabetical order. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The matcher over every term and form; its values are indexes into {@link #entries()}, or {@link #NAME}. */
    public TermMatcher matcher() {
        return matcher;
    }

    /** The link to an entry from the page at {@code fromUrl}. */
    public String href(String fromUrl, GlossaryEntry entry) {
        String pageUrl = page == null ? "" : page.url();
        return (fromUrl.equals(pageUrl) ? "" : RelativeUrl.between(fromUrl, pageUrl)) + "#" + entry.id();
    }

    /**
     * The entries by first letter, accents set aside ("Café" under C, "إحالة" under ا) unless the language has the
     * letter with its mark as a letter of its own (Ukrainian Ї and Й, Polish Ś, Spanish Ñ), and an Arabic term's article
     * too ("الإحالة" under ا, "السرية" under س); terms not starting with a letter under "#".
     */
    public List<LetterGroup> byLetter() {
        Map<String, List<GlossaryEntry>> groups = new LinkedHashMap<>();
        List<String> digraphs = digraphs(locale);
        for (GlossaryEntry entry : entries) {
            groups.computeIfAbsent(letterOf(entry.term(), letters, digraphs), k -> new ArrayList<>()).add(entry);
        }
        List<LetterGroup> out = new ArrayList<>();
        groups.forEach((letter, list) -> out.add(new LetterGroup(letter, letterId(letter), List.copyOf(list))));
        return out;
    }

    /** A term's letter heading; a term starting with one of the language's letters of two characters is filed under it (Welsh "Chwarae" under Ch). */
    static String letterOf(String term, Collator letters, List<String> digraphs) {
        String text = ArabicLetters.withoutArticle(term);
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return "#";
        }
        for (String digraph : digraphs) {
            if (text.regionMatches(true, 0, digraph, 0, digraph.length())) {
                return digraph;
            }
        }
        String first = new String(Character.toChars(text.codePointAt(0)));
        String base = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        boolean ownLetter = !base.isEmpty() && letters.compare(first, base) != 0;
        return (base.isEmpty() || ownLetter ? first : base).toUpperCase(Locale.ROOT);
    }

    static String letterId(String letter) {
        return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT);
    }
}
