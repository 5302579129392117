package org.handbookpress.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;
import org.handbookpress.work.Parallel;
import org.handbookpress.files.FileNames;
import org.handbookpress.files.ToolFolders;
import org.handbookpress.uptodate.BuildInputs;
import org.handbookpress.findings.Findings;

/**
 * Walks the content folder: every {@code .md} is a page, everything else an asset to copy, and
 * names starting with {@code _} or {@code .} are left out. Symbolic links are followed only where
 * they stay inside the content folder, so a build never reads (or publishes) files from elsewhere.
 */
public final class ContentLoader {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)[-_. ]");
    private static final Pattern FIRST_H1 = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");

    private final Findings findings;
    /** The bookdown part headings {@link #loadPage} found, by page. */
    private final Map<String, List<BookdownParts.Part>> partsRead = new HashMap<>();
    private final int threads;
    private final java.time.LocalDate today;
    /** The digest of each Markdown file read, by its path in the content folder ({@link #digests}). */
    private final Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<org.handbookpress.findings.Finding>> pageFindings = new HashMap<>();
    /** The folders left out by the underscore rule that hold pages, with those pages: said once the pages are read. */
    private final Map<String, List<String>> skippedFolders = new java.util.TreeMap<>();
    /** A page's request to show a file's text in it ({@link IncludeLines}): group 1 the file, as written. */
    private static final Pattern FILE_MARKER = Pattern.compile(Pattern.quote(IncludeLines.MARKER) + "\\d+ (?:file|code):(.*?) -->");

    public ContentLoader(Findings findings) {
        this(findings, 1);
    }

    /** A loader that reads and parses the pages on {@code threads} threads; the same pages and findings whatever the number. */
    public ContentLoader(Findings findings, int threads) {
        this(findings, threads, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** @param today the build's date: a Hugo page whose {@code expiryDate} is that day or before is left out ({@link FrontMatterParser#EXPIRY_DATE}) */
    public ContentLoader(Findings findings, int threads, java.time.LocalDate today) {
        this.findings = findings;
        this.threads = threads;
        this.today = today;
    }

    /**
     * The digest of each Markdown file {@link #load} read, as {@link BuildInputs} takes it, by its path in the content
     * folder: the build's record of its inputs takes them from the bytes it built from, rather than reading every
     * page a second time.
     */
    /**
     * What reading each page said, by its path, as {@link #loadPage} says it again for an unchanged reading: the preview
     * updates a page alone when its reading says the same as before (org.handbookpress.PreviewSite).
     */
    public Map<String, List<org.handbookpress.findings.Finding>> pageFindings() {
        return Map.copyOf(pageFindings);
    }

    public Map<String, String> digests() {
        return Map.copyOf(digests);
    }

    /** One page as read on a worker: the page (empty when it is not one), with what reading it found. */
    private record Read(String path, Optional<Page> page, Findings found, FrontMatterParser parser) {
    }

    public Handbook load(Path givenDir, HandbookConfig config) throws IOException {
        // Walked by its real path: a content folder that is itself a link (content -> elsewhere) is
        // read as the folder it points to, rather than visited as one link-file with nothing under it.
        Path root = givenDir.toRealPath();
        Path contentDir = root;
        List<Path> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        JekyllSite jekyll = JekyllSite.of(contentDir);
        SphinxExcludes sphinx = SphinxExcludes.of(contentDir);
        SphinxExcludes eleventy = EleventyIgnores.of(contentDir);
        WorkbenchSite workbench = WorkbenchSite.of(contentDir);
        RaspberryPiProject raspberryPi = RaspberryPiProject.of(contentDir);
        Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(contentDir)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(contentDir, dir);
                if (ToolFolders.isToolFolder(dir) || jekyll.excludes(rel) || sphinx.excludes(rel) || eleventy.excludes(rel) || workbench.excludes(rel)) {
                    // node_modules, .git, vendor/bundle, what Jekyll's exclude:, Sphinx's exclude_patterns or .eleventyignore names, a Workbench lesson's site/
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isHidden(dir) && !onTheWayToGitBookAssets(rel) && !jekyll.includes(rel) && !jekyll.publishes(rel)
                        && !ASSET_FOLDERS.contains(dir.getFileName().toString())) {
                    reportSkippedFolder(contentDir, dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = relative(contentDir, file);
                if (isHidden(file) || inGitBookFolder(rel) && !gitBookAsset(rel) || jekyll.excludes(rel) || sphinx.excludes(rel)
                        || eleventy.excludes(rel) || workbench.excludes(rel) || raspberryPi.excludes(rel)) {
                    return FileVisitResult.CONTINUE;
                }
                if (FileNames.isUnreadable(rel)) {
                    findings.error(rel, 0, "file.name-encoding", "the file name is not UTF-8 text, so no link or setting can name it"
                            + " (the bytes that are not are shown as \uFFFD)", "rename the file");
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    Path target = linkTarget(file, root, rel, "content folder", findings);
                    if (target == null || Files.isDirectory(target)) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                // A named pipe (a socket, a device) is no file to read or copy: opening a pipe waits for something to
                // write to it, and the build hung there for good.
                if (attrs.isSymbolicLink() ? !Files.isRegularFile(file) : !attrs.isRegularFile()) {
                    findings.error(rel, 0, "file.not-regular", "this is not a file but a named pipe, socket or device, which the"
                            + " build cannot read", "remove it from the content folder");
                    return FileVisitResult.CONTINUE;
                }
                if (Page.isPageFile(rel) && !inAssetFolder(rel)) { // a docsify _media/notes.md is a file to embed, not a page
                    markdown.add(file);
                } else if (!rel.equals(ConfigLoader.FILE)) {
                    assets.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        workbench.reportLeftOut(findings);
        List<Page> pages = new ArrayList<>();
        markdown.sort(Comparator.naturalOrder());
        Notebooks.leavePaired(contentDir, markdown, assets);
        KnittedPairs.leavePaired(contentDir, markdown, assets);
        List<String> paths = markdown.stream().map(f -> relative(contentDir, f)).toList();
        List<String> ownLanguage = Translations.leaveOut(paths, config.language(), findings);
        if (ownLanguage.size() < paths.size()) { // most handbooks have no translations to leave out
            Set<String> kept = new HashSet<>(ownLanguage);
            markdown.removeIf(f -> !kept.contains(relative(contentDir, f)));
        }
        // Other tools' site files, each read once for the build: an MkDocs project's mkdocs.yml, a GitBook space's file.
        Optional<MkDocsProject> mkdocsProject = MkDocsProject.find(contentDir);
        GitBookSpace gitbook = GitBookSpace.of(contentDir);
        String summaryName = gitbook.summaryName().orElse(SummaryFile.NAME);
        boolean summaryThere = markdown.contains(contentDir.resolve(summaryName));
        // A sidebar a handbook.yml nav: replaces is not worth a notice about what of it cannot be read.
        Contents contents = tableOfContents(contentDir, markdown, mkdocsProject, gitbook, workbench, raspberryPi,
                config.nav().isEmpty() ? findings : Findings.discarded());
        SummaryFile summary = contents.summary();
        boolean bookSummary = summaryThere && !markdown.contains(contentDir.resolve(summaryName)); // read, so no page
        // Each page is read with findings of its own (the front matter parser compares error counts),
        // then they are added in file order, as a loop on one thread would.
        List<Read> reads;
        JekyllIncludes includes = new JekyllIncludes(contentDir, jekyll);
        SidebarFiles sidebars = new SidebarFiles(contentDir, config.language());
        Optional<MkDocsMacros> mkdocs = mkdocsProject.map(MkDocsProject::macros); // raw HTML then ends where Python-Markdown ends it
        QuartoProject quarto = QuartoProject.find(contentDir); // its _variables.yml and _metadata.yml, for its shortcodes
        Map<String, List<BookdownParts.Part>> bookdownParts = new java.util.concurrent.ConcurrentHashMap<>();
        boolean docusaurus = SiteConfigFiles.isDocusaurus(contentDir); // its pages' id: is their address
        try {
            reads = Parallel.map(markdown, threads, file -> {
                Findings found = new Findings();
                FrontMatterParser parser = new FrontMatterParser(found, config.folderDefaults(), docusaurus, today);
                String rel = relative(contentDir, file);
                return new Read(rel, readPage(contentDir, file, rel, found, parser, includes, sidebars, jekyll, mkdocs, quarto,
                        bytes -> digests.put(rel, BuildInputs.fileDigest(bytes)),
                        bookdownParts),
                        found, parser);
            });
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
        FrontMatterParser frontMatter = new FrontMatterParser(findings, config.folderDefaults(), docusaurus, today);
        for (Read read : reads) {
            List<org.handbookpress.findings.Finding> found = read.found().sorted();
            found.forEach(findings::add);
            pageFindings.put(read.path(), found);
            frontMatter.absorbUnknownKeys(read.parser());
            read.page().map(page -> named(page, raspberryPi, docusaurus, Optional.of(summary), config)).ifPresent(pages::add);
        }
        boolean justTheDocs = JustTheDocsMenu.isSite(pages, jekyll);
        if (justTheDocs) {
            JustTheDocsPlace.KEYS.forEach(frontMatter::readBySite); // parent:, has_children:… are the theme's menu
        }
        frontMatter.reportUnknownKeys("front-matter");
        // bookdown's parts group its chapters in the menu, in the book's order: its _bookdown.yml's, else bookdown's own.
        SummaryFile order = bookdownParts.isEmpty() ? summary : (summary.isEmpty()
                ? BookdownFile.defaultOrder(markdown.stream().map(f -> relative(contentDir, f)).toList()) : summary).withBookdownParts(bookdownParts);
        // A just-the-docs site's menu is its pages' parent:s, not its folders, unless a table of contents or nav: gives one.
        Optional<JustTheDocsMenu> themeMenu = justTheDocs && order.isEmpty() && config.nav().isEmpty()
                ? JustTheDocsMenu.read(pages, jekyll, findings) : Optional.empty();
        if (themeMenu.isPresent()) {
            order = themeMenu.get().listing();
        }
        pages = new ArrayList<>(gitbook.apply(pages, findings)); // the addresses .gitbook.yaml sends on
        MovedPages mkdocsMoved = mkdocsProject.map(MkDocsProject::moved).orElse(MovedPages.NONE);
        pages = new ArrayList<>(mkdocsMoved.apply(pages, findings)); // and those mkdocs.yml's redirects plugin does
        pages = new ArrayList<>(TechDocsRedirects.of(contentDir).apply(pages, findings)); // and a Tech Docs Template's
        Locale language = Locale.forLanguageTag(config.language());
        pages.sort(readingOrder(order, FolderOrder.of(pages, sidebars, language), language));
        pages = MystGlossaryPage.apply(pages); // a Sphinx folder's glossary, in reading order
        List<Page> named = pages;
        pages = NamedGlossaryPage.apply(pages, () -> LanguageFolders.of(named, config.language(), config.translations().keySet(),
                LanguageFolders.namedBySite(contentDir)));
        // else a page named glossary written as terms, as other tools' folders have; and a folder of translations' own
        pages = workbench.glossary(pages); // a Carpentries lesson's, its learners/reference.md
        // A Jupyter Book opens on its root (pages/intro.md), not on the repository's README beside _toc.yml.
        Optional<String> bookRoot = contents.root().home(pages);
        pages = contents.root().publishAtTop(pages);
        // A book's table of contents (its SUMMARY.md, an MkDocs site's nav) is the menu: the pages it leaves out are built
        // and found by links and search, as MkDocs builds them, but are in no menu, as in none of GitBook's, mdBook's or MkDocs'.
        Optional<String> contentsFile = bookSummary ? Optional.of(summaryName)
                : config.nav().isEmpty() && !summary.isEmpty() ? contents.menuOnly() : Optional.empty();
        List<Page> read = pages;
        Set<String> outsideMenu = themeMenu.map(JustTheDocsMenu::outside)
                .orElseGet(() -> contentsFile.map(file -> Set.copyOf(notInContents(read, summary, file, bookRoot))).orElse(Set.of()));
        assets.sort(Comparator.naturalOrder());
        // A folder's README (or _index.md) that is its own page at the folder's address, as mdBook and Hugo publish it.
        pages = new ArrayList<>(FolderReadmes.atFolderAddress(pages, Set.copyOf(assets), bookRoot.isPresent()));
        pages = RenderedBeside.apply(contentDir, pages, assets, findings); // x.html beside x.md: the page wins
        reportClashes(pages, assets);
        Set<String> addresses = new HashSet<>();
        pages.forEach(page -> addresses.add(page.url()));
        AssetFiles files = StaticFolder.read(contentDir, assets, addresses, findings);
        ActiveDocuments.leaveOut(files, assets, findings); // an HTML file would run its scripts on the reader's device
        if (pages.isEmpty()) {
            reportNoPages(givenDir, markdown.size());
        }
        Set<String> folders = new java.util.TreeSet<>();
        pages.forEach(page -> {
            for (String folder = page.folder(); !folder.isEmpty(); folder = SitePath.folderOf(folder)) {
                folders.add(folder);
            }
        });
        Map<String, String> folderLabels = new java.util.LinkedHashMap<>(sidebars.labels(folders));
        summary.folderLabels().forEach((folder, label) -> {
            if (folders.contains(folder)) {
                folderLabels.putIfAbsent(folder, label); // an MkDocs nav's section names the folder it holds
            }
        });
        reportSkippedFolders(pages);
        Handbook handbook = new Handbook(config, List.copyOf(pages), List.copyOf(assets), folderLabels, files);
        Optional<ProjectFrontDoor> door = raspberryPi.frontDoor(assets, findings); // meta.yml as read above, not again
        if (door.isPresent()) {
            handbook = handbook.withFrontDoor(door.get());
        }
        if (bookRoot.isPresent()) {
            handbook = handbook.withHome(bookRoot.get());
        }
        Map<String, CategoryLink> categoryLinks = new java.util.LinkedHashMap<>();
        folders.forEach(folder -> sidebars.link(folder).ifPresent(link -> categoryLinks.put(folder, link)));
        if (categoryLinks.values().stream().anyMatch(CategoryLink::isDoc)) {
            // A category's doc is named by its Docusaurus id, as a sidebar names it (its path, or its front matter's id:),
            // or by its id in the folder, as Docusaurus looks it up first ({"id": "overview"} in guides/).
            List<String> pagePaths = pages.stream().map(Page::path).toList();
            Map<String, String> byId = SidebarLists.byDocusaurusId(pagePaths, SidebarLists.docusaurusIds(contentDir, pagePaths));
            categoryLinks.replaceAll((folder, link) -> {
                String path = link.isDoc() ? byId.getOrDefault(folder + "/" + link.docId(), byId.get(link.docId())) : null;
                return path == null ? link : link.at(path);
            });
        }
        if (!categoryLinks.isEmpty()) {
            handbook = handbook.withCategoryLinks(categoryLinks);
        }
        Set<String> hidden = hiddenFromMenu(handbook);
        if (config.nav().isEmpty() && !order.isEmpty()) {
            String home = handbook.folderPage("").map(Page::path).orElse(null);
            // A folder of translations the table of contents does not list (Starlight's fr/ beside its root locale's pages)
            // is no section of its menu, as it is none without one: its pages show this menu leading to their translations.
            LanguageFolders languages = handbook.languageFolders();
            SummaryFile listing = order;
            Predicate<String> untranslatedOrListed = path -> listing.rank(path) != null || path.indexOf('/') < 0
                    || !languages.translatesFrom(path.substring(0, path.indexOf('/')), config.language());
            List<String> inMenu = pages.stream().map(Page::path).filter(path -> !outsideMenu.contains(path) && !hidden.contains(path))
                    .filter(untranslatedOrListed).toList();
            handbook = handbook.withConfig(config.withNav(order.nav(inMenu, home))).withOutsideMenu(union(outsideMenu, hidden))
                    .withDrafts(order.drafts()).withPagerFollowingMenu();
        } else if (!hidden.isEmpty()) {
            handbook = handbook.withOutsideMenu(union(handbook.outsideMenu(), hidden));
        }
        return handbook;
    }

    /**
     * The pages whose front matter keeps them out of the menu ({@link FrontMatter#outsideMenu}: Docsy's toc_hide, Learn's
     * hidden), and, for a folder's own page so kept, every page under it, as those themes leave the whole section out.
     * They are built, and found by links and search, as the themes publish them; they were in the menu, their key unknown.
     */
    private static Set<String> hiddenFromMenu(Handbook handbook) {
        Set<String> hidden = new java.util.TreeSet<>();
        for (Page page : handbook.pages()) {
            if (page.meta().outsideMenu() && !page.isHome()) {
                hidden.add(page.path());
                if (handbook.folderPage(page.folder()).filter(own -> own.path().equals(page.path())).isPresent() && !page.folder().isEmpty()) {
                    handbook.pages().stream().map(Page::path).filter(path -> path.startsWith(page.folder() + "/")).forEach(hidden::add);
                }
            }
        }
        return hidden;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A table of contents as {@link #tableOfContents} read it, and the file it read, when the tool it belongs to leaves the
     * pages it does not list out of its menu: docsify's {@code _sidebar.md} (docsify shows only what it links), a Jupyter
     * Book's {@code _toc.yml} (its other pages are built, outside the navigation), an MkDocs site's nav. Not a GitHub
     * wiki's {@code _Sidebar.md}, since GitHub lists every page of a wiki beside it, nor the tables of contents of tools
     * that list every page anyway. A SUMMARY.md is named by the caller, which knows whether it was read.
     */
    private record Contents(SummaryFile summary, Optional<String> menuOnly, JupyterBookRoot root) {

        Contents(SummaryFile summary, Optional<String> menuOnly) {
            this(summary, menuOnly, JupyterBookRoot.NONE);
        }

        static Contents listingAll(SummaryFile summary) {
            return new Contents(summary, Optional.empty());
        }
    }

    /**
     * mdBook's and GitBook's table of contents, SUMMARY.md at the top, when it links to pages: read for the book's order,
     * and taken out of the pages, as both tools show it only as their navigation; else a GitHub wiki's _Sidebar.md (or
     * docsify's _sidebar.md), a Jupyter Book's _toc.yml, an MkDocs site's nav, a Docusaurus or Mintlify sidebar file,
     * Sphinx's tables of contents ({toctree}) from the top page down, a Workbench lesson's config.yaml, or a Raspberry Pi
     * Foundation project's meta.yml. None otherwise.
     */
    private static Contents tableOfContents(Path contentDir, List<Path> markdown, Optional<MkDocsProject> mkdocsProject,
                                            GitBookSpace gitbook, WorkbenchSite workbench, RaspberryPiProject raspberryPi,
                                            Findings findings) throws IOException {
        Path file = contentDir.resolve(gitbook.summaryName().orElse(SummaryFile.NAME)); // GitBook's may be NAV.md
        Path sidebar = contentDir.resolve(SummaryFile.WIKI_SIDEBAR);
        if (!Files.isRegularFile(sidebar)) {
            sidebar = contentDir.resolve(SummaryFile.DOCSIFY_SIDEBAR); // docsify's, in lower case, read the same way
        }
        Optional<Path> docsifyOwn = DocsifySite.ownSidebarFile(contentDir); // loadSidebar: 'sidebar.md', a page's name
        if (docsifyOwn.isPresent()) {
            sidebar = docsifyOwn.get();
            markdown.remove(sidebar); // docsify's menu, not a page of it
        }
        if (!markdown.contains(file)) {
            // A GitHub wiki's _Sidebar.md and a Jupyter Book's _toc.yml (never pages: their names start with '_') order
            // the pages as a SUMMARY.md would; else an MkDocs site's nav, in the mkdocs.yml whose docs these are.
            Path toc = contentDir.resolve(SummaryFile.JUPYTER_TOC);
            boolean wiki = Files.isRegularFile(sidebar);
            List<String> paths = markdown.stream().map(f -> relative(contentDir, f)).toList();
            if (wiki) {
                // Named as on disk: on a file system that ignores case, _Sidebar.md finds docsify's _sidebar.md too.
                boolean github = docsifyOwn.isEmpty() && sidebar.toRealPath().getFileName().toString().equals(SummaryFile.WIKI_SIDEBAR);
                return new Contents(SummaryFile.readSidebar(Files.readString(sidebar, StandardCharsets.UTF_8), paths),
                        github ? Optional.empty() : Optional.of(relative(contentDir, sidebar)));
            }
            if (Files.isRegularFile(toc)) {
                String yaml = Files.readString(toc, StandardCharsets.UTF_8);
                return new Contents(SummaryFile.readJupyterToc(yaml, paths), Optional.of(SummaryFile.JUPYTER_TOC),
                        JupyterBookRoot.read(yaml, paths));
            }
            if (mkdocsProject.isPresent()) {
                return new Contents(mkdocsProject.get().nav(paths), Optional.of(mkdocsProject.get().shown()));
            }
            Optional<SummaryFile> bookdown = BookdownFile.order(contentDir, paths);
            if (bookdown.isPresent()) { // bookdown builds only the chapters its rmd_files: lists
                return new Contents(bookdown.get(), Optional.of(BookdownFile.NAME));
            }
            // Else the sidebar file of Docusaurus or Mintlify, which lists pages in its order; Docusaurus' categories
            // are the menu, which shows the pages it lists, as Docusaurus' sidebar does.
            Optional<SummaryFile> sidebarFile = SidebarLists.find(contentDir, paths, findings);
            if (sidebarFile.isPresent() && sidebarFile.get().isTree()) {
                return new Contents(sidebarFile.get(), SidebarLists.shown(contentDir));
            }
            return Contents.listingAll(sidebarFile.or(() -> MystToctree.order(contentDir, paths))
                    .or(() -> workbench.order(paths)).or(() -> raspberryPi.order(paths)).orElseGet(() -> SummaryFile.read("")));
        }
        // Without a book.toml it is a GitBook's (or HonKit's), whose ## headings name parts, as mdBook's # headings do.
        // An entry that names no page (its .md left off, a PDF, a file not there) is said at its line, not passed by.
        String text = SummaryTargets.apply(Files.readString(file, StandardCharsets.UTF_8), relative(contentDir, file),
                markdown.stream().map(f -> relative(contentDir, f)).collect(java.util.stream.Collectors.toSet()), contentDir, findings);
        SummaryFile summary = MdBookSettings.of(contentDir).isPresent() ? SummaryFile.read(text) : SummaryFile.readGitBook(text);
        if (!summary.isEmpty()) {
            markdown.remove(file);
        }
        return Contents.listingAll(summary);
    }

    /** How many pages a finding about the pages a SUMMARY.md leaves out names, at most. */
    private static final int NAMED_UNLISTED = 5;

    /**
     * The pages a book's table of contents ({@code file}: a GitBook's or mdBook's SUMMARY.md, an MkDocs site's nav) does
     * not list, said once: those tools leave them out of their menus (GitBook and mdBook publish only the pages it lists;
     * MkDocs builds the others, found by links and search), so such a page, often an old copy kept beside its new place,
     * was not in the menu of the site the organisation had, and is not in this one's. Without the notice its findings (a
     * second page of the same title, its broken links) would seem to be about that site. The front page is not counted:
     * the top folder's own page, or a Jupyter Book's root ({@code home}), when it has one; a README beside that root is
     * a page Jupyter Book builds outside its navigation (JGIBristol/ask-jgi-handbook's), and counted.
     */
    private List<String> notInContents(List<Page> pages, SummaryFile summary, String file, Optional<String> home) {
        List<String> unlisted = pages.stream().map(Page::path).filter(path -> summary.rank(path) == null)
                .filter(path -> home.isPresent() ? !path.equals(home.get()) : path.contains("/") || Handbook.folderPageRank(path) < 0)
                .toList();
        if (unlisted.isEmpty()) {
            return unlisted;
        }
        String named = org.handbookpress.findings.Listed.first(unlisted, NAMED_UNLISTED);
        boolean bookdown = file.equals(BookdownFile.NAME);
        boolean jupyter = file.equals(SummaryFile.JUPYTER_TOC);
        boolean mkdocs = file.endsWith(".yml") && !jupyter && !bookdown || file.endsWith(".yaml");
        String tool = file.equals(SummaryFile.DOCSIFY_SIDEBAR) ? "docsify's sidebar shows only the pages it links to"
                : file.equals(SummaryFile.JUPYTER_TOC) ? "Jupyter Book builds them but leaves them out of its navigation"
                : bookdown ? "bookdown builds only the chapters it lists"
                : file.substring(file.lastIndexOf('/') + 1).startsWith("sidebars.") ? "Docusaurus builds them but leaves them out of its sidebar"
                : mkdocs ? "MkDocs builds them but leaves them out of its menu" : "GitBook and mdBook publish only the pages it lists";
        String list = mkdocs ? file + "'s nav" : bookdown ? file + "'s rmd_files:" : file;
        findings.notice(file, 1, "page.not-in-summary", unlisted.size() + (unlisted.size() == 1 ? " page is" : " pages are")
                        + " not listed in " + list + " (" + named + "): " + tool
                        + "; they are built here, found by links and search, and left out of the menu as there",
                "add each page to " + (mkdocs ? "the nav" : list) + " where it belongs, or delete it if it is an old copy"
                        // a repository's README beside the book is no old copy: Jupyter Book's own way to leave it out
                        + (jupyter ? ", or name it under exclude_patterns: in _config.yml to leave it out of the book (a README.md"
                        + " of the repository)" : ""));
        return unlisted;
    }

    /**
     * Whether the page {@link #loadPage} read last holds bookdown part headings, which group the menu: an edit of one
     * changes the menu of every page.
     */
    public boolean readMenuGroups() {
        return !partsRead.isEmpty();
    }

    /**
     * One page read again on its own, as {@link #load} reads each (the preview's update after an edit,
     * org.handbookpress.PreviewSite): empty when it is no longer a page (empty, a draft, malformed front matter).
     *
     * @param pagePaths every page's path, for the names an MkDocs nav gives (its sections name folders by what they hold)
     */
    public Optional<Page> loadPage(Path contentDir, HandbookConfig config, Path file, List<String> pagePaths) throws IOException {
        partsRead.clear();
        FrontMatterParser frontMatter = new FrontMatterParser(findings, config.folderDefaults(), SiteConfigFiles.isDocusaurus(contentDir), today);
        JekyllSite jekyll = JekyllSite.of(contentDir);
        Optional<MkDocsProject> mkdocs = MkDocsProject.find(contentDir);
        Optional<Page> page = readPage(contentDir, file, relative(contentDir, file), findings, frontMatter, new JekyllIncludes(contentDir, jekyll),
                new SidebarFiles(contentDir, config.language()), jekyll, mkdocs.map(MkDocsProject::macros), QuartoProject.find(contentDir),
                null, partsRead)
                .map(GitBookSpace.of(contentDir)::apply).map(mkdocs.map(MkDocsProject::moved).orElse(MovedPages.NONE)::apply)
                .map(TechDocsRedirects.of(contentDir)::apply);
        JupyterBookRoot root = JupyterBookRoot.of(contentDir, pagePaths);
        page = page.map(p -> root.publishAtTop(p, pagePaths)); // a Jupyter Book's root in a folder, at index.html
        page = page.map(p -> FolderReadmes.atFolderAddress(p, pagePaths, root.isHome(pagePaths))); // a README at its folder's
        if (mkdocs.isPresent()) {
            // The menu's name an MkDocs nav gives the page, as the whole build gives it (an edit then compares equal).
            SummaryFile nav = mkdocs.get().nav(pagePaths);
            page = page.map(p -> namedBySummary(p, nav));
        }
        // A Raspberry Pi Foundation project's step, titled and showing its quiz as the whole build has it.
        RaspberryPiProject raspberryPi = RaspberryPiProject.of(contentDir);
        Optional<SummaryFile> steps = raspberryPi.order(pagePaths);
        boolean docusaurus = SiteConfigFiles.isDocusaurus(contentDir);
        page = page.map(p -> named(p, raspberryPi, docusaurus, steps, config));
        frontMatter.reportUnknownKeys("front-matter");
        return page;
    }

    /**
     * The folder to read pages from when the content folder given is a site that keeps them in a folder of its own: a
     * Jekyll site's ({@code source: src} in its _config.yml), a GitBook space's ({@code root: ./docs/} in its
     * .gitbook.yaml), an Eleventy site's ({@code dir: {input: "pages"}} in its .eleventy.js) or a Middleman site's
     * ({@code source/} beside a GOV.UK Tech Docs Template's config/tech-docs.yml, {@link MiddlemanSite}), an MkDocs project's, a
     * Starlight site's, a Hugo site's ({@code content/}, {@link HugoSite}) or a Next.js site's ({@code content/} with its home
     * page, {@link NextSite}) or a Jupyter Book's (the one folder with a {@code _toc.yml}, {@link JupyterBookFolder}); empty otherwise. That
     * folder is then read as if it had been given, and the file beside it still counts for it.
     *
     * @param folder  the folder of pages
     * @param namedBy the file that names it and how, for the goal to say so ({@code _config.yml names … (source:)})
     */
    public record SiteSource(Path folder, String namedBy) {
    }

    public static Optional<SiteSource> siteSourceFolder(Path contentDir) {
        Optional<Path> jekyll = JekyllSite.sourceFolder(contentDir);
        if (jekyll.isPresent()) {
            return Optional.of(new SiteSource(jekyll.get(), SiteConfigFiles.JEKYLL + " names that folder as the site's source (source:)"));
        }
        Optional<SiteSource> gitbook = GitBookSpace.rootFolder(contentDir)
                .map(folder -> new SiteSource(folder, GitBookSpace.FILE + " names that folder as the space's root (root:)"));
        return gitbook.or(() -> EleventySite.inputFolder(contentDir)
                .map(input -> new SiteSource(input.folder(), input.file() + " names that folder as the site's input (" + input.how() + ")")))
                .or(() -> MiddlemanSite.sourceFolder(contentDir).map(source -> new SiteSource(source.folder(), source.file()
                        + " makes it a Middleman site, whose pages are in that folder")))
                .or(() -> MkDocsProject.docsFolder(contentDir).map(docs -> new SiteSource(docs,
                        "mkdocs.yml makes it an MkDocs project, whose pages are in that folder (docs_dir)")))
                .or(() -> StarlightSite.docsFolder(contentDir).map(docs -> new SiteSource(docs.folder(),
                        docs.config() + " makes it a Starlight site, whose pages are in that folder")))
                .or(() -> DocusaurusSite.docsFolder(contentDir).map(docs -> new SiteSource(docs,
                        DocusaurusSite.configName(contentDir).orElseThrow() + " makes it a Docusaurus site, whose pages are in that folder")))
                .or(() -> HugoSite.contentFolder(contentDir).map(pages -> new SiteSource(pages.folder(),
                        pages.file() + " makes it a Hugo site, whose pages are in that folder" + (pages.named() ? " (contentDir)" : ""))))
                .or(() -> NextSite.contentFolder(contentDir).map(pages -> new SiteSource(pages.folder(),
                        pages.config() + " makes it a Next.js site, whose pages are in that folder")))
                .or(() -> RaspberryPiProject.englishFolder(contentDir).map(en -> new SiteSource(en, RaspberryPiProject.ENGLISH + "/"
                        + RaspberryPiProject.FILE + " makes it a Raspberry Pi Foundation project, whose pages in English are in that"
                        + " folder (each translation's in its own, fr-FR/…: give one as -Dhandbook.content to build it)")))
                .or(() -> JupyterBookFolder.bookFolder(contentDir).map(book -> new SiteSource(book, book.getFileName() + "/"
                        + SummaryFile.JUPYTER_TOC + " makes it a Jupyter Book, whose pages are in that folder")));
    }

    /** Whether the build leaves a file or folder out by its name (a leading {@code _} or {@code .}). */
    public static boolean leftOut(Path path) {
        return isHidden(path);
    }

    /** A build of no pages would replace a site with an empty one: always an error, saying why. */
    private void reportNoPages(Path givenDir, int markdownFiles) {
        List<String> templated = markdownFiles == 0 ? templatedMarkdown(givenDir) : List.of();
        if (!templated.isEmpty()) {
            // Eleventy's and other tools' pages kept as x.md.njk or x.md.liquid: "no .md files" alone left their authors
            // looking for the wrong folder. (Middleman's x.html.md.erb, the GOV.UK Tech Docs Template's, are pages: ErbSource.)
            findings.error("", 0, "content.no-pages", "the content folder " + givenDir + " has no pages, but " + templated.size()
                            + " file(s) of Markdown kept under a template's name, which another tool runs first (" + templated.get(0)
                            + (templated.size() > 1 ? " and " + (templated.size() - 1) + " more" : "")
                            + ": a .md.liquid, .md.njk or .md.erb); the build reads .md files as they are",
                    "rename them to end in .md (x.md.njk to x.md), and write out what the template would fill in ({{ … }}, <%= … %>)");
            return;
        }
        Map<UnreadFormat, List<String>> unread = markdownFiles == 0 ? unreadPages(givenDir) : Map.of();
        if (!unread.isEmpty()) {
            // A Sphinx handbook all in reStructuredText (Mautic's community handbook: 57 .rst files), or pages that are all
            // another tool's templates: "no .md files" alone did not say that the pages are there, in a format not read.
            Map.Entry<UnreadFormat, List<String>> most = unread.entrySet().stream()
                    .max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
            UnreadFormat format = most.getKey();
            String first = most.getValue().get(0);
            int count = unread.values().stream().mapToInt(List::size).sum();
            findings.error("", 0, "content.no-pages", "the content folder " + givenDir + " has no pages, but " + count + " file(s) of a"
                            + " format the build does not read, " + most.getValue().size() + " of them " + format.what() + " (" + first
                            + (count > 1 ? " and " + (count - 1) + " more" : "") + "); it reads Markdown (.md, .mdx, .qmd, .Rmd, .markdown) and .ipynb",
                    format.fix(first, first.substring(0, first.length() - format.extension().length()))
                            + (count > 1 ? ", and the same for the others" : ""));
            return;
        }
        findings.error("", 0, "content.no-pages", markdownFiles == 0
                        ? "the content folder " + givenDir + " has no pages (no .md files, nor .mdx, .qmd, .Rmd, .markdown or .ipynb)"
                        : "none of the " + markdownFiles + " page file(s) in the content folder became a page (see the findings above)",
                markdownFiles == 0 ? "point -Dhandbook.content at the handbook's content folder, or write a page such as index.md"
                        : "fix the problems the other findings name");
    }

    /** The content folder's pages of formats the build does not read, by format, by path in order; none in hidden folders or node_modules. */
    private static Map<UnreadFormat, List<String>> unreadPages(Path dir) {
        try (var walk = Files.walk(dir)) {
            Map<UnreadFormat, List<String>> found = new java.util.LinkedHashMap<>();
            walk.filter(Files::isRegularFile).map(p -> relative(dir, p))
                    .filter(rel -> !rel.startsWith(".") && !rel.contains("/.") && !("/" + rel).contains("/node_modules/"))
                    .sorted().forEach(rel -> UnreadFormat.of(rel).ifPresent(f -> found.computeIfAbsent(f, k -> new ArrayList<>()).add(rel)));
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of(); // unreadable: the plain message is said
        }
    }

    /** A Markdown file under a template engine's extension: {@code accessibility.html.md.erb}, {@code notes.md.liquid}. */
    private static final Pattern TEMPLATED_MARKDOWN = Pattern.compile("(?i)\\.(?:md|markdown)\\.(?:erb|liquid|njk|haml|tmpl|tpl|hbs|mustache|j2|jinja)$");

    /** The content folder's templated Markdown files (not in hidden folders), by path, in order. */
    private static List<String> templatedMarkdown(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> TEMPLATED_MARKDOWN.matcher(p.getFileName().toString()).find())
                    .map(p -> relative(dir, p))
                    .filter(rel -> !rel.startsWith(".") && !rel.contains("/."))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // unreadable: the plain message is said
        }
    }

    /**
     * A folder left out by the underscore rule that holds pages is said once: content migrated from
     * Jekyll keeps its pages in folders such as _articles, and an author should not wonder where they went.
     * (A collection the site's _config.yml publishes is read: {@link JekyllSite}.)
     */
    private void reportSkippedFolder(Path contentDir, Path dir) {
        if (dir.getFileName().toString().startsWith(".")) {
            return;
        }
        List<String> pages;
        try (var walk = Files.walk(dir)) {
            pages = walk.filter(p -> Page.isPageFile(p.toString())).map(p -> relative(contentDir, p)).toList();
        } catch (IOException e) {
            return;
        }
        if (!pages.isEmpty()) {
            skippedFolders.put(relative(contentDir, dir) + "/", pages);
        }
    }

    /**
     * Says which folders left out by the underscore rule hold pages, once the pages are read: a file that a page shows in
     * itself ({@code --8<-- "toolkit/_snippets/contacts.md"}, as MkDocs' snippets are kept) is where it is meant to be, and
     * a folder of nothing else is not reported. A volunteer's folder of snippets was told every build to rename it "to
     * publish them", which would have made each snippet a page of its own.
     */
    private void reportSkippedFolders(List<Page> pages) {
        if (skippedFolders.isEmpty()) {
            return;
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Page page : pages) {
            Matcher marker = FILE_MARKER.matcher(page.markdown());
            while (marker.find()) {
                String target = marker.group(1).replace("%2D%2D", "--").replace('\\', '/').replaceFirst(":[\\w:-]*$", "");
                String fromTop = target.replaceFirst("^(\\./|/)+", "");
                shown.add(fromTop);
                if (!page.folder().isEmpty() && !target.startsWith("/")) {
                    String beside = org.handbookpress.files.SitePaths.resolve(page.folder(), target);
                    if (beside != null) {
                        shown.add(beside);
                    }
                }
            }
        }
        skippedFolders.forEach((folder, files) -> {
            long left = files.stream().filter(f -> !shown.contains(f)).count();
            if (left > 0) {
                findings.notice(folder, 0, "page.hidden-folder", "this folder's " + left
                        + " page(s) are left out, because its name starts with '_'", "rename the folder without the '_' to publish them");
            }
        });
        skippedFolders.clear();
    }

    /**
     * @param rel    the file's path in the content folder
     * @param mkdocs present when the folder is an MkDocs project's docs, whose raw HTML runs to its closing tag: the
     *               variables its macros plugin fills in
     * @param quarto the Quarto project the content folder is (in), whose shortcodes' values a page's Markdown is given
     */
    private static Optional<Page> readPage(Path contentDir, Path file, String rel, Findings findings, FrontMatterParser frontMatter, JekyllIncludes includes,
            SidebarFiles sidebars, JekyllSite jekyll, Optional<MkDocsMacros> mkdocs, QuartoProject quarto,
            java.util.function.Consumer<byte[]> bytesRead, Map<String, List<BookdownParts.Part>> bookdownParts) throws IOException {
        Optional<String> text = SourceText.read(file, rel, findings, bytesRead);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            findings.warning(rel, 0, "page.empty", "the page is empty and was left out",
                    "write its content, or delete the file");
            return Optional.empty();
        }
        if (Notebooks.isNotebook(rel)) {
            text = Notebooks.markdown(text.get(), rel, findings); // its cells as Markdown, each line on its own file line
            if (text.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<FrontMatterParser.Split> split = frontMatter.split(text.get(), rel);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter meta = split.get().meta();
        if (meta.draft()) {
            // What is wrong in a draft's front matter is said, but as warnings: the page is left out, and a date written
            // wrong in work not yet published should not stop the rest of the handbook being published.
            findings.errorsAsWarnings(rel);
            // published: false, as Jekyll and Wiki.js write it
            boolean unpublished = meta.lines().containsKey(FrontMatterParser.PUBLISHED) && !meta.lines().containsKey("draft");
            // The parser marks the line of the Hugo date that made the page a draft, and only then: a draft: false or a
            // published: true beside it is no reason of its own.
            if (meta.lines().containsKey(FrontMatterParser.EXPIRY_DATE)) {
                // Hugo's expiryDate passed: the old site no longer showed the page, and a charity's out-of-date page (a past
                // event, a withdrawn form) must not come back by moving tools.
                findings.notice(rel, meta.lineOf(FrontMatterParser.EXPIRY_DATE), "page.expired", "page left out of the build:"
                                + " its expiryDate has passed, and Hugo publishes no page after that date",
                        "to publish it again, remove 'expiryDate' or give a later date; delete the page if it is no longer needed");
                return Optional.empty();
            }
            if (meta.lines().containsKey(FrontMatterParser.PUBLISH_DATE)) {
                // Hugo's publishDate to come: the old site did not show the page yet (a policy in force from next month).
                findings.notice(rel, meta.lineOf(FrontMatterParser.PUBLISH_DATE), "page.scheduled", "page left out of the build"
                                + " until its publishDate, as Hugo publishes no page before that date",
                        "build again on or after that day to publish it; remove 'publishDate' to publish it now");
                return Optional.empty();
            }
            findings.notice(rel, meta.lineOf(unpublished ? FrontMatterParser.PUBLISHED : "draft"), "page.draft",
                    "draft page left out of the build" + (unpublished ? " (published: false)" : ""),
                    unpublished ? "remove 'published: false' to publish it" : "remove 'draft: true' to publish it");
            return Optional.empty();
        }
        if (split.get().body().isBlank() && Handbook.folderPageRank(rel.substring(rel.lastIndexOf('/') + 1)) < 0 && meta.kind() != Kind.GLOSSARY
                && !Files.isDirectory(file.resolveSibling(Page.stem(file.getFileName().toString())))) {
            // Published as its title and nothing else: a page the author has not written yet, or whose text a theme drew
            // from its front matter. A folder's own page lists the folder (and so does a page beside a folder of its name,
            // links/UnwrittenFolderPages), and a glossary says it has no terms.
            findings.warning(rel, 1, "page.empty", "the page has front matter but no text: it is published with its title and nothing under it",
                    "write its text, or mark it 'draft: true' to leave it out until it is written");
        }
        meta = quartoFrontMatter(rel, text.get(), meta, quarto, frontMatter, findings);
        meta = sidebars.apply(rel, meta); // Nextra's _meta files: the order and navigation title a page's own do not give
        String url = Translations.address(file, jekyll.published(rel), sidebars.language());
        String markdown = HeadingIdComments.apply(quartoValues(rel, text.get(), split.get(), quarto, frontMatter, findings)); // before MDX's comments are taken out
        if (MdxSource.isMdx(rel, markdown)) {
            markdown = mdx(rel, markdown, split.get().bodyLine(), findings);
        } else if (CodeChunks.isChunked(rel)) {
            markdown = chunks(rel, markdown, split.get().bodyLine(), findings);
            if (BookdownParts.reads(rel)) {
                BookdownParts.Read parts = BookdownParts.apply(markdown);
                markdown = parts.markdown();
                if (!parts.parts().isEmpty()) {
                    bookdownParts.put(rel, parts.parts()); // the menu's groups, a page of nothing else's too
                }
                if (parts.firstPart() != null && markdown.isBlank()) {
                    // bookdown's appendix.Rmd of one line, # (APPENDIX) Appendix {-}: a heading over the next chapters in
                    // its table of contents, no chapter; a page here would be a title over nothing.
                    findings.notice(rel, split.get().bodyLine() + parts.firstLine() - 1, "page.bookdown-part", "the page holds"
                                    + " nothing but bookdown's part heading '" + parts.firstPart() + "', which bookdown shows only in its"
                                    + " table of contents, over the chapters after it: it is no page here",
                            "nothing, unless the part should have a page of its own: then write its text under a # heading");
                    return Optional.empty();
                }
            }
        } else if (ErbSource.isErb(rel)) {
            markdown = erb(contentDir, rel, markdown, split.get().bodyLine(), meta, findings);
        }
        int bodyLine = split.get().bodyLine();
        if (meta.hero() != null && !meta.hero().markdown().isEmpty()) {
            // The home page's buttons and boxes before its text; the lines they take are the front matter's, so that
            // every line of the text keeps its number in findings, and one in them points into the front matter.
            List<String> hero = meta.hero().markdown();
            bodyLine = Math.max(1, bodyLine - hero.size());
            markdown = String.join("\n", hero) + "\n" + markdown;
        }
        MdBookTitle.Read titled = MdBookTitle.read(markdown); // {{#title …}}: the tab's title, no text of the page
        if (titled.title() != null) {
            meta = meta.withNames(meta.names().withTabTitle(titled.title()));
        }
        markdown = titled.markdown();
        // Other tools' Markdown made CommonMark, line for line, in this order: each reader sees the lines the one before left.
        String folder = SitePath.folderOf(rel);
        String body = mkdocs.isPresent() ? PythonMarkdownInlineTags.apply(PythonMarkdownHtmlBlocks.apply(markdown)) : markdown;
        body = MystToctree.apply(BlockClassLines.apply(NotionCallouts.apply(OutlineMarkdown.apply(body))), folder);
        body = DelimitedTabs.apply(RawHtmlShortcodes.apply(HugoRefs.apply(JekyllRoots.apply(JsxRequires.apply(IncludeLines.apply(LiquidComments.apply(body), bodyLine))))));
        body = SlackChannels.apply(jekyll.withVariables(body, meta)); // after JekyllRoots, which reads {{ site.url }} opening a link
        // After its macros are filled in: {{ config.repo_url }} in a link's address has spaces that are the tag's.
        body = mkdocs.isPresent() ? SpacedAddresses.percentEncoded(mkdocs.get().apply(body, meta)) : body;
        body = HighlightInHtml.apply(LiquidRaw.apply(EleventyImages.apply(body, contentDir, rel, bodyLine, findings)));
        FrontMatter pageMeta = meta;
        body = includes.expand(body, bodyLine, url, filled -> jekyll.withVariables(filled, pageMeta), (line, name, shownAs) ->
                findings.warning(rel, line, "include.missing", "{% include " + name + " %} names no file of the content folder's"
                                + " _includes/ folder (a Jekyll site's theme, not copied with its pages): shown as " + shownAs,
                        "add " + name + " to _includes/, or write what it shows in Markdown"));
        body = PandocTables.apply(KramdownHtmlBlocks.apply(includes.blockEnds(includes.apply(body))));
        return Optional.of(new Page(rel, url, file, meta, titleOf(meta, body, rel), body, bodyLine));
    }

    /**
     * A page's Markdown with its Quarto shortcodes for values filled in ({@link QuartoShortcodes}): a page of a Quarto
     * project, or a Quarto page of its own ({@code .qmd}, whose {@code meta} reads its front matter). Before its code
     * chunks are read, whose code Quarto leaves to the engine that runs it.
     */
    private static String quartoValues(String rel, String text, FrontMatterParser.Split split, QuartoProject quarto,
                                       FrontMatterParser frontMatter, Findings findings) {
        String body = split.body();
        if (!QuartoShortcodes.mayAsk(body) || !quarto.exists() && !rel.toLowerCase(Locale.ROOT).endsWith(".qmd")) {
            return body;
        }
        QuartoShortcodes.Report report = new QuartoShortcodes.Report() {
            @Override
            public void at(int line, String message, String fix) {
                findings.warning(rel, split.bodyLine() + line, QuartoShortcodes.CODE, message, fix);
            }

            @Override
            public void frontMatterRead(String key) {
                frontMatter.readByPage(rel, key);
            }
        };
        return QuartoShortcodes.shown(body, quarto, QuartoShortcodes.frontMatterOf(text), SitePath.folderOf(rel), report);
    }

    /**
     * A Quarto page's title, description and navigation title with their {@code var} and {@code meta} shortcodes filled in,
     * as Quarto fills them in a document's metadata: {@code title: "{{< var org.name >}} handbook"} was the page's title
     * as written, in the menu, the tab and the search. What is not filled in is said at the key's line.
     */
    private static FrontMatter quartoFrontMatter(String rel, String text, FrontMatter meta, QuartoProject quarto,
                                                 FrontMatterParser frontMatter, Findings findings) {
        boolean quartoPage = quarto.exists() || rel.toLowerCase(Locale.ROOT).endsWith(".qmd");
        String navTitle = meta.names().navTitle();
        if (!quartoPage || !java.util.stream.Stream.of(meta.title(), meta.summary(), navTitle).anyMatch(v -> v != null && QuartoShortcodes.mayHold(v))) {
            return meta;
        }
        String yaml = QuartoShortcodes.frontMatterOf(text);
        String folder = SitePath.folderOf(rel);
        java.util.function.BiFunction<String, String, String> fill = (value, key) -> QuartoShortcodes.fillValue(value, quarto, yaml, folder,
                new QuartoShortcodes.Report() {
                    @Override
                    public void at(int line, String message, String fix) {
                        findings.warning(rel, meta.lineOf(key), QuartoShortcodes.CODE, "in the front matter's " + key + ": " + message, fix);
                    }

                    @Override
                    public void frontMatterRead(String read) {
                        frontMatter.readByPage(rel, read);
                    }
                });
        return meta.toBuilder().title(fill.apply(meta.title(), "title")).summary(fill.apply(meta.summary(), "summary"))
                .names(meta.names().withNavTitle(fill.apply(navTitle, "nav-title"))).build();
    }

    /**
     * An MDX page's Markdown ({@link MdxSource}), saying once what in it the build does not run: an {@code .mdx} file, or a
     * {@code .md} one that imports components, as Docusaurus 2 reads every {@code .md} file as MDX.
     */
    private static String mdx(String rel, String markdown, int bodyLine, Findings findings) {
        MdxSource.Read read = MdxSource.read(markdown);
        if (!read.unknownComponents().isEmpty()) {
            Map.Entry<String, Integer> first = read.unknownComponents().entrySet().iterator().next();
            findings.notice(rel, bodyLine + first.getValue() - 1, "page.mdx-component", "MDX component(s) "
                            + read.unknownComponents().keySet().stream().map(name -> "<" + name + ">").collect(java.util.stream.Collectors.joining(", "))
                            + " are JavaScript the build does not run: their tags are left out and what they hold is shown",
                    "write what they show in Markdown, or as the boxes, tabs and folds the build reads (docs/migrating.md in the Handbook Press repository)");
        }
        if (read.unendedStatement() > 0) {
            findings.warning(rel, bodyLine + read.unendedStatement() - 1, "page.mdx-expression", "this import or export "
                            + "statement, or {/* comment, never ends, so the page from here is shown as written",
                    "close the statement's brackets or the comment (*/}), or remove it");
        }
        if (read.expressions() > 0) {
            findings.warning(rel, bodyLine + read.firstExpressionLine() - 1, "page.mdx-expression", read.expressions()
                            + " line(s) hold JavaScript in braces ({…}), which the build does not run: it is shown as written",
                    "write the text it stands for");
        }
        return read.markdown();
    }

    /** A Middleman page's Markdown after the ERB the build reads ({@link ErbSource}), saying once what it leaves as written. */
    private static String erb(Path contentDir, String rel, String markdown, int bodyLine, FrontMatter meta, Findings findings) {
        String folder = SitePath.folderOf(rel);
        // The front matter the build reads as text: a page's title (most such pages head themselves with it) and description.
        Function<String, String> data = key -> key.equals("title") ? meta.title() : key.equals("description") ? meta.summary() : null;
        ErbSource.Read read = ErbSource.read(markdown, bodyLine, name -> ErbSource.partialFile(contentDir, folder, name), data);
        if (read.otherTags() > 0) {
            findings.warning(rel, bodyLine + read.firstOtherTag() - 1, "syntax.erb", read.otherTags() + " line(s) hold ERB (<% … %>),"
                            + " Ruby that Middleman runs and the build does not: it is shown as written",
                    "write the text it makes; a partial alone on its line (<%= partial \"name\" %>) and warning_text(\"…\") are read");
        }
        return read.markdown();
    }

    /** A Quarto or R Markdown page's Markdown ({@link CodeChunks}), saying once that its code chunks were not run. */
    private static String chunks(String rel, String markdown, int bodyLine, Findings findings) {
        CodeChunks.Read read = CodeChunks.read(markdown, bodyLine);
        if (read.chunks() > 0) {
            findings.notice(rel, bodyLine + read.firstLine() - 1, "page.code-chunks", read.chunks() + " code chunk(s) are shown "
                            + "as code, or left out where their code is hidden (echo: false, include: false): the build runs no "
                            + "R or Python, so what they make (a figure, a table) is not on the page",
                    "render the page with Quarto to Markdown (quarto render --to gfm) and build that, or put what they make in the page");
        }
        return read.markdown();
    }

    /**
     * A page as read, named as the site's other files name it, in the one order {@link #load} and {@link #loadPage} take:
     * a Raspberry Pi project's step with its quiz, a Docusaurus doc by its heading, then by its table of contents ({@code
     * contents}, when there is one), then a home page without a title by the handbook's. The preview's page read on its
     * own then has the title the whole build gave it, and an edit compares equal.
     */
    private static Page named(Page page, RaspberryPiProject raspberryPi, boolean docusaurus, Optional<SummaryFile> contents,
                              HandbookConfig config) {
        Page quizzed = raspberryPi.withQuiz(page);
        Page headed = docusaurus ? DocusaurusTitles.headed(quizzed) : quizzed;
        return namedByHandbook(contents.map(summary -> namedBySummary(headed, summary)).orElse(headed), config);
    }

    /**
     * A page with neither {@code title:} nor a {@code #} heading, named by the words SUMMARY.md links it by, as mdBook
     * names its chapters, rather than by its file's name.
     */
    private static Page namedBySummary(Page page, SummaryFile summary) {
        String navTitle = summary.navTitle(page.path());
        FrontMatter meta = page.meta();
        if (navTitle != null && meta.names().navTitle() == null) {
            // An MkDocs nav's label is the page's name in the menu, as the site showed it; its title stays its own.
            meta = meta.withNames(meta.names().withNavTitle(navTitle));
            page = page.withMeta(meta);
        }
        String label = summary.label(page.path());
        if (label == null || page.meta().title() != null && !page.meta().title().isBlank() || CodeFences.foundOutsideCode(page.markdown(), FIRST_H1)) {
            return page;
        }
        return new Page(page.path(), page.url(), page.file(), page.meta(), label, page.markdown(), page.bodyLine());
    }

    /**
     * The home page with neither {@code title:} nor a {@code #} heading, named by the handbook's title rather than by its
     * file's name, "Index": a Carpentries Workbench lesson's index.md, a Jekyll home page that its layout heads.
     */
    private static Page namedByHandbook(Page page, HandbookConfig config) {
        if (page.path().contains("/") || !page.isIndex() || config.title() == null
                || config.title().isBlank() || page.meta().title() != null && !page.meta().title().isBlank()
                || CodeFences.foundOutsideCode(page.markdown(), FIRST_H1)) {
            return page;
        }
        return new Page(page.path(), page.url(), page.file(), page.meta(), config.title(), page.markdown(), page.bodyLine());
    }

    /** The words of the page's first {@code #} heading outside code; null for none. */
    private static String firstH1(String body) {
        CodeFences fences = new CodeFences();
        for (String line : body.split("\n", -1)) {
            if (fences.inCode(line) || !line.startsWith("#")) {
                continue;
            }
            Matcher h1 = FIRST_H1.matcher(line);
            if (h1.find()) {
                return h1.group(1);
            }
        }
        return null;
    }

    static String titleOf(FrontMatter meta, String body, String path) {
        if (meta.title() != null && !meta.title().isBlank()) {
            return meta.title();
        }
        String h1 = firstH1(body);
        if (h1 != null && !TopLevelSections.of(body, path, meta).titledByName()) {
            return HeadingText.of(h1);
        }
        String name = Page.stem(path.substring(path.lastIndexOf('/') + 1));
        int folderEnd = path.lastIndexOf('/');
        if (folderEnd > 0 && Handbook.folderPageRank(name + ".md") >= 0) {
            // A folder's own page with no title is named for its folder, as Hugo names a section: "Experimental", not "Index".
            name = path.substring(path.lastIndexOf('/', folderEnd - 1) + 1, folderEnd);
        }
        String title = HeadingText.ofName(name);
        return title.isEmpty() ? "Untitled" : title;
    }

    /**
     * The pages a book's table of contents lists, in its order ({@link SummaryFile}); then folders one after another,
     * in their order ({@link FolderOrder}: their own page's {@code order}, else by name, a folder's name before a longer
     * one it begins, as the navigation lists them: policies/ before policies-archive/); within a folder the index page,
     * then {@code order}, the file's leading number, the title, in the alphabetical order of the handbook's language
     * (CLDR's, through ICU4J: by code point, a Ukrainian folder listed "Їжа" and "Ґрунт" after "Я", and "Éclair" came
     * after "Zebra").
     */
    static Comparator<Page> readingOrder(SummaryFile summary, FolderOrder folders, Locale language) {
        Comparator<Object> alphabetical = org.handbookpress.text.Alphabetical.order(language);
        return Comparator.comparing((Page p) -> summary.rank(p.path()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Page::folder, folders::compare)
                .thenComparing(p -> !p.isIndex())
                .thenComparing(ContentLoader::orderKey)
                .thenComparing(Page::title, alphabetical)
                .thenComparing(Page::path);
    }

    private static double orderKey(Page page) {
        if (page.meta().order() != null) {
            return page.meta().order();
        }
        Matcher m = LEADING_NUMBER.matcher(page.fileName());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.MAX_VALUE;
    }

    private void reportClashes(List<Page> pages, List<String> assets) {
        Map<String, String> byUrl = new HashMap<>();
        for (Page page : pages) {
            String key = page.url().toLowerCase(Locale.ROOT);
            String other = byUrl.putIfAbsent(key, page.path());
            if (other != null) {
                findings.error(page.path(), 0, "page.same-output", "this page and " + other + " would both be written to " + page.url(),
                        "rename one of them");
            }
        }
        for (String asset : assets) {
            String other = byUrl.get(asset.toLowerCase(Locale.ROOT));
            if (other != null) {
                findings.error(asset, 0, "page.same-output", "this file and the page " + other + " have the same output path",
                        "rename one of them");
            }
        }
    }

    /**
     * A file in GitBook's {@code .gitbook/assets} folder, where GitBook keeps the pictures and files its pages link to
     * ({@code ![](.gitbook/assets/room.png)}): published although the folder's name starts with '.', as GitBook does.
     * Its other folders ({@code includes}) and any Markdown in it are not pages.
     */
    public static boolean gitBookAsset(String rel) {
        return (rel.startsWith(GITBOOK_ASSETS) || rel.contains("/" + GITBOOK_ASSETS)) && !Page.isPageFile(rel);
    }

    private static final String GITBOOK_ASSETS = ".gitbook/assets/";

    /**
     * Folders named with a leading '_' that tools keep pictures and files in, not templates as Jekyll's are: docsify's
     * {@code _media}, Sphinx's {@code _static} and {@code _images}, and {@code _assets}. Their files are published, so a
     * page's {@code ![](_media/logo.png)} finds its picture; the Markdown in them is a file too, no page (docsify embeds it).
     */
    static final Set<String> ASSET_FOLDERS = Set.of("_media", "_images", "_static", "_assets");

    private static boolean inAssetFolder(String rel) {
        String[] names = rel.split("/");
        for (int i = 0; i < names.length - 1; i++) {
            if (ASSET_FOLDERS.contains(names[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean inGitBookFolder(String rel) {
        return rel.startsWith(".gitbook/") || rel.contains("/.gitbook/");
    }

    /** A folder on the way to GitBook's assets: {@code .gitbook} itself, or its {@code assets} and the folders in that. */
    private static boolean onTheWayToGitBookAssets(String relDir) {
        return relDir.equals(".gitbook") || relDir.endsWith("/.gitbook") || gitBookAsset(relDir + "/");
    }

    /**
     * The file a symbolic link in {@code root} points to; null when it points to nothing or out of {@code root}, each an
     * error at {@code shown}: the build publishes only what is inside the folder it reads ({@code folder} names it).
     */
    static Path linkTarget(Path link, Path root, String shown, String folder, Findings findings) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            findings.error(shown, 0, "file.broken-link", "symbolic link points to a file that does not exist",
                    "remove the link or restore its target");
            return null;
        }
        if (!target.startsWith(root)) {
            findings.error(shown, 0, "file.link-outside", "symbolic link points outside the " + folder + ", to " + target,
                    "copy the file into the " + folder + " instead; the build only publishes what is inside it");
            return null;
        }
        return target;
    }

    static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        // Hugo's _index.md, also with its language (_index.en.md), is a section's own page, not a file left out.
        return (name.startsWith("_") && !(Handbook.folderPageRank(name) == 1 && name.endsWith(".md"))) || name.startsWith(".")
                || FileNames.isLeftBehind(name);
    }

    static String relative(Path root, Path file) {
        return FileNames.relative(root, file);
    }
}
