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

    public static final LanguageFolders NONE = new LanguageFolders(Map.of(), Map.of(), List.of());

    /** A language tag as a folder name: a language's code, then a region or script. */
    private static final Pattern TAG = Pattern.compile("([a-z]{2,3})(?:[-_][a-z0-9]{2,8})?", Pattern.CASE_INSENSITIVE);
    /**
     * The languages of three letters CLDR has a locale for ({@code pcm} Nigerian Pidgin, {@code yue}, {@code haw}), which
     * have no code of two letters; a folder so named must still translate most pages to be one.
     */
    private static final Set<String> THREE_LETTER_LANGUAGES = java.util.Arrays.stream(com.ibm.icu.util.ULocale.getAvailableLocales())
            .map(com.ibm.icu.util.ULocale::getLanguage).filter(l -> l.length() == 3).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Each language folder's name, with its language tag as HTML writes one ({@code zh-CN}). */
    private final Map<String, String> tags;
    /**
     * The folders of files published as a language folder at the top ({@code _articles/fr}, a Jekyll collection whose
     * {@code permalink: /:path/} publishes its {@code fr/} at {@code fr/}), with that language folder's name.
     */
    private final Map<String, String> publishedAs;
    /** The languages' tags in the order the site's settings list them (a Hugo site's by weight); empty when none do. */
    private final List<String> order;

    private LanguageFolders(Map<String, String> tags, Map<String, String> publishedAs, List<String> order) {
        this.tags = Map.copyOf(tags);
        this.publishedAs = Map.copyOf(publishedAs);
        this.order = List.copyOf(order);
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
        return of(pages, language, Set.of());
    }

    /**
     * The language folders of a handbook: those its pages show, and those its handbook.yml names under {@code languages:}
     * ({@code cy: {title: Llawlyfr}}) that translate at least one page, their own page included.
     */
    public static LanguageFolders of(Handbook handbook) {
        LanguageFolders folders = of(handbook.pages(), handbook.config().language(), handbook.config().translations().keySet(),
                namedBySite(handbook.contentDir()));
        List<String> order = HugoLanguageFolders.order(handbook.contentDir());
        return folders.isEmpty() || order.isEmpty() ? folders : new LanguageFolders(folders.tags, folders.publishedAs, order);
    }

    /**
     * Where a language comes in a list of the handbook's languages, as a language switch lists them: its place in the
     * order the site's settings give (a Hugo site's {@code weight}s, {@link HugoLanguageFolders#order}), by its tag, else
     * by its language ({@code en-GB} for {@code en}); after those, or all alike when the settings give none.
     */
    public int rank(String tag) {
        for (java.util.function.Function<String, String> key : List.<java.util.function.Function<String, String>>of(
                LanguageFolders::declaredKey, Translations::own)) {
            for (int i = 0; i < order.size(); i++) {
                if (key.apply(order.get(i)).equals(key.apply(tag))) {
                    return i;
                }
            }
        }
        return order.size();
    }

    /**
     * As {@link #of(Collection, String)}, where a folder named by one of {@code declared}, the tags handbook.yml gives
     * words for under {@code languages:}, is one as soon as one of its pages, its own page too, translates one: a charity
     * starting its Welsh pages with the home page and one chapter, and saying so in handbook.yml, has a Welsh folder, where
     * guessing from the pages alone needs two besides the home page (a folder {@code hr/} or {@code it/} of a department's
     * own pages may have one page of a name found elsewhere, but is never named a language in handbook.yml).
     */
    public static LanguageFolders of(Collection<Page> pages, String language, Set<String> declared) {
        return of(pages, language, declared, Map.of());
    }

    /**
     * As {@link #of(Collection, String, Set)}, where each folder of {@code named}, those the site's own settings give a
     * language ({@link HugoLanguageFolders}: {@code espanol} → {@code es}), is that language's whatever its name and
     * however few of its pages are translated so far, as the tool that built the site reads it.
     *
     * @param named top folders by name, each with its language's tag
     */
    public static LanguageFolders of(Collection<Page> pages, String language, Set<String> declared, Map<String, String> named) {
        Set<String> declaredTags = new HashSet<>();
        declared.forEach(t -> declaredTags.add(declaredKey(t)));
        Map<String, List<String>> byTopFolder = new HashMap<>();
        Set<String> stems = new HashSet<>();
        Map<String, String> filedIn = new HashMap<>();
        for (Page page : pages) {
            String stem = placeOf(page);
            stems.add(stem);
            String file = Page.stem(page.path());
            int slash = stem.indexOf('/');
            if (!stem.equals(file) && slash > 0 && file.endsWith(stem.substring(slash))) {
                filedIn.put(stem.substring(0, slash), file.substring(0, file.length() - stem.length() + slash));
            }
            if (slash > 0 && (named.containsKey(stem.substring(0, slash)) || namesALanguage(stem.substring(0, slash)))) {
                byTopFolder.computeIfAbsent(stem.substring(0, slash), f -> new ArrayList<>()).add(stem.substring(slash + 1));
            }
        }
        String own = Translations.own(language);
        // A folder the site's settings name is the one they say is in the handbook's language, before one only named so.
        String ownFolder = byTopFolder.keySet().stream().filter(f -> !own.isEmpty() && Translations.own(named.getOrDefault(f, f)).equals(own))
                .sorted(java.util.Comparator.comparing((String f) -> !named.containsKey(f)).thenComparing(f -> f)).findFirst().orElse(null);
        Set<String> ownPages = ownFolder == null ? Set.of() : new HashSet<>(byTopFolder.get(ownFolder));
        Map<String, String> tags = new HashMap<>();
        byTopFolder.forEach((folder, inside) -> {
            // A folder's own page has a counterpart in any handbook with a home page: it says nothing, and is not counted.
            List<String> pagesOwn = inside.stream().filter(s -> Handbook.folderPageRank(s.substring(s.lastIndexOf('/') + 1) + ".md") < 0)
                    .toList();
            long translated = pagesOwn.stream().filter(p -> stems.contains(p) || !folder.equals(ownFolder) && ownPages.contains(p)).count();
            boolean declaredFolder = declaredTags.contains(declaredKey(folder))
                    && inside.stream().anyMatch(p -> stems.contains(p) || !folder.equals(ownFolder) && ownPages.contains(p));
            if (named.containsKey(folder)) {
                tags.put(folder, named.get(folder));
            } else if (declaredFolder || translated >= 2 && translated * 2 > pagesOwn.size()) {
                tags.put(folder, tag(folder));
            }
        });
        if (ownFolder != null && tags.keySet().stream().anyMatch(f -> !f.equals(ownFolder))) {
            tags.putIfAbsent(ownFolder, named.getOrDefault(ownFolder, tag(ownFolder))); // the language the others translate
        }
        if (tags.isEmpty()) {
            return NONE;
        }
        Map<String, String> publishedAs = new HashMap<>();
        filedIn.forEach((folder, files) -> {
            if (tags.containsKey(folder)) {
                publishedAs.put(files, folder);
            }
        });
        return new LanguageFolders(tags, publishedAs, List.of());
    }

    /**
     * The top folders of {@code contentDir} its site's settings give a language, each with its tag
     * ({@link HugoLanguageFolders}); empty for a folder without such settings, or null.
     */
    public static Map<String, String> namedBySite(java.nio.file.Path contentDir) {
        return HugoLanguageFolders.of(contentDir);
    }

    /**
     * The language folder a site serves at {@code segment}, the first folder of an address ({@code /es/shifts/}), when
     * the folder is named otherwise: the one whose tag is {@code segment} ({@code pt-br} for {@code pt-BR}), else the only
     * one whose language's code it is ({@code es} for {@code es-ES}), as Hugo serves each language at its code; null for
     * none, or for a folder of that very name, found as it is.
     */
    public String folderServedAt(String segment) {
        if (segment.isEmpty() || tags.containsKey(segment)) {
            return null;
        }
        String wanted = declaredKey(segment);
        List<String> exact = tags.entrySet().stream().filter(e -> declaredKey(e.getValue()).equals(wanted)).map(Map.Entry::getKey).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<String> same = tags.entrySet().stream().filter(e -> Translations.own(e.getValue()).equals(wanted)).map(Map.Entry::getKey).toList();
        return exact.isEmpty() && same.size() == 1 ? same.get(0) : null;
    }

    /**
     * Whether the top folder {@code folder} is one of these language folders, or named by a language's code as one is
     * ({@link #namesALanguage}).
     */
    public boolean isLanguageFolder(String folder) {
        return tags.containsKey(folder) || namesALanguage(folder);
    }

    /**
     * Where a page is in the site, as a path without extension: its file's path ({@code fr/legal}), or its address when
     * it is published in another top folder than its file's ({@code _articles/fr/legal.md} of a Jekyll collection
     * published at the top is at {@code fr/legal}), so that such a collection's folders of translations are found.
     */
    private static String placeOf(Page page) {
        String path = page.path();
        String url = page.url();
        String address = url.endsWith(".html") ? url.substring(0, url.length() - ".html".length()) : url;
        return topFolder(path).equals(topFolder(url)) ? Page.stem(path) : address;
    }

    private static String topFolder(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The language folder a path is in: its top folder, or the folder it is published as ({@link #publishedAs}). */
    private String folderOf(String path) {
        String top = topFolder(path);
        if (tags.containsKey(top)) {
            return top;
        }
        for (Map.Entry<String, String> files : publishedAs.entrySet()) {
            if (path.startsWith(files.getKey() + "/") || path.equals(files.getKey())) {
                return files.getValue();
            }
        }
        return null;
    }

    /**
     * Whether the folder at {@code folder} holds translations published as a language folder at the top although
     * it is filed deeper ({@code _articles/fr}); such a folder is no section of the menu, as a top one is not.
     */
    public boolean publishesTranslations(String folder, String handbookLanguage) {
        String published = publishedAs.get(folder);
        return published != null && translatesFrom(published, handbookLanguage);
    }

    /**
     * Whether a folder's name is a language's code, as a folder of translations is named ({@code es}, {@code zh-cn}, or
     * {@code pcm} for a language with no code of two letters).
     */
    public static boolean namesALanguage(String folder) {
        java.util.regex.Matcher tag = TAG.matcher(folder);
        if (!tag.matches()) {
            return false;
        }
        String language = tag.group(1).toLowerCase(Locale.ROOT);
        return language.length() == 2 ? Translations.isLanguageCode(language) : THREE_LETTER_LANGUAGES.contains(language);
    }

    /**
     * A language folder's name or a tag under handbook.yml's {@code languages:} as the two are compared: {@code pt_BR/} is
     * the folder of {@code pt-BR}, in any case. One rule for every reader of {@code languages:} (FolderDefaults too).
     */
    static String declaredKey(String name) {
        return name.replace('_', '-').toLowerCase(Locale.ROOT);
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
        String folder = folderOf(path);
        return folder == null ? null : tags.get(folder);
    }

    /**
     * The path a page in the handbook's language has for {@code path} in a language folder ({@code guides/setup} for
     * {@code es/guides/setup}, {@code _articles/setup} for {@code _articles/es/setup} published at {@code es/setup});
     * null for a path in none.
     */
    public String untranslated(String path) {
        String top = topFolder(path);
        if (!top.isEmpty() && tags.containsKey(top)) {
            return path.substring(top.length() + 1);
        }
        for (String files : publishedAs.keySet()) {
            if (path.startsWith(files + "/")) { // _articles/fr/legal.md translates _articles/legal.md
                return files.substring(0, files.lastIndexOf('/') + 1) + path.substring(files.length() + 1);
            }
        }
        return null;
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
        return tags.containsKey(folder) && !Translations.own(tags.get(folder)).equals(Translations.own(handbookLanguage));
    }

    /**
     * The language a page's text is in: the one its front matter gives ({@code lang:}, {@link Page#ownLanguage}), else
     * its folder's, in a folder of translations; else {@code handbookLanguage}.
     */
    public String textLanguageOf(Page page, String handbookLanguage) {
        String own = languageOf(page.path());
        String folder = own == null ? handbookLanguage : own;
        String given = page.ownLanguage(folder);
        return given == null ? folder : given;
    }

    /**
     * The path a document of these pages (a pack, its PDF or e-book) is written as, for its words, dates and language:
     * that of their folder of translations when they are all in the same one (a Welsh pack of {@code cy/…} pages is in
     * Welsh), else "" (the handbook's language).
     */
    public String writtenAs(List<Page> pages) {
        if (pages.isEmpty()) {
            return "";
        }
        String first = languageOf(pages.get(0).path());
        return first != null && pages.stream().allMatch(p -> first.equals(languageOf(p.path()))) ? pages.get(0).path() : "";
    }

    public boolean isEmpty() {
        return tags.isEmpty();
    }
}
