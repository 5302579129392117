package org.handbookpress.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The page a wiki target names ({@code [[Refund policy]]}, {@code ![[toolkit/setup]]}), by one set of rules for links
 * and for pages shown in others: its title (any case; the first page in reading order with it), an alias from its
 * front matter, its path with or without {@code .md} (or a folder's, for its own page), or its file's name alone when
 * no other page has that name.
 * <p>
 * A title several pages share (a federation's groups each have their "Contacts") names the one nearest the linking
 * page, as Obsidian resolves a shared name: the one reached climbing the fewest folders up from the linking page's
 * folder (its own folder first, then its parent's, …), and among those the fewest folders down again. Pages equally
 * near are {@link Found#tied()}: the first of them in reading order is taken, and the link's finding names them all.
 */
public final class WikiNames {

    private final Map<String, Page> byPath = new HashMap<>();
    /** Pages by title in lower case, in reading order. */
    private final Map<String, List<Page>> byTitle = new HashMap<>();
    private final Map<String, Page> byAlias;
    private final Map<String, Page> byName;
    /** The pages of a file's name (in lower case) that several share, when they are one page and its translations. */
    private final Map<String, List<Page>> translatedNames = new HashMap<>();
    private final LanguageFolders languages;

    /** @param pages in reading order */
    public WikiNames(Collection<Page> pages) {
        this(pages, LanguageFolders.NONE);
    }

    /**
     * @param pages     in reading order
     * @param languages the handbook's folders of translations: a file's name that a page shares only with its own
     *                  translations ({@code glossary.md}, {@code es/glossary.md}) names the one in the linking page's language
     */
    public WikiNames(Collection<Page> pages, LanguageFolders languages) {
        this.languages = languages;
        Map<String, List<Page>> allByName = new HashMap<>();
        for (Page page : pages) {
            allByName.computeIfAbsent(Page.stem(page.fileName()).toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(page);
        }
        allByName.forEach((name, named) -> {
            if (named.size() > 1 && named.stream().map(p -> original(p.path())).distinct().count() == 1) {
                translatedNames.put(name, named);
            }
        });
        for (Page page : pages) {
            byPath.put(page.path(), page);
            byTitle.computeIfAbsent(page.title().toLowerCase(Locale.ROOT), title -> new ArrayList<>()).add(page);
        }
        byAlias = byUniqueNames(pages, page -> page.meta().names().aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT)).toList());
        byName = byUniqueNames(pages, page -> List.of(Page.stem(page.fileName()).toLowerCase(Locale.ROOT)));
    }

    /** The page a target names, read from the top folder. */
    public Optional<Page> find(String target) {
        return find(target, "").map(Found::page);
    }

    /**
     * The page found, and when its title is shared, the other pages as near the linking page as it is (empty when
     * it is the nearest alone).
     */
    public record Found(Page page, List<Page> tied) {
    }

    /** The page a target names, written on a page in {@code folder} ({@code ""} for the top); empty when none. */
    public Optional<Found> find(String target, String folder) {
        String key = target.trim();
        String lower = key.toLowerCase(Locale.ROOT);
        List<Page> titled = byTitle.getOrDefault(lower, List.of());
        if (!titled.isEmpty()) {
            return Optional.of(nearest(titled, folder));
        }
        Page page = byAlias.get(lower);
        if (page == null && !key.contains("/") && translatedNames.containsKey(Page.stem(lower))) {
            // A page and its translations share their file's name (glossary.md, es/glossary.md): [[Glossary]] was no
            // link at all once the Spanish glossary was added, and [[glossary]] on a Spanish page the English one. It
            // names the one in the linking page's language, else the original.
            page = inLanguageOf(translatedNames.get(Page.stem(lower)), folder);
        }
        page = page != null ? page : byPath(Page.isPageFile(key) ? key : key + ".md");
        page = page != null ? page : byPath(key + "/index.md");
        page = page != null || key.contains("/") ? page : byName.get(lower);
        return Optional.ofNullable(page).map(p -> new Found(p, List.of()));
    }

    private String original(String path) {
        String untranslated = languages.untranslated(path);
        return untranslated == null ? path : untranslated;
    }

    private Page inLanguageOf(List<Page> translations, String folder) {
        String language = languages.languageOf(folder.isEmpty() ? "page.md" : folder + "/page.md");
        Page original = null;
        for (Page page : translations) {
            String own = languages.languageOf(page.path());
            if (java.util.Objects.equals(own, language)) {
                return page;
            }
            original = own == null ? page : original;
        }
        return original;
    }

    /** The page of {@code pages} (in reading order) nearest a page in {@code folder}, with those as near as it. */
    static Found nearest(List<Page> pages, String folder) {
        if (pages.size() == 1) {
            return new Found(pages.get(0), List.of());
        }
        List<String> from = segments(folder);
        long best = Long.MAX_VALUE;
        List<Page> nearest = new ArrayList<>();
        for (Page page : pages) {
            List<String> to = segments(page.folder());
            int common = 0;
            while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
                common++;
            }
            // Folders climbed first, then folders gone down: a page beside the linking one's folder, or in it, wins over
            // one deeper in a folder the two share.
            long distance = (long) (from.size() - common) << 32 | (to.size() - common);
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(page);
            }
        }
        return new Found(nearest.get(0), List.copyOf(nearest.subList(1, nearest.size())));
    }

    private static List<String> segments(String folder) {
        return folder.isEmpty() ? List.of() : List.of(folder.split("/"));
    }

    private Page byPath(String path) {
        Page page = byPath.get(path);
        for (int i = 0; page == null && i < Page.otherSpellings(path).size(); i++) {
            page = byPath.get(Page.otherSpellings(path).get(i));
        }
        return page;
    }

    /**
     * The items by their names (a file name, a path, aliases), leaving out every name two of them share: such a name
     * points at neither. An item that gives one name twice keeps it.
     */
    public static <T> Map<String, T> byUniqueNames(Collection<T> items, Function<T, List<String>> names) {
        Map<String, T> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (T item : items) {
            for (String name : names.apply(item)) {
                T before = byName.putIfAbsent(name, item);
                if (before != null && !before.equals(item)) {
                    shared.add(name);
                }
            }
        }
        byName.keySet().removeAll(shared);
        return byName;
    }
}
