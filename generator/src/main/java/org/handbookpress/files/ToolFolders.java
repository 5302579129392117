package org.handbookpress.files;

import java.nio.file.Path;
import java.util.Set;

/**
 * Folders that other tools keep beside a site's pages: version control's, and the packages npm and Bundler install
 * (a Docusaurus or docsify site's node_modules, a Jekyll site's vendor/bundle, as GitHub Pages' guide sets it up). They
 * hold thousands of other projects' READMEs and never a page of the handbook: the build does not read them, the
 * up-to-date check does not hash them and the preview does not watch them (where a big one would use up the system's
 * watches), as Jekyll, VitePress and Docusaurus leave them out.
 */
public final class ToolFolders {

    private static final Set<String> NAMES = Set.of(".git", ".hg", ".svn", "node_modules", "bower_components");
    /** Bundler's folders under vendor/, which Jekyll leaves out by default (vendor/ itself may hold pages). */
    private static final Set<String> UNDER_VENDOR = Set.of("bundle", "cache", "gems", "ruby");

    private ToolFolders() {
    }

    /** Whether the folder is one of them, by its name (and its parent's, for vendor/bundle). */
    public static boolean isToolFolder(Path dir) {
        Path name = dir.getFileName();
        if (name == null) {
            return false;
        }
        if (NAMES.contains(name.toString())) {
            return true;
        }
        Path parent = dir.getParent() == null ? null : dir.getParent().getFileName();
        return parent != null && parent.toString().equals("vendor") && UNDER_VENDOR.contains(name.toString());
    }
}
