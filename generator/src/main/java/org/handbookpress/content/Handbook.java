package org.handbookpress.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;

/**
 * Everything loaded from the content folder: settings, pages in reading order, and the other files
 * (images, downloads) to copy as they are.
 *
 * <p>Looking a page up by its path, a folder's own page, or the glossary goes through an index made on the first
 * look-up, not a walk over every page: the navigation looks up each folder's pages, and a walk per folder made that
 * grow with folders × pages (a quarter of a second on one thread at 10,000 pages in 20 folders).
 */
public final class Handbook {

    private final Path contentDir;
    private final HandbookConfig config;
    private final List<Page> pages;
    private final List<String> assets;
    private final Map<String, String> folderLabels;
    private final AssetFiles files;
    /**
     * The pages a book's table of contents leaves out (its SUMMARY.md, an MkDocs site's nav), by path: built, found by
     * links and search, but not in the menu, as GitBook, mdBook and MkDocs leave them out of theirs.
     */
    private final Set<String> outsideMenu;
    /** The chapters a book's SUMMARY.md names without pages yet, which its menu shows as words, not links. */
    private final List<DraftChapter> drafts;
    /**
     * The path of the page a book's table of contents makes its home (a Jupyter Book's root, {@link JupyterBookRoot}),
     * when the top folder has no index page of its own; null for the top folder's own page, found by its name.
     */
    private final String home;
    /**
     * Whether a page's previous and next follow the menu through the whole handbook, as the tool whose table of contents
     * or front matter made the menu leads its readers (mdBook, just-the-docs, MkDocs…), rather than staying in its folder.
     */
    private final boolean pagerFollowsMenu;
    /** A Raspberry Pi Foundation project's front door, as the content folder's meta.yml gives it when read; null for others. */
    private final ProjectFrontDoor frontDoor;
    /** What each folder's Docusaurus category file says its menu entry opens ({@link CategoryLink}), by folder. */
    private final Map<String, CategoryLink> categoryLinks;
    /** Made on the first look-up; pages never change once loaded (a preview's change makes a new Handbook). */
    private volatile Index index;
    /** Made on the first asking: the build, its menu, its layouts and its checks each asked for them afresh. */
    private volatile LanguageFolders languageFolders;

