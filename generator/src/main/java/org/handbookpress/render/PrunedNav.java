package org.handbookpress.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.links.RelativeUrl;

/**
 * The navigation one page shows: the top-level entries, and below them only the sections on the way to
 * this page, so that a page's size does not grow with the number of pages in the handbook (MkDocs
 * Material calls this pruning). Other sections appear as one link each, closed.
 *
 * <p>No list in it grows with the handbook either. A list (a section on the way, or the top level) with
 * more than {@link #LIST_ALL_UP_TO} pages shows a window of the pages around this one
 * ({@link #NEIGHBOURS} either side), and one with more than {@link #LIST_ALL_UP_TO} sub-sections a window of
 * them around the one this page is in (at the top level, more than {@link #TOP_LEVEL_ALL_UP_TO} of either), with
 * a link to the page that lists them all: the section's index, or the home page for the top level. So a page of a
 * 500-page folder carries about 21 links, not 500, as does a note in a wiki of 10,000 notes side by side or a
 * page of one of 300 local groups' folders; and the same page carries the same links whether the handbook has
 * 1,000 pages or 10,000. Pruning is done here, at build time, rather than by a script, so the menu is the
 * same with and without JavaScript and from file://, and a page loads nothing more for it (one shared list of
 * every entry would grow with the handbook, and count against each page's loading budget).
 *
 * <p>A group (a book's part: a name over its chapters, {@link NavNode#group}) is always open, since no page opens it: its
 * entries are listed as a section's, in a window with a link to the home page (which lists every group whole) when it has
 * more than {@link #LIST_ALL_UP_TO}. Among the top level's sections, a page is in the group that holds it.
 */
final class PrunedNav {

    /** A section with at most this many pages, and at most this many sub-sections, lists them all (every section of a typical handbook). */
    static final int LIST_ALL_UP_TO = 25;
    /**
     * Top-level pages, and top-level sections, are all listed up to this many each: a reader sees every one in any
     * usual handbook, and a small handbook of pages side by side looks as it did before lists were windowed.
     */
    static final int TOP_LEVEL_ALL_UP_TO = 50;
    /** Entries listed before and after the current one in a longer list. */
    static final int NEIGHBOURS = 10;
    /** Pages of a closed section offered to the home page's cards (title and link). */
    static final int LEADING = 4;

    /** The entries listed of a list of {@code size}: from {@code start} (inclusive) to {@code end}. */
    record Window(int start, int end, int size) {
        static Window all(int size) {
            return new Window(0, size, size);
        }

        /** {@code 2 * NEIGHBOURS + 1} entries around {@code focus}, moved in from either end of the list. */
        static Window around(int focus, int size) {
            int width = Math.min(size, 2 * NEIGHBOURS + 1);
            int start = Math.max(0, Math.min(focus - NEIGHBOURS, size - width));
            return new Window(start, start + width, size);
        }

        boolean whole() {
            return start == 0 && end == size;
        }
    }

    /**
     * A section's pages and sub-sections and its entries with a link, in order, with what a page needs to find
     * itself among them and list a window of them in time that does not grow with the section (searching a
     * 500-page section from each of its pages made the navigation O(N²) over a build). A section's entries are
     * distinct (one per file or folder), so a window of them is a range of their indexes.
     */
    static final class Section {
        private final List<NavNode> children;
        private final List<NavNode> pages;
        private final List<NavNode> sections;
        private final List<NavNode> linked;
        /** How many of the pages are pages: a book's draft chapter is listed among them, but has none yet. */
        private final int pageLinks;
        /** Where each page, and each sub-section, stands among the children. */
        private final int[] pageAt;
        private final int[] sectionAt;
        /** The last page with each key, and with each URL: the page a current key or URL picks out. */
        private final Map<String, Integer> lastByKey = new HashMap<>();
        private final Map<String, Integer> lastByUrl = new HashMap<>();
        /** The same for sub-sections, whose key ("groups/north/") also opens them for every page under it. */
        private final Map<String, Integer> sectionByKey = new HashMap<>();
        private final Map<String, Integer> sectionByUrl = new HashMap<>();

