package org.handbookpress.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The menu entries each page is nested under, the outermost first, when the menu is a book's table of contents (a
 * SUMMARY.md, a Jupyter Book's _toc.yml, an MkDocs nav, handbook.yml's nav:): a part's group, the chapters and sections
 * above it. The breadcrumbs follow them rather than the folders the files sit in, which such a menu does not show: a
 * book keeping its chapters in src/ or pages/ had "Home › Pages" over each of them, a crumb to a generated page in no
 * menu, and a section nested under its chapter did not name the chapter.
 */
final class MenuTrail {

    private final Map<String, List<NavNode>> abovePage = new HashMap<>();
    /** The section each page opens, by the page's path: a folder's own page, or the page beside the folder. */
    private final Map<String, NavNode> sectionOpenedBy = new HashMap<>();
    /** The home page's path, or null: the breadcrumbs start at Home, so the pages nested under it name it no second time. */
    private final String home;

    /**
     * @param sectionPage the path of the page a folder's section opens on (its own page, or the page beside it), if any:
     *                    that page is the section's entry, nested under what the section is nested under
     * @param home        the home page's path, or null: the pages nested under its entry (just-the-docs' {@code parent:
     *                    Home}) are at the top of the trail, as the breadcrumbs' Home stands for it ("Home › Home › Shifts")
     */
    MenuTrail(List<NavNode> tree, Function<String, Optional<String>> sectionPage, String home) {
        this.home = home;
        index(tree, List.of(), sectionPage);
    }

    private void index(List<NavNode> nodes, List<NavNode> above, Function<String, Optional<String>> sectionPage) {
        for (NavNode node : nodes) {
            if (node.key().endsWith("/")) {
                sectionPage.apply(node.key().substring(0, node.key().length() - 1)).ifPresent(path -> {
                    abovePage.putIfAbsent(path, above);
                    sectionOpenedBy.putIfAbsent(path, node);
                });
            } else if (node.url() != null && !node.isGroup()) {
                abovePage.putIfAbsent(node.key(), above); // a page listed twice is where the menu first lists it
            }
            if (!node.children().isEmpty()) {
                List<NavNode> under = new ArrayList<>(above);
                if (!node.key().equals(home)) {
                    under.add(node);
                }
                index(node.children(), List.copyOf(under), sectionPage);
            }
        }
    }

    /** The folder's section the page at {@code path} opens, as its own page or the page beside the folder; else empty. */
    Optional<NavNode> sectionOpenedBy(String path) {
        return Optional.ofNullable(sectionOpenedBy.get(path));
    }

    /** The entries the page at {@code path} is nested under, the outermost first; empty when the menu does not list it. */
    Optional<List<NavNode>> above(String path) {
        return Optional.ofNullable(abovePage.get(path));
    }
}
