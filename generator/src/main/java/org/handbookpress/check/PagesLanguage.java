package org.handbookpress.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;

/**
 * Whether the pages are written in the handbook's language. A content folder brought from another tool with no language
 * in its settings is built in English, the default: a French student association's guide had {@code lang="en"} on every
 * page, so screen readers read its French with English sounds (WCAG 3.1.1), and the theme's words ("Menu", "Search")
 * were English. Nothing said so. The pages' language is told by their most common short words (articles, conjunctions,
 * prepositions), which each of the theme's languages has its own of, and by their script for Arabic and Ukrainian; only a
 * clear lead over every other language counts, and only for the pages written in the handbook's own language (not a
 * folder of translations, not a page that says its {@code lang:}).
 */
public final class PagesLanguage {

    /** Each language's most common short words, those the others do not share among theirs. */
    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "you", "are", "this", "it", "be", "or")),
            Map.entry("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "pour", "dans", "qui", "sur", "pas", "vous", "au", "du")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "für", "ein", "eine", "wir", "zu")),
            Map.entry("es", Set.of("el", "los", "las", "del", "y", "una", "por", "con", "lo", "más", "su", "como", "pero", "está")),
            Map.entry("it", Set.of("il", "di", "che", "per", "non", "sono", "della", "gli", "anche", "nel", "alla", "questo", "è")),
            Map.entry("nl", Set.of("het", "een", "van", "dat", "niet", "op", "voor", "zijn", "wij", "ook", "naar", "bij", "wordt")),
            Map.entry("pt", Set.of("os", "do", "da", "em", "um", "não", "com", "uma", "dos", "das", "ao", "você", "são")),
            Map.entry("pl", Set.of("w", "z", "na", "się", "nie", "że", "jest", "jak", "co", "oraz", "dla", "jako", "przez")),
            Map.entry("cy", Set.of("yr", "ac", "yn", "mae", "ein", "eich", "chi", "gyda", "ei", "bod", "hyn", "fel", "wedi")),
            Map.entry("ga", Set.of("agus", "ar", "bhfuil", "tá", "sé", "sí", "go", "leis", "seo", "ag", "ná", "atá")));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern PERSIAN_LETTERS = Pattern.compile("[\u067E\u0686\u0698\u06AF]");
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[\u0456\u0457\u0454\u0491]");
    /** Enough words to tell a language by; a handbook of a few lines is not judged. */
    private static final int MIN_WORDS = 200;
    // Enough to tell it by, read from the first pages: reading 20,000 words added 40 ms to a 1,000-page build on the quick compiler.
    private static final int WORDS_READ = 5_000;

    private final Findings findings;

    public PagesLanguage(Findings findings) {
        this.findings = findings;
    }

    /** Says when the pages written in the handbook's language read clearly as another of the theme's languages. */
    public void check(Handbook handbook, LanguageFolders languages) {
        String configured = Locale.forLanguageTag(handbook.config().language()).getLanguage();
        StringBuilder text = new StringBuilder();
        for (Page page : handbook.pages()) {
            if (languages.languageOf(page.path()) == null && page.meta().language() == null) {
                text.append(page.markdown()).append('\n');
                if (text.length() > WORDS_READ * 8) {
                    break;
                }
            }
        }
        Optional<String> read = languageOf(text);
        if (read.isEmpty() || read.get().equals(configured)) {
            return;
        }
        String name = Locale.forLanguageTag(read.get()).getDisplayLanguage(Locale.ENGLISH);
        findings.warning("handbook.yml", 0, "config.language-unlike-pages", "the pages read as " + name + " (" + read.get()
                        + "), but the handbook's language is " + handbook.config().language() + " (handbook.yml's language:, or en when"
                        + " nothing gives one): every page says it is in that language, so screen readers read it with that"
                        + " language's sounds, and the theme's words (Menu, Search) are in it",
                "add 'language: " + read.get() + "' to handbook.yml, or the tag of the language the pages are written in");
    }

    /** The theme's language the text is clearly written in, by its short words or its script; empty when not clear. */
    static Optional<String> languageOf(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        int arabic = 0;
        int cyrillic = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < WORDS_READ) {
            String word = m.group().toLowerCase(Locale.ROOT);
            words++;
            Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
            for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    counts.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        // By script, where it is the theme's one language written so: Arabic without Persian's letters, Cyrillic with
        // Ukrainian's own (і, ї, є, ґ), not Russian's.
        if (arabic * 2 > words) {
            return PERSIAN_LETTERS.matcher(text).find() ? Optional.empty() : Optional.of("ar");
        }
        if (cyrillic * 2 > words) {
            return UKRAINIAN_LETTERS.matcher(text).find() ? Optional.of("uk") : Optional.empty();
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int first = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // A clear lead: a tenth of the words are the language's own short words, three times any other's.
        return first * 10 >= words && first >= 3 * second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
