package org.handbookpress.content;

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
 */
public final class WikiNames {

    private final Map<String, Page> byPath = new HashMap<>();
    private final Map<String, Page> byTitle = new HashMap<>();
    private final Map<String, Page> byAlias;
    private final Map<String, Page> byName;

    /** @param pages in reading order */
    public WikiNames(Collection<Page> pages) {
        for (Page page : pages) {
            byPath.put(page.path(), page);
            byTitle.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page);
        }
        byAlias = byUniqueNames(pages, page -> page.meta().names().aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT)).toList());
        byName = byUniqueNames(pages, page -> List.of(Page.stem(page.fileName()).toLowerCase(Locale.ROOT)));
    }

    public Optional<Page> find(String target) {
        String key = target.trim();
        String lower = key.toLowerCase(Locale.ROOT);
        Page page = byTitle.get(lower);
        page = page != null ? page : byAlias.get(lower);
        page = page != null ? page : byPath(Page.isPageFile(key) ? key : key + ".md");
        page = page != null ? page : byPath(key + "/index.md");
        page = page != null || key.contains("/") ? page : byName.get(lower);
        return Optional.ofNullable(page);
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
