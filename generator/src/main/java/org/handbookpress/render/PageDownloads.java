package org.handbookpress.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;

/**
 * The Downloads page's lists of the files printed of one page alone, under its packs: the chapters', policies',
 * agreements' and glossary's own PDFs (with their large-print editions), then every slide deck's slides and handout.
 * Each list is grouped by the section its pages are in, the sections in the menu's order and the pages in it as the
 * menu has them, so that a reader finds a file where the menu shows its page. The page listed only the packs: a
 * volunteer after one policy, or a trainer after one session's handout, found neither there.
 */
final class PageDownloads {

    /**
     * Beyond this many pages listed, each section's list is folded (a {@code <details>}, closed, counting its files),
     * so that a handbook of thousands of chapters opens on a page of section names rather than of every file. Below it
     * each section is a heading over its list: a short page is read whole, and a reader's find reaches every title.
     */
    static final int FOLDED_BEYOND = 40;

    private final Handbook handbook;
    private final SiteNavigation navigation;
    private final SiteModel model;
    private final Map<String, List<DownloadFile>> files;

    /** @param files per page path, its PDFs ({@link LayoutExtras#pageFiles}) */
    PageDownloads(Handbook handbook, SiteNavigation navigation, SiteModel model, Map<String, List<DownloadFile>> files) {
        this.handbook = handbook;
        this.navigation = navigation;
        this.model = model;
        this.files = files;
    }

    /**
     * The layouts' {@code pageFiles} value for the Downloads page at {@code url}, of the pages {@code listed} keeps:
     * {@code documents} and {@code decks}, each a list of sections ({@code names}, {@code count}, {@code entries}),
     * and {@code folded} when the sections are to be folded; null when no page has a file.
     */
    Map<String, Object> model(String url, Predicate<Page> listed) {
        List<Page> pages = handbook.pages().stream().filter(p -> files.containsKey(p.path())).filter(listed).toList();
        if (pages.isEmpty()) {
            return null;
        }
        List<Page> ordered = new ArrayList<>(navigation.inMenuOrder(pages, p -> p));
        // The page's own language's pages first, as its search lists them: a folder of translations' page lists its
        // pages, then those not translated yet; the top lists the pages in no folder of translations, then theirs.
        String folder = model.translationFolderOf(url);
        ordered.sort(java.util.Comparator.comparingInt(p -> java.util.Objects.equals(model.translationFolderOf(p.path()), folder) ? 0 : 1));
        Labels words = model.labels().of(url);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", sections(url, ordered.stream().filter(p -> p.kind() != Kind.SLIDES).toList(), words));
        out.put("decks", sections(url, ordered.stream().filter(p -> p.kind() == Kind.SLIDES).toList(), words));
        out.put("folded", pages.size() > FOLDED_BEYOND);
        return out;
    }

    /** The pages, in the order given, gathered under their sections, each section where its first page comes. */
    private List<Map<String, Object>> sections(String url, List<Page> pages, Labels words) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Page page : pages) {
            List<ShownName> names = model.sectionNames(page, url);
            Map<String, Object> section = sections.computeIfAbsent(ShownName.joined(names), key -> newSection(names, sections.size()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) section.get("entries");
            entries.add(entry(url, page, words));
            section.put("count", (Integer) section.get("count") + files.get(page.path()).size());
        }
        return List.copyOf(sections.values());
    }

    private static Map<String, Object> newSection(List<ShownName> names, int number) {
        Map<String, Object> section = new LinkedHashMap<>();
        // Named as the page's breadcrumbs name its sections; none for the pages at the top (the glossary), which the
        // layout lists under a word of its own.
        section.put("names", names.stream().map(name -> name.into(Map.of())).toList());
        section.put("number", number + 1);
        section.put("count", 0);
        section.put("entries", new ArrayList<Map<String, Object>>());
        return section;
    }

    /** One page's files: the first linked by its title, the others (large print, a deck's handout) beside it. */
    private Map<String, Object> entry(String url, Page page, Labels words) {
        // One list of the page's files, the first linked by the title and the rest beside it, so the two cannot disagree.
        List<Map<String, Object>> printed = files.get(page.path()).stream().map(f -> f.model(url)).toList();
        Map<String, Object> entry = new LinkedHashMap<>(printed.get(0));
        entry.put("title", page.title());
        String language = model.languageOf(page.path());
        if (!language.equals(model.languageOf(url))) { // a page not translated yet, listed on a folder of translations' page
            entry.put("lang", language);
        }
        entry.put("kind", page.kind().id());
        entry.put("kindLabel", words.text(switch (page.kind()) {
            case CHAPTER, POLICY, AGREEMENT, SESSION, GLOSSARY, SLIDES -> "kind." + page.kind().id();
            default -> "kind.document";
        }));
        entry.put("format", "PDF");
        entry.put("otherEditions", printed.subList(1, printed.size()));
        entry.put("files", printed);
        return entry;
    }
}
