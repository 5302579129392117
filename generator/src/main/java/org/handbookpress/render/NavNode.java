package org.handbookpress.render;

import java.util.List;

/**
 * One entry of the site navigation.
 *
 * @param url      output path from the site root, or null for a label without a page
 * @param key      the page path or folder ("toolkit/") the entry stands for; a group's own ({@link #group})
 * @param children the section's pages, empty for a page
 */
public record NavNode(String title, String url, String key, List<NavNode> children) {

    /** How a group's key starts: no page's path (which has an extension) nor folder's (which ends in '/') is one. */
    private static final String GROUP = "group:";

    /**
     * A group of entries under a name that leads nowhere, as a book's table of contents names its parts: always open,
     * since it has no page to open it on. {@code number} tells the groups of one menu apart.
     */
    public static NavNode group(String title, int number, List<NavNode> children) {
        return new NavNode(title, null, GROUP + number, List.copyOf(children));
    }

    public boolean isGroup() {
        return url == null && key.startsWith(GROUP);
    }

    /**
     * Whether the entry is a book's chapter over its sub-chapters (SUMMARY.md's nesting): a page's, holding entries that
     * are not its folder's; open on its own page and on theirs.
     */
    public boolean isChapter() {
        return url != null && !key.endsWith("/") && !key.startsWith(GROUP) && !children.isEmpty();
    }

    public boolean isSection() {
        return !children.isEmpty() || key.endsWith("/");
    }
}
