package org.handbookpress.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Page;

/**
 * A handbook's glossaries: its own, and one for each folder of translations that has its own glossary page
 * ({@code cy/glossary.md}, "Y geiriau rydyn ni'n eu defnyddio"), whose terms are linked on that folder's pages, so a
 * Welsh page links Welsh terms to Welsh definitions. A page in a folder without one uses the handbook's.
 */
public final class Glossaries {

    private final Glossary main;
    private final Map<String, Glossary> byFolder;

    /** @param byFolder each folder of translations' glossary, by the folder's name ({@code cy}) */
    public Glossaries(Glossary main, Map<String, Glossary> byFolder) {
        this.main = main;
        this.byFolder = Map.copyOf(byFolder);
    }

    /** The handbook's own glossary alone. */
    public static Glossaries of(Glossary main) {
        return new Glossaries(main, Map.of());
    }

    /** The handbook's own glossary (its language's). */
    public Glossary main() {
        return main;
    }

    /** The glossary whose terms the page at {@code path} links: its folder of translations', else the handbook's. */
    public Glossary of(String path) {
        int slash = path.indexOf('/');
        Glossary own = slash < 0 ? null : byFolder.get(path.substring(0, slash));
        return own != null ? own : main;
    }

    /** Every glossary, the handbook's first, then the folders' by name. */
    public List<Glossary> all() {
        List<Glossary> all = new ArrayList<>();
        all.add(main);
        new java.util.TreeMap<>(byFolder).values().forEach(all::add);
        return List.copyOf(all);
    }

    /** Whether the page is one of the glossaries' own pages. */
    public boolean isGlossaryPage(Page page) {
        return all().stream().anyMatch(g -> g.page().map(p -> p.path().equals(page.path())).orElse(false));
    }
}
