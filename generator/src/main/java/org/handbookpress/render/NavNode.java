package org.handbookpress.render;

import java.util.List;

/**
 * One entry of the site navigation.
 *
 * @param url      output path from the site root, or null for a label without a page
 * @param key      the page path or folder ("toolkit/") the entry stands for
 * @param children the section's pages, empty for a page
 */
public record NavNode(String title, String url, String key, List<NavNode> children) {

    public boolean isSection() {
        return !children.isEmpty() || key.endsWith("/");
    }
}
