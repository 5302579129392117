package org.handbookpress.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The top folders that hold the handbook in another language, as Starlight, Mintlify and Hugo's content-per-language
 * sites lay out their translations: a folder named by a language's code ({@code es}, {@code cy}, {@code zh-cn},
 * {@code pt-BR}) most of whose pages translate a page at the same path outside it ({@code es/guides/setup.md} beside
 * {@code guides/setup.md}), or in the folder of the handbook's own language ({@code en/guides/setup.md}). Its pages are in that language (their {@code <html lang>}, which a screen reader speaks them
 * in), and a link into it to a page not translated yet finds the page in the handbook's language, as those tools serve
 * it. A folder of that name whose pages are its own ({@code hr/} for a charity's HR policies, {@code it/} for IT's) is
 * not one: its pages have no such counterparts (two such folders alike are not compared with each other).
 */
public final class LanguageFolders {

    public static final LanguageFolders NONE = new LanguageFolders(Map.of());

    /** A language tag as a folder name: a language's code, then a region or script. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2}(?:[-_][a-z0-9]{2,8})?", Pattern.CASE_INSENSITIVE);

    /** Each language folder's name, with its language tag as HTML writes one ({@code zh-CN}). */
    private final Map<String, String> tags;

    private LanguageFolders(Map<String, String> tags) {
        this.tags = Map.copyOf(tags);
    }

    /** The language folders among the pages' top folders, translating the pages at the top. */
    public static LanguageFolders of(Collection<Page> pages) {
        return of(pages, "");
    }

    /**
     * The language folders among the pages' top folders: translating the pages at the top, or those of the folder
     * named by the handbook's own language, as Hugo's and VitePress' sites keep every language in a folder
     * ({@code en/guides/setup.md} and {@code fr/guides/setup.md}), that folder then one too.
     *
     * @param language the handbook's language ({@code en-GB}), or "" to compare with the top only
     */
    public static LanguageFolders of(Collection<Page> pages, String language) {
        Map<String, List<String>> byTopFolder = new HashMap<>();
        Set<String> stems = new HashSet<>();
        for (Page page : pages) {
            String stem = Page.stem(page.path());
            stems.add(stem);
            int slash = stem.indexOf('/');
            if (slash > 0 && namesALanguage(stem.substring(0, slash))) {
                byTopFolder.computeIfAbsent(stem.substring(0, slash), f -> new ArrayList<>()).add(stem.substring(slash + 1));
            }
        }
        String own = Translations.own(language);
        String ownFolder = byTopFolder.keySet().stream().filter(f -> !own.isEmpty() && Translations.own(f).equals(own))
                .sorted().findFirst().orElse(null);
        Set<String> ownPages = ownFolder == null ? Set.of() : new HashSet<>(byTopFolder.get(ownFolder));
        Map<String, String> tags = new HashMap<>();
        byTopFolder.forEach((folder, inside) -> {
            // A folder's own page has a counterpart in any handbook with a home page: it says nothing, and is not counted.
            List<String> pagesOwn = inside.stream().filter(s -> Handbook.folderPageRank(s.substring(s.lastIndexOf('/') + 1) + ".md") < 0)
                    .toList();
            long translated = pagesOwn.stream().filter(p -> stems.contains(p) || !folder.equals(ownFolder) && ownPages.contains(p)).count();
            if (translated >= 2 && translated * 2 > pagesOwn.size()) {
                tags.put(folder, tag(folder));
            }
        });
        if (ownFolder != null && tags.keySet().stream().anyMatch(f -> !f.equals(ownFolder))) {
            tags.putIfAbsent(ownFolder, tag(ownFolder)); // the language the others translate
        }
        return tags.isEmpty() ? NONE : new LanguageFolders(tags);
    }

    /** Whether a folder's name is a language's code, as a folder of translations is named ({@code es}, {@code zh-cn}). */
    public static boolean namesALanguage(String folder) {
        return TAG.matcher(folder).matches() && Translations.isLanguageCode(folder.substring(0, 2));
    }

    private static String tag(String folder) {
        return Locale.forLanguageTag(folder.replace('_', '-')).toLanguageTag();
    }

    /** The languages of the folders, as tags ({@code cy}, {@code zh-CN}), in the folders' order. */
    public List<String> tags() {
        return new java.util.TreeMap<>(tags).values().stream().toList();
    }

    /** The language of the page at {@code path} when it is in a language folder ({@code es}); null otherwise. */
    public String languageOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? null : tags.get(path.substring(0, slash));
    }

    /**
     * The path a page in the handbook's language has for {@code path} in a language folder ({@code guides/setup} for
     * {@code es/guides/setup}); null for a path in none.
     */
    public String untranslated(String path) {
        int slash = path.indexOf('/');
        return slash < 0 || !tags.containsKey(path.substring(0, slash)) ? null : path.substring(slash + 1);
    }

    /** Each language folder's name with its language's tag ({@code cy} → {@code cy}, {@code pt-br} → {@code pt-BR}), by name. */
    public java.util.SortedMap<String, String> folders() {
        return new java.util.TreeMap<>(tags);
    }

    /**
     * Whether the top folder {@code folder} holds translations into a language other than the handbook's own
     * ({@code cy/} in an English handbook; not {@code en/} where every language has a folder).
     */
    public boolean translatesFrom(String folder, String handbookLanguage) {
        return tags.containsKey(folder) && !Translations.own(folder).equals(Translations.own(handbookLanguage));
    }

    public boolean isEmpty() {
        return tags.isEmpty();
    }
}