    /**
     * @param pages        in reading order
     * @param folderLabels the names sidebar files give folders (Docusaurus' category label, Nextra's {@code _meta}
     *                     title), by folder; a folder's own page, if any, still names it
     */
    public Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets, Map<String, String> folderLabels) {
        this(config, pages, assets, folderLabels, AssetFiles.of(contentDir));
    }

    /** @param files where each of {@code assets} is read from (a site's static folder, Hugo's static/, may hold some) */
    public Handbook(HandbookConfig config, List<Page> pages, List<String> assets, Map<String, String> folderLabels, AssetFiles files) {
        this(config, pages, assets, folderLabels, files, Set.of(), List.of(), null, false, null, Map.of());
    }

    private Handbook(HandbookConfig config, List<Page> pages, List<String> assets, Map<String, String> folderLabels, AssetFiles files,
                     Set<String> outsideMenu, List<DraftChapter> drafts, String home, boolean pagerFollowsMenu,
                     ProjectFrontDoor frontDoor, Map<String, CategoryLink> categoryLinks) {
        this.contentDir = files.contentDir();
        this.config = config;
        this.pages = List.copyOf(pages);
        this.assets = assets;
        this.folderLabels = Map.copyOf(folderLabels);
        this.files = files;
        this.outsideMenu = Set.copyOf(outsideMenu);
        this.drafts = List.copyOf(drafts);
        this.home = home;
        this.pagerFollowsMenu = pagerFollowsMenu;
        this.frontDoor = frontDoor;
        this.categoryLinks = Map.copyOf(categoryLinks);
    }

    /** The same handbook with {@code config} (a nav: taken from a table of contents). */
    public Handbook withConfig(HandbookConfig config) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, pagerFollowsMenu, frontDoor, categoryLinks);
    }

    /** The same handbook with other pages, as the preview has them after an edit; those outside the menu stay so. */
    public Handbook withPages(List<Page> pages) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, pagerFollowsMenu, frontDoor, categoryLinks);
    }

    /** The same handbook, with the pages at {@code paths} left out of its menu ({@link #isOutsideMenu}). */
    public Handbook withOutsideMenu(Set<String> paths) {
        return new Handbook(config, pages, assets, folderLabels, files, paths, drafts, home, pagerFollowsMenu, frontDoor, categoryLinks);
    }

    /** The same handbook, whose menu shows {@code drafts}, the chapters its SUMMARY.md names without pages yet. */
    public Handbook withDrafts(List<DraftChapter> drafts) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, pagerFollowsMenu, frontDoor, categoryLinks);
    }

    /**
     * The same handbook whose home page is the page at {@code path} (a Jupyter Book's root), whatever the top folder's
     * other pages are named: a README there is then one page among the others.
     */
    public Handbook withHome(String path) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, path, pagerFollowsMenu, frontDoor, categoryLinks);
    }

    /**
     * The same handbook, whose pages lead on, previous and next, in the menu's reading order across folders
     * ({@link #pagerFollowsMenu}): its menu is another tool's table of contents.
     */
    public Handbook withPagerFollowingMenu() {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, true, frontDoor, categoryLinks);
    }

    /** The same handbook, a Raspberry Pi Foundation project whose front door shows what {@code door} says. */
    public Handbook withFrontDoor(ProjectFrontDoor door) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, pagerFollowsMenu, door, categoryLinks);
    }

    /** The front door of the handbook's project ({@link ProjectFrontDoor}); empty for a handbook that is no such project. */
    public java.util.Optional<ProjectFrontDoor> frontDoor() {
        return java.util.Optional.ofNullable(frontDoor);
    }

    /**
     * Whether previous and next follow the menu's reading order through the whole handbook (the pages in it, in
     * {@link #pages}' order), as mdBook, GitBook, MkDocs and just-the-docs readers are led; else they stay in a page's
     * folder, as a handbook's chapters are numbered.
     */
    public boolean pagerFollowsMenu() {
        return pagerFollowsMenu;
    }

    /** The chapters the book's SUMMARY.md names without pages yet ({@link DraftChapter}), in its order; most have none. */
    public List<DraftChapter> drafts() {
        return drafts;
    }

    /** Whether any page is left out of the menu ({@link #isOutsideMenu}): most handbooks have no table of contents. */
    public boolean leavesPagesOutOfMenu() {
        return !outsideMenu.isEmpty();
    }

    /** The paths of the pages left out of the menu ({@link #isOutsideMenu}). */
    public Set<String> outsideMenu() {
        return outsideMenu;
    }

    /** Whether the book's table of contents, or the page's own front matter (Docsy's toc_hide), leaves the page out of the menu. */
    public boolean isOutsideMenu(Page page) {
        return outsideMenu.contains(page.path());
    }

    public Handbook(Path contentDir, HandbookConfig config, List<Page> pages, List<String> assets) {
        this(contentDir, config, pages, assets, Map.of());
    }

    public Path contentDir() {
        return contentDir;
    }

    public HandbookConfig config() {
        return config;
    }

    /** Every page, in reading order. */
    public List<Page> pages() {
        return pages;
    }

    /** The files to publish as they are (pictures, downloads), by their paths in the handbook. */
    public List<String> assets() {
        return assets;
    }

    /** Where each file of the handbook is read from: {@link AssetFiles#file} for one of {@link #assets}. */
    public AssetFiles files() {
        return files;
    }

    /** The handbook with the links of its folders' Docusaurus category files, by folder ({@link CategoryLink}). */
    public Handbook withCategoryLinks(Map<String, CategoryLink> links) {
        return new Handbook(config, pages, assets, folderLabels, files, outsideMenu, drafts, home, pagerFollowsMenu, frontDoor, links);
    }

    /**
     * The generated page a folder without its own page opens on, as its Docusaurus category file's {@code link:
     * {type: 'generated-index'}} gives its title and lead text; empty for any other folder.
     */
    public Optional<CategoryLink> generatedIndex(String folder) {
        return Optional.ofNullable(categoryLinks.get(folder)).filter(link -> !link.isDoc());
    }

    public Map<String, String> folderLabels() {
        return folderLabels;
    }

    /** Where each page is: by path, by the address a page published elsewhere has, each folder's own page. */
    private record Index(Map<String, Integer> byPath, Map<String, Page> atOtherAddress, Map<String, Page> folderPages,
                         Page glossary, Map<String, String> movedFolders) {

        static Index of(List<Page> pages) {
            Map<String, Integer> byPath = new HashMap<>();
            Map<String, Page> atOtherAddress = new HashMap<>();
            Map<String, String> movedFolders = new HashMap<>();
            Page glossary = null;
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                byPath.putIfAbsent(page.path(), i); // the first of a path, as a walk in reading order finds it
                if (page.atOtherAddress()) {
                    atOtherAddress.putIfAbsent(page.url(), page);
                    moveFolders(page, movedFolders);
                }
                if (glossary == null && page.kind() == Kind.GLOSSARY) {
                    glossary = page;
                }
            }
            return new Index(byPath, atOtherAddress, Handbook.folderPages(pages), glossary, movedFolders);
        }

        /**
         * The folders of a page published in another folder than its file's ({@code _modules/listening/} at
         * {@code modules/listening/}), each with where it goes, up to the folder that is renamed; a folder published at the
         * top ({@code _articles/} with Jekyll's {@code /:path/}) goes to its name without the '_', so that its own page
         * is not the home page.
         */
        private static void moveFolders(Page page, Map<String, String> moved) {
            String from = page.folder();
            String to = SitePath.folderOf(page.url());
            while (!from.isEmpty() && !from.equals(to)) {
                String name = from.substring(from.lastIndexOf('/') + 1);
                String parent = SitePath.folderOf(from);
                if (to.isEmpty()) {
                    moved.putIfAbsent(from, (parent.isEmpty() ? "" : moved.getOrDefault(parent, parent) + "/") + name.replaceFirst("^_+", ""));
                    return;
                }
                moved.putIfAbsent(from, to);
                if (!to.substring(to.lastIndexOf('/') + 1).equals(name)) {
                    return; // the folder that was renamed: those above it are where they are
                }
                from = parent;
                to = SitePath.folderOf(to);
            }
        }
    }

    /**
     * The address of a folder's own page (its index.html, "index.html" for the top): in the folder it is published as,
     * the same as the content's but for the folders of pages published elsewhere (a Jekyll collection's,
     * {@code _modules/} as {@code modules/}).
     */
    public String folderAddress(String folder) {
        return folder.isEmpty() ? "index.html" : index().movedFolders().getOrDefault(folder, folder) + "/index.html";
    }

    /**
     * The folders of translations ({@code cy/}, {@code pl/}): those its pages show, and those handbook.yml names under
     * {@code languages:} that translate a page ({@link LanguageFolders#of(Handbook)}).
     */
    public LanguageFolders languageFolders() {
        LanguageFolders folders = languageFolders;
        if (folders == null) {
            folders = LanguageFolders.of(this);
            languageFolders = folders;
        }
        return folders;
    }

    private Index index() {
        Index made = index;
        if (made == null) {
            made = Index.of(pages);
            index = made; // two threads may both make it: the same index
        }
        return made;
    }

    /**
     * The page at {@code path}; a path ending {@code .md} finds an MDX page of that name too, and the other way, and a
     * page of the handbook's language published under that name ({@code about.md} finds {@code about.en.md}).
     */
    public Optional<Page> page(String path) {
        Index index = index();
        Integer exact = index.byPath().get(path);
        if (exact != null) {
            return Optional.of(pages.get(exact));
        }
        List<String> others = Page.otherSpellings(path);
        if (others.isEmpty()) {
            return Optional.empty();
        }
        // about.mdx or about.qmd for about.md (the first in reading order); and about.en.md, published as about.html in
        // an English handbook (Translations.address).
        int first = Integer.MAX_VALUE;
        for (String other : others) {
            first = Math.min(first, index.byPath().getOrDefault(other, Integer.MAX_VALUE));
        }
        return first < Integer.MAX_VALUE ? Optional.of(pages.get(first))
                : Optional.ofNullable(index.atOtherAddress().get(Page.address(path)));
    }

    /**
     * The page a folder shows as its own ({@code ""} for the top): its index.md, or else Hugo's _index.md (a section's
     * own page), or else its README.md, as GitHub shows a folder's README under its files and MkDocs and mdBook make it
     * the folder's page; for the top, a GitHub wiki's Home.md after those, and a Jupyter Book's root before them all
     * ({@link #withHome}), wherever it is; for another folder without such a page, the doc its Docusaurus category file
     * links ({@link #categoryDoc}).
     */
    public Optional<Page> folderPage(String folder) {
        if (folder.isEmpty() && home != null && page(home).isPresent()) {
            return page(home); // a Jupyter Book's root, not the repository's README beside it
        }
        Optional<Page> own = Optional.ofNullable(index().folderPages().get(folder)).or(() -> categoryDoc(folder));
        // A GitHub wiki's front page is Home.md: the handbook's too, when it has no index.md or README.md.
        return own.isPresent() || !folder.isEmpty() ? own : page(WIKI_HOME);
    }

    /**
     * Each folder's own page among {@code pages}, by folder: of its pages named as {@link #FOLDER_PAGE_NAMES} are, the
     * first by {@link #folderPageRank}, and of two of one rank the first in {@code pages}' order. The handbook's index
     * and the link index ({@code PageIndex}, which holds its pages without the handbook) both go by it.
     */
    public static Map<String, Page> folderPages(Iterable<Page> pages) {
        return folderOwn(pages, Page::path);
    }

    /**
     * Of {@code items} (pages, or their paths), each folder's own, by folder: the one whose file name ranks first
     * ({@link #folderPageRank}), the first given of two that rank alike.
     */
    static <T> Map<String, T> folderOwn(Iterable<T> items, java.util.function.Function<T, String> pathOf) {
        Map<String, T> own = new HashMap<>();
        Map<String, Integer> rankOf = new HashMap<>();
        for (T item : items) {
            String path = pathOf.apply(item);
            int rank = folderPageRank(path.substring(path.lastIndexOf('/') + 1));
            String folder = SitePath.folderOf(path);
            if (rank >= 0 && (!rankOf.containsKey(folder) || rank < rankOf.get(folder))) {
                own.put(folder, item);
                rankOf.put(folder, rank);
            }
        }
        return own;
    }

    /**
     * The page a folder without an index.md or README.md of its own has as its own by its Docusaurus category file's
     * {@code link: {type: 'doc', id}}, when that doc is in the folder itself (one elsewhere leaves the folder as it was).
     */
    private Optional<Page> categoryDoc(String folder) {
        CategoryLink link = categoryLinks.get(folder);
        if (link == null || link.docPath() == null || !SitePath.folderOf(link.docPath()).equals(folder)) {
            return Optional.empty();
        }
        return page(link.docPath());
    }

    /**
     * Whether a folder's own page is the doc its Docusaurus category file links ({@link #categoryDoc}) and the file
     * gives a label: the folder is then named by that label, in the menu and breadcrumbs, as Docusaurus names it.
     */
    public boolean namedByCategory(String folder) {
        return !folder.isEmpty() && folderLabels.containsKey(folder) && index().folderPages().get(folder) == null
                && categoryDoc(folder).isPresent();
    }

    /** Whether the page is its folder's own by its category file ({@link #categoryDoc}), not by its file's name. */
    private boolean isCategoryDoc(Page page) {
        return !page.folder().isEmpty() && categoryDoc(page.folder()).filter(own -> own == page).isPresent();
    }

    /** Hugo's name for a section's own page, read although its name starts with '_'. */
    public static final String HUGO_INDEX = "_index.md";

    /**
     * The names of a folder's own page, the first found first: its index.md, Hugo's _index.md, its README.md (in any
     * case, as GitHub finds it). The loader, the navigation, the folders' order and links to a folder all go by them.
     */
    public static final List<String> FOLDER_PAGE_NAMES = List.of("index.md", HUGO_INDEX, "README.md");

    /**
     * Which of {@link #FOLDER_PAGE_NAMES} a file's name is, 0 for the first, or -1 for none. Hugo's page bundles of a
     * multilingual site name a folder's own page with its language, {@code index.en.md} and {@code _index.en.md}: the
     * same page (a translation into another language is left out before, {@link Translations#leaveOut}).
     */
    public static int folderPageRank(String fileName) {
        fileName = Page.isPageFile(fileName) ? Page.stem(fileName) + ".md" : fileName; // Docusaurus' index.mdx, Quarto's index.qmd
        Matcher inLanguage = INDEX_IN_LANGUAGE.matcher(fileName);
        if (inLanguage.matches() && Translations.isLanguageCode(inLanguage.group(2))) {
            fileName = inLanguage.group(1) + ".md";
        }
        for (int i = 0; i < FOLDER_PAGE_NAMES.size(); i++) {
            String name = FOLDER_PAGE_NAMES.get(i);
            if (name.startsWith("README") ? fileName.equalsIgnoreCase(name) : fileName.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A folder's own page in Hugo's way with a language: group 1 the name, 2 the language ({@code _index.en.md}). */
    private static final Pattern INDEX_IN_LANGUAGE = Pattern.compile("^(_?index)\\.([a-z]{2})(?:-[a-z0-9]{2,8})?\\.md$", Pattern.CASE_INSENSITIVE);

    /** A GitHub wiki's front page. */
    public static final String WIKI_HOME = "Home.md";


    /**
     * Where a README.md or _index.md that is its folder's page is shown a second time: at its own name's address
     * (README.html, _index.html) when it is published at its folder's index.html ({@link FolderReadmes}), so that an
     * address read before still opens it; else (its folder's address taken by a file kept as it is) at the folder's
     * index.html, so that the folder's address (and the site's front door, for the top folder) opens it.
     */
    public Optional<String> readmeCopy(Page page) {
        if (home != null && page.path().equals(home)) {
            // A Jupyter Book's root is published at index.html itself (JupyterBookRoot): no copy, unless it could not be.
            return page.folder().isEmpty() && !page.url().equals("index.html") ? Optional.of("index.html") : Optional.empty();
        }
        // A category's doc is published at its own address: the folder's is a copy of it, as a README's is.
        if (!(folderPageRank(page.fileName()) > 0 || page.path().equals(WIKI_HOME) || isCategoryDoc(page))
                || folderPage(page.folder()).orElse(null) != page) {
            return Optional.empty();
        }
        if (page.atOtherAddress() && page.url().equals(FolderReadmes.folderAddressOf(page))) {
            // Published at its folder's address (FolderReadmes), where every link goes: its own name's is the same page.
            String folder = SitePath.folderOf(page.url());
            return Optional.of((folder.isEmpty() ? "" : folder + "/") + Page.address(page.fileName()));
        }
        return Optional.of(folderAddress(page.folder()));
    }

    public Optional<Page> glossary() {
        return Optional.ofNullable(index().glossary());
    }
}
