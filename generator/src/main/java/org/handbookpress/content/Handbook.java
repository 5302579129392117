package org.handbookpress.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from the content folder: settings, pages in reading order, and the other files
 * (images, downloads) to copy as they are.
 */
public record Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets) {

    public Optional<Page> page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /**
     * The page a folder shows as its own ({@code ""} for the top): its index.md, or else Hugo's _index.md (a section's
     * own page), or else its README.md, as GitHub shows a folder's README under its files and MkDocs and mdBook make it
     * the folder's page; for the top, a GitHub wiki's Home.md after those.
     */
    public Optional<Page> folderPage(String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        Optional<Page> index = page(prefix + "index.md").or(() -> page(prefix + HUGO_INDEX));
        if (index.isPresent()) {
            return index;
        }
        Optional<Page> readme = pages.stream().filter(p -> p.folder().equals(folder) && p.fileName().equalsIgnoreCase("README.md")).findFirst();
        // A GitHub wiki's front page is Home.md: the handbook's too, when it has no index.md or README.md.
        return readme.isPresent() || !folder.isEmpty() ? readme : page(WIKI_HOME);
    }

    /** A GitHub wiki's front page. */
    public static final String WIKI_HOME = "Home.md";

    /** Hugo's name for a section's own page, read although its name starts with '_'. */
    public static final String HUGO_INDEX = "_index.md";

    /**
     * Where a README.md or _index.md that is its folder's page is shown a second time: the folder's index.html, so that
     * the folder's address (and the site's front door, for the top folder) opens it. Its own address, README.html or
     * _index.html, stays: a page's address follows its path.
     */
    public Optional<String> readmeCopy(Page page) {
        if (!(page.fileName().equalsIgnoreCase("README.md") || page.fileName().equals(HUGO_INDEX) || page.path().equals(WIKI_HOME))
                || folderPage(page.folder()).orElse(null) != page) {
            return Optional.empty();
        }
        return Optional.of(page.folder().isEmpty() ? "index.html" : page.folder() + "/index.html");
    }

    public Optional<Page> glossary() {
        return pages.stream().filter(p -> p.kind() == Kind.GLOSSARY).findFirst();
    }
}
