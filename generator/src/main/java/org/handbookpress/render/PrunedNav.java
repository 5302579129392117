package org.handbookpress.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.links.RelativeUrl;

/**
 * The navigation one page shows: every top-level entry, and below it only the sections on the way to
 * this page, so that a page's size does not grow with the number of pages in the handbook (MkDocs
 * Material calls this pruning). Other sections appear as one link each, closed.
 *
 * <p>A section on the way with more than {@link #LIST_ALL_UP_TO} pages lists a window of the pages
 * around this one ({@link #NEIGHBOURS} either side) and a link to the section's index page, which lists
 * them all; its sub-sections are always listed. So a page of a 500-page folder carries about 21 links,
 * not 500, and the same page carries the same links whether the handbook has 1,000 pages or 10,000.
 * Pruning is done here, at build time, rather than by a script, so the menu is the same with and
 * without JavaScript and from file://, and a page loads nothing more for it.
 */
final class PrunedNav {

    /** A section with at most this many pages lists them all (every section of a typical handbook). */
    static final int LIST_ALL_UP_TO = 25;
    /** Pages listed before and after the current one in a longer section. */
    static final int NEIGHBOURS = 10;
    /** Pages of a closed section offered to the home page's cards (title and link). */
    static final int LEADING = 4;

    /**
     * A section's pages (not sub-sections) and its entries with a link, in order, with what a page needs
     * to find itself among the pages and list a window of them in time that does not grow with the section
     * (searching a 500-page section from each of its pages made the navigation O(N²) over a build). A
     * section's pages are distinct (one per file), so a window of them is a range of their indexes.
     */
    static final class Section {
        private final List<NavNode> children;
        private final List<NavNode> pages;
        private final List<NavNode> linked;
        /** Where each page, and each sub-section, stands among the children. */
        private final int[] pageAt;
        private final int[] sectionAt;
        /** The last page with each key, and with each URL: the page a current key or URL picks out. */
        private final Map<String, Integer> lastByKey = new HashMap<>();
        private final Map<String, Integer> lastByUrl = new HashMap<>();

        Section(List<NavNode> children) {
            this.children = children;
            List<NavNode> pageList = new ArrayList<>();
            List<Integer> pagePositions = new ArrayList<>();
            List<Integer> sectionPositions = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                NavNode child = children.get(i);
                if (child.isSection()) {
                    sectionPositions.add(i);
                } else {
                    lastByKey.put(child.key(), pageList.size());
                    if (child.url() != null) {
                        lastByUrl.put(child.url(), pageList.size());
                    }
                    pageList.add(child);
                    pagePositions.add(i);
                }
            }
            this.pages = List.copyOf(pageList);
            this.linked = children.stream().filter(c -> c.url() != null).toList();
            this.pageAt = pagePositions.stream().mapToInt(Integer::intValue).toArray();
            this.sectionAt = sectionPositions.stream().mapToInt(Integer::intValue).toArray();
        }

        List<NavNode> pages() {
            return pages;
        }

        List<NavNode> linked() {
            return linked;
        }

        /** The index among the pages of the last page whose key or URL is the current one; 0 when none is. */
        int focus(String currentKey, String fromUrl) {
            int byKey = currentKey == null ? -1 : lastByKey.getOrDefault(currentKey, -1);
            int byUrl = fromUrl == null ? -1 : lastByUrl.getOrDefault(fromUrl, -1);
            return Math.max(0, Math.max(byKey, byUrl));
        }

        /** Every sub-section and the pages from {@code start} (inclusive) to {@code end}, in the section's order. */
        List<NavNode> shown(int start, int end) {
            List<NavNode> out = new ArrayList<>(end - start + sectionAt.length);
            int page = start;
            int section = 0;
            while (page < end || section < sectionAt.length) {
                if (section == sectionAt.length || page < end && pageAt[page] < sectionAt[section]) {
                    out.add(children.get(pageAt[page++]));
                } else {
                    out.add(children.get(sectionAt[section++]));
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * Each section's lists, worked out once per build so that a page's navigation costs the same
     * however many pages the other sections have. Read-only once made: safe to share between threads.
     */
    static Map<NavNode, Section> sections(List<NavNode> tree) {
        Map<NavNode, Section> out = new IdentityHashMap<>();
        addSections(tree, out);
        return Collections.unmodifiableMap(out);
    }

    private static void addSections(List<NavNode> nodes, Map<NavNode, Section> out) {
        for (NavNode node : nodes) {
            out.put(node, new Section(node.children()));
            addSections(node.children(), out);
        }
    }

    private final Map<NavNode, Section> sections;
    private final String fromUrl;
    private final String currentKey;

    private PrunedNav(Map<NavNode, Section> sections, String fromUrl, String currentKey) {
        this.sections = sections;
        this.fromUrl = fromUrl;
        this.currentKey = currentKey;
    }

    /**
     * The navigation items for the page at {@code fromUrl}, whose page path or folder key is {@code currentKey}.
     *
     * @param sections {@link #sections} of the same tree
     */
    static List<Map<String, Object>> of(List<NavNode> tree, Map<NavNode, Section> sections, String fromUrl, String currentKey) {
        return new PrunedNav(sections, fromUrl, currentKey).items(tree);
    }

    private List<Map<String, Object>> items(List<NavNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NavNode node : nodes) {
            out.add(item(node));
        }
        return out;
    }

    private Map<String, Object> item(NavNode node) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("title", node.title());
        if (node.url() != null) {
            n.put("href", RelativeUrl.between(fromUrl, node.url()));
        }
        boolean current = isCurrent(node);
        boolean open = current || (node.key().endsWith("/") && currentKey != null && currentKey.startsWith(node.key()));
        n.put("current", current);
        n.put("open", open);
        n.put("section", node.isSection());
        Section section = sections.get(node);
        List<NavNode> pages = section.pages();
        List<NavNode> linked = section.linked();
        n.put("total", linked.size());
        n.put("leading", linked.subList(0, Math.min(LEADING, linked.size())).stream()
                .map(c -> Map.<String, Object>of("title", c.title(), "href", RelativeUrl.between(fromUrl, c.url()))).toList());
        if (!open) {
            n.put("children", List.of());
            return n;
        }
        List<NavNode> shown = node.children();
        if (pages.size() > LIST_ALL_UP_TO) {
            int focus = section.focus(currentKey, fromUrl);
            int size = 2 * NEIGHBOURS + 1;
            int start = Math.max(0, Math.min(focus - NEIGHBOURS, pages.size() - size));
            shown = section.shown(start, start + size);
            if (!current && node.url() != null) {
                n.put("more", Map.of("href", RelativeUrl.between(fromUrl, node.url()), "count", pages.size(),
                        "before", start, "after", pages.size() - start - size));
            }
        }
        n.put("children", items(shown));
        return n;
    }

    private boolean isCurrent(NavNode node) {
        return node.key().equals(currentKey) || (node.url() != null && node.url().equals(fromUrl));
    }
}