        Section(List<NavNode> children) {
            this.children = children;
            List<NavNode> pageList = new ArrayList<>();
            List<NavNode> sectionList = new ArrayList<>();
            List<Integer> pagePositions = new ArrayList<>();
            List<Integer> sectionPositions = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                NavNode child = children.get(i);
                boolean section = child.isSection();
                List<NavNode> list = section ? sectionList : pageList;
                (section ? sectionByKey : lastByKey).put(child.key(), list.size());
                if (child.url() != null) {
                    (section ? sectionByUrl : lastByUrl).put(child.url(), list.size());
                }
                list.add(child);
                (section ? sectionPositions : pagePositions).add(i);
                if (child.isGroup()) {
                    addEntries(child.children(), sectionList.size() - 1);
                }
            }
            this.pages = List.copyOf(pageList);
            this.sections = List.copyOf(sectionList);
            this.linked = children.stream().filter(c -> c.url() != null).toList();
            this.pageLinks = (int) pages.stream().filter(c -> c.url() != null).count();
            this.pageAt = pagePositions.stream().mapToInt(Integer::intValue).toArray();
            this.sectionAt = sectionPositions.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A group's entries, and theirs, each found as the group at {@code index}: a page in it is in the group. */
        private void addEntries(List<NavNode> entries, int index) {
            for (NavNode entry : entries) {
                sectionByKey.putIfAbsent(entry.key(), index);
                if (entry.url() != null) {
                    sectionByUrl.putIfAbsent(entry.url(), index);
                }
                addEntries(entry.children(), index);
            }
        }

        List<NavNode> children() {
            return children;
        }

        List<NavNode> pages() {
            return pages;
        }

        List<NavNode> sections() {
            return sections;
        }

        List<NavNode> linked() {
            return linked;
        }

        int pageLinks() {
            return pageLinks;
        }

        /** The index among the pages of the last page whose key or URL is the current one; 0 when none is. */
        int focus(String currentKey, String fromUrl) {
            int byKey = currentKey == null ? -1 : lastByKey.getOrDefault(currentKey, -1);
            int byUrl = fromUrl == null ? -1 : lastByUrl.getOrDefault(fromUrl, -1);
            return Math.max(0, Math.max(byKey, byUrl));
        }

        /**
         * The index among the sub-sections of the last one that is current or holds the current key (its key is a
         * folder the key is in, looked up folder by folder, so in time that does not grow with the sub-sections);
         * 0 when none does.
         */
        int sectionFocus(String currentKey, String fromUrl) {
            return sectionFocus(currentKey, fromUrl, List.of());
        }

        /** The same, a sub-section also found by the chapter it is, one of {@code chapterKeys} the current page is nested under. */
        int sectionFocus(String currentKey, String fromUrl, List<String> chapterKeys) {
            int found = fromUrl == null ? -1 : sectionByUrl.getOrDefault(fromUrl, -1);
            for (String key : chapterKeys) {
                found = Math.max(found, sectionByKey.getOrDefault(key, -1));
            }
            if (currentKey != null) {
                found = Math.max(found, sectionByKey.getOrDefault(currentKey, -1));
                for (int slash = currentKey.indexOf('/'); slash >= 0; slash = currentKey.indexOf('/', slash + 1)) {
                    found = Math.max(found, sectionByKey.getOrDefault(currentKey.substring(0, slash + 1), -1));
                }
            }
            return Math.max(0, found);
        }

