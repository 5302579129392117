package org.handbookpress.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from the content folder: settings, pages in reading order, and the other files
 * (images, downloads) to copy as they are.
 */
public record Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets, Map<String, String> folderLabels) {

    /**
     * @param folderLabels the names sidebar files give folders (Docusaurus' category label, Nextra's {@code _meta}
     *                     title), by folder; a folder's own page, if any, still names it
     */
    public Handbook {
        folderLabels = Map.copyOf(folderLabels);
    }

    public Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets) {
        this(contentDir, config, pages, assets, Map.of());
    }


    /**
     * The page at {@code path}; a path ending {@code .md} finds an MDX page of that name too, and the other way, and a
     * page of the handbook's language published under that name ({@code about.md} finds {@code about.en.md}).
     */
    public Optional<Page> page(String path) {
        Optional<Page> page = pages.stream().filter(p -> p.path().equals(path)).findFirst();
        List<String> others = Page.otherSpellings(path);
        if (page.isPresent() || others.isEmpty()) {
            return page;
        }
        // about.mdx or about.qmd for about.md; and about.en.md, published as about.html in an English handbook
        // (Translations.address).
        String address = Page.address(path);
        return pages.stream().filter(p -> others.contains(p.path())).findFirst()
                .or(() -> pages.stream().filter(p -> p.url().equals(address) && p.atOtherAddress()).findFirst());
    }

    /**
     * The page a folder shows as its own ({@code ""} for the top): its index.md, or else Hugo's _index.md (a section's
     * own page), or else its README.md, as GitHub shows a folder's README under its files and MkDocs and mdBook make it
     * the folder's page; for the top, a GitHub wiki's Home.md after those.
     */
    public Optional<Page> folderPage(String folder) {
        Optional<Page> own = pages.stream().filter(p -> p.folder().equals(folder) && folderPageRank(p.fileName()) >= 0)
                .min(java.util.Comparator.comparingInt(p -> folderPageRank(p.fileName())));
        // A GitHub wiki's front page is Home.md: the handbook's too, when it has no index.md or README.md.
        return own.isPresent() || !folder.isEmpty() ? own : page(WIKI_HOME);
    }

    /** Hugo's name for a section's own page, read although its name starts with '_'. */
    public static final String HUGO_INDEX = "_index.md";

    /**
     * The names of a folder's own page, the first found first: its index.md, Hugo's _index.md, its README.md (in any
     * case, as GitHub finds it). The loader, the navigation, the folders' order and links to a folder all go by them.
     */
    public static final List<String> FOLDER_PAGE_NAMES = List.of("index.md", HUGO_INDEX, "README.md");

    /** Which of {@link #FOLDER_PAGE_NAMES} a file's name is, 0 for the first, or -1 for none. */
    public static int folderPageRank(String fileName) {
        fileName = Page.isPageFile(fileName) ? Page.stem(fileName) + ".md" : fileName; // Docusaurus' index.mdx, Quarto's index.qmd
        for (int i = 0; i < FOLDER_PAGE_NAMES.size(); i++) {
            String name = FOLDER_PAGE_NAMES.get(i);
            if (name.startsWith("README") ? fileName.equalsIgnoreCase(name) : fileName.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A GitHub wiki's front page. */
    public static final String WIKI_HOME = "Home.md";


    /**
     * Where a README.md or _index.md that is its folder's page is shown a second time: the folder's index.html, so that
     * the folder's address (and the site's front door, for the top folder) opens it. Its own address, README.html or
     * _index.html, stays: a page's address follows its path.
     */
    public Optional<String> readmeCopy(Page page) {
        if (!(folderPageRank(page.fileName()) > 0 || page.path().equals(WIKI_HOME))
                || folderPage(page.folder()).orElse(null) != page) {
            return Optional.empty();
        }
        return Optional.of(page.folder().isEmpty() ? "index.html" : page.folder() + "/index.html");
    }

    public Optional<Page> glossary() {
        return pages.stream().filter(p -> p.kind() == Kind.GLOSSARY).findFirst();
    }
}
