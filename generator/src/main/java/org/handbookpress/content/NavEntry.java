package org.handbookpress.content;

/**
 * One entry of {@code nav:} in handbook.yml: a page path ({@code index.md}), a folder
 * ({@code toolkit/}), or either with an explicit label ({@code Toolkit: toolkit/}).
 *
 * @param label the label to show, or null to use the page's or folder's own title
 */
public record NavEntry(String label, String target, int line) {

    public boolean isFolder() {
        return target.endsWith("/");
    }
}