        /** The pages and sub-sections in their windows, in the section's order. */
        List<NavNode> shown(Window pageWindow, Window sectionWindow) {
            List<NavNode> out = new ArrayList<>(pageWindow.end() - pageWindow.start() + sectionWindow.end() - sectionWindow.start());
            int page = pageWindow.start();
            int section = sectionWindow.start();
            while (page < pageWindow.end() || section < sectionWindow.end()) {
                if (section == sectionWindow.end() || page < pageWindow.end() && pageAt[page] < sectionAt[section]) {
                    out.add(children.get(pageAt[page++]));
                } else {
                    out.add(children.get(sectionAt[section++]));
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * The navigation a page shows: its top-level items, and {@code more} (a link to the home page, which lists
     * every top-level entry, with the counts) when the top level is too long to list whole; otherwise null.
     */
    record Menu(List<Map<String, Object>> items, Map<String, Object> more) {
    }

    /**
     * Where a menu entry leads, and its name, on the pages of a folder of translations that {@code nav:} does not list
     * ({@code cy/…}): the same menu as the handbook's own pages, each entry leading to its translation where there is
     * one, named as that is, so that a Welsh page's menu stays in Welsh.
     */
    interface Counterparts {
        Counterparts NONE = new Counterparts() {
            @Override
            public String url(String url) {
                return url;
            }

            @Override
            public ShownName name(NavNode node) {
                return new ShownName(node.title(), null);
            }
        };

        /** The address an entry leading to {@code url} leads to instead. */
        String url(String url);

        /** The entry's name, and its language when it is not the page's (an entry not translated yet). */
        ShownName name(NavNode node);
    }

    /** Each section's lists, and the top level's, made once per build. */
    static final class Sections {
        private final Section top;
        private final Map<NavNode, Section> bySection;
        /**
         * The chapters each page or folder (by key) is a sub-chapter of, outermost first, where a book's table of contents
         * nests it under a page rather than in its folder's section (SUMMARY.md's {@code - [Installation](ch01-01.md)}
         * under {@code - [Getting started](ch01-00.md)}): its path does not say which entries to open.
         */
        private final Map<String, List<NavNode>> chaptersHolding;

        private Sections(Section top, Map<NavNode, Section> bySection, Map<String, List<NavNode>> chaptersHolding) {
            this.top = top;
            this.bySection = bySection;
            this.chaptersHolding = chaptersHolding;
        }

        /** The chapters the page or folder at {@code key} is nested under ({@link #chaptersHolding}); empty for most. */
        List<NavNode> chaptersHolding(String key) {
            return key == null ? List.of() : chaptersHolding.getOrDefault(key, List.of());
        }

        Section top() {
            return top;
        }

        Section of(NavNode node) {
            return bySection.get(node);
        }
    }

    /**
     * Each section's lists, worked out once per build so that a page's navigation costs the same
     * however many pages the other sections have. Read-only once made: safe to share between threads.
     */
    static Sections sections(List<NavNode> tree) {
        Map<NavNode, Section> out = new IdentityHashMap<>();
        Map<String, List<NavNode>> holding = new HashMap<>();
        addSections(tree, out, List.of(), holding);
        return new Sections(new Section(tree), Collections.unmodifiableMap(out), Map.copyOf(holding));
    }

    /** @param chapters the chapters over sub-chapters {@code nodes} are nested in, outermost first */
    private static void addSections(List<NavNode> nodes, Map<NavNode, Section> out, List<NavNode> chapters,
                                    Map<String, List<NavNode>> holding) {
        for (NavNode node : nodes) {
            out.put(node, new Section(node.children()));
            if (!chapters.isEmpty()) {
                holding.putIfAbsent(node.key(), chapters);
            }
            List<NavNode> inside = chapters;
            if (node.isChapter()) {
                inside = new ArrayList<>(chapters);
                inside.add(node);
                inside = List.copyOf(inside);
            }
            addSections(node.children(), out, inside, holding);
        }
    }

    private final Sections sections;
    private final String fromUrl;
    private final String currentKey;
    /** The chapters the current page is a sub-chapter of, open on its way ({@link Sections#chaptersHolding}). */
    private final Set<NavNode> openChapters = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Their keys, which find the current page's place in a window of a list holding one of them. */
    private final List<String> openChapterKeys = new ArrayList<>();
    private final Counterparts counterparts;
    /** Whether the page lists the whole top level (the home page), its groups whole too. */
    private final boolean wholeTop;

    private PrunedNav(Sections sections, String fromUrl, String currentKey, Counterparts counterparts, boolean wholeTop) {
        this.sections = sections;
        this.fromUrl = fromUrl;
        this.currentKey = currentKey;
        this.counterparts = counterparts;
        this.wholeTop = wholeTop;
        for (NavNode chapter : sections.chaptersHolding(currentKey)) {
            openChapters.add(chapter);
            openChapterKeys.add(chapter.key());
        }
    }

    /**
     * The navigation for the page at {@code fromUrl}, whose page path or folder key is {@code currentKey}.
     *
     * @param sections {@link #sections} of the same tree
     * @param wholeTop list every top-level entry (the home page, which the others' {@code more} links to)
     */
    static Menu of(Sections sections, String fromUrl, String currentKey, boolean wholeTop) {
        return of(sections, fromUrl, currentKey, wholeTop, Counterparts.NONE);
    }

    /**
     * The same, each entry leading where {@code counterparts} says and named so: the menu of a page in a folder of
     * translations, {@code currentKey} then the path of the page it translates (where the menu is open).
     */
    static Menu of(Sections sections, String fromUrl, String currentKey, boolean wholeTop, Counterparts counterparts) {
        PrunedNav nav = new PrunedNav(sections, fromUrl, currentKey, counterparts, wholeTop);
        Section top = sections.top();
        if (wholeTop) {
            return new Menu(nav.items(top.children()), null);
        }
        Window pageWindow = nav.pageWindow(top, TOP_LEVEL_ALL_UP_TO);
        Window sectionWindow = nav.sectionWindow(top, TOP_LEVEL_ALL_UP_TO);
        if (pageWindow.whole() && sectionWindow.whole()) {
            return new Menu(nav.items(top.children()), null);
        }
        return new Menu(nav.items(top.shown(pageWindow, sectionWindow)), nav.more("index.html", pageWindow, sectionWindow));
    }

    private Window pageWindow(Section section, int listAllUpTo) {
        int size = section.pages().size();
        return size > listAllUpTo ? Window.around(section.focus(currentKey, fromUrl), size) : Window.all(size);
    }

    private Window sectionWindow(Section section, int listAllUpTo) {
        int size = section.sections().size();
        return size > listAllUpTo ? Window.around(section.sectionFocus(currentKey, fromUrl, openChapterKeys), size) : Window.all(size);
    }

    /** The link to the list a window was taken from: how many pages and sections it has, and how many were left out. */
    private Map<String, Object> more(String listUrl, Window pageWindow, Window sectionWindow) {
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("href", RelativeUrl.between(fromUrl, counterparts.url(listUrl)));
        more.put("count", pageWindow.size());
        more.put("sections", sectionWindow.whole() ? 0 : sectionWindow.size());
        more.put("before", pageWindow.start());
        more.put("after", pageWindow.size() - pageWindow.end());
        return Map.copyOf(more);
    }

    private List<Map<String, Object>> items(List<NavNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NavNode node : nodes) {
            out.add(item(node));
        }
        return out;
    }

    private Map<String, Object> item(NavNode node) {
        Map<String, Object> n = counterparts.name(node).into(Map.of());
        if (node.url() != null) {
            n.put("href", RelativeUrl.between(fromUrl, counterparts.url(node.url())));
        }
        boolean current = isCurrent(node);
        boolean open = current || node.isGroup() || (node.key().endsWith("/") && currentKey != null && currentKey.startsWith(node.key()))
                || openChapters.contains(node);
        n.put("current", current);
        n.put("open", open);
        n.put("section", node.isSection());
        if (node.isGroup()) {
            n.put("group", "nav-" + node.key().replace(':', '-')); // the id its name has, which names its list
        }
        Section section = sections.of(node);
        List<NavNode> linked = section.linked();
        n.put("total", linked.size());
        // Pages and sub-sections counted apart: the home page's card said "Toolkit · 4 pages" of three pages and a
        // folder of three more, and listed the folder among the pages.
        n.put("pageCount", section.pageLinks());
        n.put("sectionCount", section.sections().size());
        n.put("leading", linked.subList(0, Math.min(LEADING, linked.size())).stream()
                .map(c -> counterparts.name(c).into(Map.of("href", RelativeUrl.between(fromUrl, counterparts.url(c.url())),
                        "section", c.isSection()))).toList());
        if (!open) {
            n.put("children", List.of());
            return n;
        }
        List<NavNode> shown = node.children();
        Window pageWindow = pageWindow(section, LIST_ALL_UP_TO);
        Window sectionWindow = sectionWindow(section, LIST_ALL_UP_TO);
        // A group's entries, and those under the home page's own entry (just-the-docs' parent: Home), are all listed on the
        // home page, as the top level's are.
        if ((!pageWindow.whole() || !sectionWindow.whole()) && !((node.isGroup() || current) && wholeTop)) {
            shown = section.shown(pageWindow, sectionWindow);
            if (!current && (node.url() != null || node.isGroup())) {
                n.put("more", more(node.url() != null ? node.url() : "index.html", pageWindow, sectionWindow));
            }
        }
        n.put("children", items(shown));
        return n;
    }

    private boolean isCurrent(NavNode node) {
        return node.key().equals(currentKey) || (node.url() != null && counterparts.url(node.url()).equals(fromUrl));
    }

    /** Whether a section lists its entries in windows on its other pages, so its own page should list them all. */
    static boolean windowed(Section section) {
        return section.pages().size() > LIST_ALL_UP_TO || section.sections().size() > LIST_ALL_UP_TO;
    }
}
