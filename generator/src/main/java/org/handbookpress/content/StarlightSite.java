package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An Astro Starlight site given at its top: Starlight reads its pages from {@code src/content/docs/} and publishes that
 * folder at the site's top, so a page's link from the top ({@code /about/the-haiku}) names a path from there. Read from
 * the repository's top, the README was the home page, every page's address began with {@code src/content/docs/} and
 * each such link was broken (2SpacesDev's handbook: its home page's "Start with a Haiku"); that folder is now read, as
 * an MkDocs project's {@code docs_dir} is ({@link ContentLoader#siteSourceFolder}), and the site's settings are found
 * above it ({@link SiteConfigFiles}). The folder is Starlight's own, not a setting, so the configuration file is only
 * read for whether it uses Starlight.
 */
final class StarlightSite {

    static final String DOCS = "src/content/docs";

    private StarlightSite() {
    }

    /**
     * The docs folder, when {@code contentDir} is a Starlight project's top without a handbook.yml of its own.
     *
     * @param folder the docs folder
     * @param config the name of the Astro file that uses Starlight ({@code astro.config.mjs}), for the goal's line that
     *               says why that folder is read
     */
    record Docs(Path folder, String config) {
    }

    static Optional<Docs> docsFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path docs = content.resolve(DOCS);
        if (Files.exists(content.resolve(ConfigLoader.FILE)) || !Files.isDirectory(docs)) {
            return Optional.empty();
        }
        return SiteConfigFiles.starlightConfigIn(content).map(config -> new Docs(docs, config.getFileName().toString()));
    }
}
