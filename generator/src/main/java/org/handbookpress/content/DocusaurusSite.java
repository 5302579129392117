package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Docusaurus site given at its top: Docusaurus reads its handbook's pages from {@code docs/} (its docs plugin's default
 * path) and its settings and sidebars from beside that folder, so the folder is read, as an MkDocs project's
 * {@code docs_dir} and a Starlight site's {@code src/content/docs/} are ({@link ContentLoader#siteSourceFolder}), and
 * {@link SiteConfigFiles} and {@link SidebarLists} find the settings and the sidebars one folder up, as when the docs
 * folder is given. Read from the top, the repository's README was the home page and its blog, its own pages
 * ({@code src/pages/}, React) and its static folder's files were the handbook's too (raid-guild's handbook: ten more
 * errors, each a picture of the blog's on another website). A docs folder elsewhere ({@code path: 'handbook'} in the
 * preset's options) is not looked for: the site is then read from the folder given, as before.
 */
final class DocusaurusSite {

    static final String DOCS = "docs";
    /** Docusaurus' site files, whichever of JavaScript's module kinds or TypeScript it is written in; one list for every reader. */
    static final List<String> CONFIG = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
            "docusaurus.config.cjs");

    private DocusaurusSite() {
    }

    /** The docs folder, when {@code contentDir} is a Docusaurus site's top, with no handbook.yml of its own. */
    static Optional<Path> docsFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path docs = content.resolve(DOCS);
        if (Files.exists(content.resolve(ConfigLoader.FILE)) || !Files.isDirectory(docs) || configName(content).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(docs);
    }

    /** The name of the site's docusaurus.config file in {@code contentDir}, for the line that says why docs/ is read. */
    static Optional<String> configName(Path contentDir) {
        return CONFIG.stream().filter(name -> Files.isRegularFile(contentDir.resolve(name))).findFirst();
    }
}
