package org.handbookpress.render;

import java.util.ArrayList;
import java.util.Collections;
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

    /** A section's pages (not sub-sections) and its entries with a link, in order. */
    record Section(List<NavNode> pages, List<NavNode> linked) {
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
            out.put(node, new Section(node.children().stream().filter(c -> !c.isSection()).toList(),
                    node.children().stream().filter(c -> c.url() != null).toList()));
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
            int focus = 0;
            for (int i = 0; i < pages.size(); i++) {
                if (isCurrent(pages.get(i))) {
                    focus = i;
                }
            }
            int size = 2 * NEIGHBOURS + 1;
            int start = Math.max(0, Math.min(focus - NEIGHBOURS, pages.size() - size));
            List<NavNode> window = pages.subList(start, start + size);
            shown = node.children().stream().filter(c -> c.isSection() || window.contains(c)).toList();
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
