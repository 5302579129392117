package org.handbookpress.render;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.files.FileNames;
import org.handbookpress.files.Globs;
import org.handbookpress.files.SitePath;
import org.handbookpress.files.SitePaths;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.CategoryLink;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.DraftChapter;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.NavEntry;
import org.handbookpress.content.Page;
import org.handbookpress.labels.Labels;

/**
 * The navigation of the whole site: from {@code nav:} when the author wrote one, else the folders in
 * reading order. A folder is a section; a section without its own {@code index.md} gets a generated
 * index page listing its pages, so that every section link has somewhere to go.
 */
public final class SiteNavigation {

    /** A section page the build writes itself, because the folder has no index.md. */
    public record GeneratedSection(String folder, String url, String title) {
    }

    private final List<NavNode> tree;
    private final Map<String, String> sectionTitles = new LinkedHashMap<>();
    private final List<GeneratedSection> generated = new ArrayList<>();
    private final Set<String> reachable = new LinkedHashSet<>();
    private final Handbook handbook;
    /** Pages by folder, in reading order: every page's layout asks for its siblings, so this is looked up, not searched. */
    private final Map<String, List<Page>> byFolder = new LinkedHashMap<>();
    /**
     * Each page's place in reading order, and each folder's: its first page's. A section lists its pages and
     * sub-folders in that order: a book's table of contents (SUMMARY.md, mkdocs.yml's nav) may put a sub-folder between
     * two pages, and without one a folder's own pages come before its sub-folders' (ContentLoader.readingOrder).
     */
    private final Map<String, Integer> places = new HashMap<>();
    /** Each folder's own page ({@link Handbook#folderPage}), by folder, "" for the top: looked up for every page. */
    private final Map<String, Page> folderPages = new HashMap<>();
    /**
     * The page beside a folder that has none of its own inside, named as the folder is ({@code handbook.md} beside
     * {@code handbook/}), as Notion's export and Obsidian's folder notes keep a page and its sub-pages: the section is
     * named by it and links to it, and it is not listed again beside the section. The folder's index.html still lists
     * its pages, since the page beside it is written one folder up.
     */
    private final Map<String, Page> besidePages = new HashMap<>();
    private final String home;
    /** The part of the book each page is in whose title another page of its language has ({@link #partTellingApart}), by path. */
    private final Map<String, String> lookAlikeParts;
    /** The menu's groups, the parts of a book, in its order. */
    private final List<NavNode> parts;
    /** The entries each page is nested under when the menu is a book's table of contents; null when it is the folders. */
    private final MenuTrail trail;
    /** The name of a book's appendices in the menu, in the handbook's language ("Appendices"). */
    private final String appendices;
    /** The handbook's folders of translations: no sections of the menu. */
    private final LanguageFolders languages;
    /** {@link #menuPages}, made on the first asking. */
    private volatile List<Page> menuPages;
    /** The menu's groups so far, which number them. */
    private int groups;
    /**
     * The folders in folders of translations named in the handbook's language ({@link #nameTranslatedFoldersAsTheirOriginals}),
     * which a page in the translation's language marks as such.
     */
    private final Set<String> namedInHandbookLanguage = new HashSet<>();
    /** The folders {@code nav:} gives a label of their own ({@code Pecyn cymorth: cy/toolkit/}): the author's name for them. */
    private final Set<String> labelledByNav = new HashSet<>();
    /** A book's draft chapters ({@link DraftChapter}) by the folder whose section shows them, "" for the top level. */
    private final Map<String, List<DraftChapter>> drafts = new HashMap<>();
    /** The folders the menu has a section of, which show their draft chapters. */
    private final Set<String> sectioned = new HashSet<>();

    /**
     * The titles of a folder and the sections above it, the outermost first ("Local groups › Kendal › Policies"), as
     * breadcrumbs name them; "" for the top.
     */
    public String sectionPath(String folder) {
        return sectionPath(folder, null);
    }

    /**
     * As {@link #sectionPath(String)}, for a folder inside the folder of translations {@code languageFolder} ({@code cy},
     * or null): that folder is its language's home, as its pages' breadcrumbs show it, not a section ("Croeso › Policies"
     * named the Welsh register's policies by the Welsh home page's title).
     */
    public String sectionPath(String folder, String languageFolder) {
        return ShownName.joined(sectionNames(folder, languageFolder, null));
    }

    /**
     * {@link #sectionPath(String, String)}'s names as a page in {@code pageLanguage} shows them, each with its language
     * when it is not the page's ({@link #sectionName}): search's section line under a Welsh result.
     */
    public List<ShownName> sectionNames(String folder, String languageFolder, String pageLanguage) {
        List<ShownName> names = new ArrayList<>();
        for (String f = folder; !f.isEmpty() && !f.equals(languageFolder); f = SitePath.folderOf(f)) {
            names.add(0, sectionName(f, pageLanguage));
        }
        return names;
    }

    /**
     * The menu entries the page is nested under, the outermost first (a part's group, the chapters and sections above it),
     * when the menu is a book's table of contents (a SUMMARY.md, a _toc.yml, an MkDocs nav, handbook.yml's nav:) that
     * lists the page: its breadcrumbs, eyebrow and search result follow them, not the folders its file is in, which such a
     * menu does not show. Empty when the menu is the folders, for a page the menu does not list, and for a page in a
     * folder of translations, whose breadcrumbs start at its language's home.
     */
    public Optional<List<NavNode>> entriesAbove(Page page) {
        if (trail == null || page.path() == null || languages.languageOf(page.path()) != null) {
            return Optional.empty();
        }
        return trail.above(page.path());
    }

    /**
     * The names of the sections a page is in, the outermost first, as a page in {@code pageLanguage} shows them and its
     * breadcrumbs name them: its part and the menu's chapters and sections above it ({@link #entriesAbove}); else its
     * folders' ({@link #sectionNames}). A Jupyter Book's chapters, every one in pages/, were "Pages › Getting started" in
     * search, a level no menu shows, and a section nested under its chapter did not name the chapter.
     */
    public List<ShownName> sectionNamesOf(Page page, String languageFolder, String pageLanguage) {
        Optional<List<NavNode>> sections = entriesNaming(page);
        if (sections.isEmpty()) {
            return sectionNames(sectionFolderOf(page), languageFolder, pageLanguage);
        }
        return sections.get().stream().map(entry -> entryName(entry, pageLanguage)).toList();
    }

    /**
     * The entries that name the sections a page is in, the outermost first, for its eyebrow and search result: those it is
     * nested under ({@link #entriesAbove}), and a folder's own page's section too, as without a table of contents
     * ({@code toolkit/index.md} is in "Toolkit", whose entry opens on it; its breadcrumbs stop above it, as before).
     */
    public Optional<List<NavNode>> entriesNaming(Page page) {
        Optional<List<NavNode>> above = entriesAbove(page);
        if (above.isEmpty() || page.folder().isEmpty() || folderPage(page.folder()).filter(own -> own.path().equals(page.path())).isEmpty()) {
            return above;
        }
        Optional<NavNode> own = trail.sectionOpenedBy(page.path()).filter(section -> section.key().equals(page.folder() + "/"));
        if (own.isEmpty()) {
            return above;
        }
        List<NavNode> entries = new ArrayList<>(above.get());
        entries.add(own.get());
        return Optional.of(List.copyOf(entries));
    }

    /**
     * A menu entry's name as a page in {@code pageLanguage} shows it in its breadcrumbs: a folder's section as the folder
     * is named ({@link #sectionName}, with its language), a chapter or a part by its name in the menu.
     */
    public ShownName entryName(NavNode entry, String pageLanguage) {
        if (entry.key().endsWith("/")) {
            return sectionName(entry.key().substring(0, entry.key().length() - 1), pageLanguage);
        }
        return new ShownName(entry.title(), null);
    }

    /**
     * A section's name ({@link #sectionTitle}) as a page in {@code pageLanguage} shows it, with its language when that is
     * not the page's: a Polish page's section with no Polish name yet is named in English ({@link #sectionTitleLanguage}),
     * and a page listing other languages' pages (the Documents register of every document) names their sections in theirs.
     */
    public ShownName sectionName(String folder, String pageLanguage) {
        String language = sectionTitleLanguage(folder);
        if (language == null) { // named in its folder's language: a folder of translations', else the handbook's
            language = java.util.Objects.requireNonNullElse(languages.languageOf(folder + "/"), handbook.config().language());
        }
        return ShownName.on(sectionTitle(folder), language, pageLanguage);
    }

    /**
     * The name of the part of the book (the menu's group) a page is in, when another page of its language has its title;
     * null for any other page. Advanced R has an "Introduction" before its parts and one opening each of its five:
     * their browser tabs and search results were the same words, told apart only by the menu around them.
     */
    public String partTellingApart(Page page) {
        return lookAlikeParts.get(page.path());
    }

    /**
     * The name of the part of the book (the menu's group: a bookdown or Quarto part, an mdBook or GitBook heading, a
     * group of handbook.yml's nav:) a page is in, or null. Its breadcrumbs name it, as Quarto's do: on a phone, where the
     * menu is folded away, "Home › Advanced R" alone did not say which of five parts a chapter opened.
     */
    public String partOf(Page page) {
        if (page.path() == null || parts.isEmpty()) {
            return null; // most handbooks: no part to name
        }
        for (NavNode group : parts) {
            if (group.children().stream().anyMatch(entry -> holds(entry, page.path()))) {
                return group.title();
            }
        }
        return null;
    }

    /** {@link #partTellingApart}'s parts, found once: a page's title is compared with the others' as DuplicateTitles does. */
    private Map<String, String> partsOfLookAlikes() {
        if (parts.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> titles = new HashMap<>();
        for (Page page : handbook.pages()) {
            titles.merge(titleKey(page), 1, Integer::sum);
        }
        Map<String, String> named = new HashMap<>();
        for (Page page : handbook.pages()) {
            if (titles.get(titleKey(page)) > 1) {
                String part = partOf(page);
                if (part != null) {
                    named.put(page.path(), part);
                }
            }
        }
        return Map.copyOf(named);
    }

    /** A page's title as readers would mistake it for another's: in its language, whatever its case. */
    private String titleKey(Page page) {
        String language = languages.languageOf(page.path());
        return (language == null ? "" : language) + "\n" + page.title().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The home page's title in the menu and breadcrumbs ("Home"). */
    public String homeTitle() {
        return home;
    }

    /**
     * @param words the handbook's labels, for the names the menu gives what the author did not name: the home page's
     *              ("Home"), a book's appendices' ("Appendices")
     */
    public SiteNavigation(Handbook handbook, List<NavNode> extra, Labels words, Findings findings) {
        this.handbook = handbook;
        this.home = words.text("home");
        this.appendices = words.text("nav.appendices");
        this.languages = handbook.languageFolders();
        for (Page page : handbook.pages()) {
            byFolder.computeIfAbsent(page.folder(), k -> new ArrayList<>()).add(page);
        }
        byFolder.replaceAll((folder, pages) -> List.copyOf(pages));
        for (int place = 0; place < handbook.pages().size(); place++) {
            Page page = handbook.pages().get(place);
            places.put(page.path(), place);
            String folder = page.folder();
            while (!folder.isEmpty()) {
                sectionTitles.putIfAbsent(folder, handbook.folderLabels().getOrDefault(folder, defaultSectionTitle(folder)));
                places.putIfAbsent(folder + "/", place);
                folder = SitePath.folderOf(folder);
            }
        }
        handbook.folderPage("").ifPresent(p -> folderPages.put("", p));
        for (String folder : sectionTitles.keySet()) {
            // A folder's own page names it, as the menu names its section (sectionNode), in breadcrumbs and eyebrows too.
            handbook.folderPage(folder).ifPresent(p -> {
                folderPages.put(folder, p);
                if (!handbook.namedByCategory(folder)) {
                    sectionTitles.put(folder, navTitle(p));
                }
            });
            if (!folderPages.containsKey(folder)) {
                handbook.page(folder + ".md").filter(p -> !p.isHome()).ifPresent(p -> {
                    besidePages.put(folder, p);
                    sectionTitles.put(folder, navTitle(p));
                });
            }
        }
        for (DraftChapter draft : handbook.drafts()) {
            drafts.computeIfAbsent(draftFolder(draft), k -> new ArrayList<>()).add(draft);
        }
        List<NavNode> nodes = handbook.config().nav().isEmpty() ? fromFolders() : fromConfig(handbook.config().nav(), findings);
        nameTranslatedFoldersAsTheirOriginals(handbook);
        nodes.addAll(extra);
        this.tree = List.copyOf(nodes);
        this.parts = tree.stream().filter(NavNode::isGroup).toList();
        this.trail = handbook.config().nav().isEmpty() ? null : new MenuTrail(tree, folder -> sectionPage(folder).map(Page::path),
                Optional.ofNullable(folderPages.get("")).map(Page::path).orElse(null));
        this.lookAlikeParts = partsOfLookAlikes();
        reportLongTopLevel(handbook, findings);
        for (Map.Entry<String, String> section : sectionTitles.entrySet()) {
            if (!folderPages.containsKey(section.getKey())) {
                // A Docusaurus category's generated index may title its page apart from the label naming it in the menu.
                String title = handbook.generatedIndex(section.getKey()).map(CategoryLink::title).orElse(section.getValue());
                generated.add(new GeneratedSection(section.getKey(), handbook.folderAddress(section.getKey()), title));
            }
        }
    }

    /**
     * A folder in a folder of translations that has no page of its own to name it ({@code pl/toolkit/} holding one
     * translated chapter) is named as the folder it translates: by its {@code nav:} label ("On shift"), not by its folder's
     * name, which the author never wrote as a title ("Toolkit" stood in the Polish pages' menu, breadcrumbs and chapter
     * eyebrows where the English pages said "On shift"). Its name stays in the handbook's language, marked so (SiteModel);
     * so does the name of its folder, a copy of the original's, when the folder it translates has no name to give.
     */
    private void nameTranslatedFoldersAsTheirOriginals(Handbook handbook) {
        String language = handbook.config().language();
        for (String translations : languages.folders().keySet()) {
            if (!languages.translatesFrom(translations, language)) {
                continue;
            }
            for (Map.Entry<String, String> section : sectionTitles.entrySet()) {
                String folder = section.getKey();
                // A folder nav: labels itself keeps the label its author wrote, in its own language ("Pecyn cymorth" for
                // cy/toolkit/ was replaced by the English folder's name, marked English).
                if (!folder.startsWith(translations + "/") || folderPages.containsKey(folder) || besidePages.containsKey(folder)
                        || handbook.folderLabels().containsKey(folder) || labelledByNav.contains(folder)) {
                    continue;
                }
                namedInHandbookLanguage.add(folder);
                String original = sectionTitles.get(folder.substring(translations.length() + 1));
                if (original != null) {
                    section.setValue(original);
                }
            }
        }
    }

    /**
     * A notice when the menu's top level is too long for a page to list whole (PrunedNav): its readers see the entries
     * around the page they are on, and all of them only on the home page. Grouping them is the author's to choose.
     */
    private void reportLongTopLevel(Handbook handbook, Findings findings) {
        long sections = tree.stream().filter(NavNode::isSection).count();
        long pages = tree.size() - sections;
        if (sections <= PrunedNav.TOP_LEVEL_ALL_UP_TO && pages <= PrunedNav.TOP_LEVEL_ALL_UP_TO) {
            return;
        }
        List<NavEntry> nav = handbook.config().nav();
        findings.notice(nav.isEmpty() ? "" : ConfigLoader.FILE, nav.isEmpty() ? 0 : nav.get(0).line(), "nav.long-top-level",
                "the menu's top level has " + pages + (pages == 1 ? " page" : " pages") + " and " + sections
                        + (sections == 1 ? " section" : " sections") + ": past " + PrunedNav.TOP_LEVEL_ALL_UP_TO
                        + " of either, each page lists the " + (2 * PrunedNav.NEIGHBOURS + 1)
                        + " around it and the home page lists them all",
                "to show every one on every page, group them in fewer top-level folders (groups/<name>/…),"
                        + " or list fewer with nav: in handbook.yml");
    }

    private List<NavNode> fromFolders() {
        List<NavNode> nodes = new ArrayList<>();
        Page home = folderPages.get("");
        if (home != null) {
            nodes.add(leaf(home, this.home));
        }
        for (Page page : pagesIn("")) {
            if (page != home && !isBeside(page) && !handbook.isOutsideMenu(page)) {
                nodes.add(leaf(page, null));
            }
        }
        // A folder of translations (cy/ beside the English pages) is no section of the handbook's menu: its pages show
        // the same menu leading to their translations (SiteModel), and each page links its other language.
        String language = handbook.config().language();
        for (String folder : subfolders("")) {
            if (!languages.translatesFrom(folder, language) && holdsMenuPages(folder)) { // not a section its own page hides
                nodes.add(section(folder, null));
            }
        }
        return nodes;
    }

    /** Whether the content folder holds the page file {@code path} (one that is no page of the build: it could not be read). */
    private boolean isFileThere(String path) {
        return handbook.contentDir() != null && Page.isPageFile(path) && SitePaths.isFileIn(handbook.contentDir(), path);
    }

    private List<NavNode> fromConfig(List<NavEntry> entries, Findings findings) {
        Set<String> folders = new java.util.HashSet<>();
        addFolders(entries, folders);
        return fromConfig(entries, folders, findings);
    }

    /** The folders the entries name ({@code toolkit/}), those in their groups too. */
    private static void addFolders(List<NavEntry> entries, Set<String> folders) {
        for (NavEntry entry : entries) {
            addFolders(entry.entries(), folders); // a group's, and a chapter's sub-chapters
            if (entry.isGroup()) {
                continue;
            }
            String target = entry.target().startsWith("./") ? entry.target().substring(2) : entry.target();
            if (target.endsWith("/")) {
                folders.add(target.substring(0, target.length() - 1));
            }
        }
    }

    /** @param folders every folder the menu names, in a group or not */
    private List<NavNode> fromConfig(List<NavEntry> entries, Set<String> folders, Findings findings) {
        List<NavNode> nodes = configEntries(entries, folders, findings);
        // A draft nested under a chapter whose folder has no section in the menu (its chapters listed one by one, as a
        // book's part lists them) follows that chapter where it is.
        drafts.forEach((folder, here) -> {
            if (!folder.isEmpty() && !sectioned.contains(folder)) {
                here.forEach(draft -> place(nodes, draft, true));
            }
        });
        return withDrafts("", nodes);
    }

    /** The menu's entries as the configuration lists them, a part's in its group, without the top level's draft chapters. */
    private List<NavNode> configEntries(List<NavEntry> entries, Set<String> folders, Findings findings) {
        List<NavNode> nodes = new ArrayList<>();
        for (NavEntry entry : entries) {
            if (entry.isGroup()) {
                // A part of a book (bookdown's, mdBook's): its name over its chapters; one left with none is no group.
                List<NavNode> children = configEntries(entry.entries(), folders, findings);
                if (!children.isEmpty()) {
                    nodes.add(NavNode.group(entry.isAppendices() ? appendices : entry.label(), ++groups, children));
                }
                continue;
            }
            String target = entry.target().startsWith("./") ? entry.target().substring(2) : entry.target();
            if (Globs.isPattern(target) && handbook.page(target).isEmpty()) {
                globEntry(entry, target, findings).ifPresent(nodes::addAll);
                continue;
            }
            if (target.endsWith("/")) {
                String folder = target.substring(0, target.length() - 1);
                if (!sectionTitles.containsKey(folder)) {
                    findings.error(ConfigLoader.FILE, entry.line(), "nav.missing", "nav names the folder '" + target
                            + "', which has no pages", "check the folder name, or remove the entry");
                    continue;
                }
                if (entry.label() != null) {
                    sectionTitles.put(folder, entry.label());
                    labelledByNav.add(folder);
                }
                nodes.add(section(folder, entry.label()));
            } else {
                Optional<Page> page = handbook.page(Page.isPageFile(target) ? target : target + ".md");
                if (page.isEmpty()) {
                    boolean there = isFileThere(target);
                    findings.error(ConfigLoader.FILE, entry.line(), "nav.missing", "nav names the page '" + target + "', which "
                            + (there ? "the build left out: a draft, or a page it could not read (see that page's own finding)"
                            : "does not exist (or is a draft)"), there ? "publish that page, or remove the entry until it is"
                            : "check the path, relative to the content folder");
                    continue;
                }
                if (isBeside(page.get()) && folders.contains(page.get().pathWithoutExtension())) {
                    // mdBook's chapter.md beside chapter/ (its sub-chapters): the folder's section opens on it, as
                    // without nav:; listed as a page too, it stood twice in the menu, once above its own section.
                    continue;
                }
                // The front page (index.md, else a README.md or a wiki's Home.md) is "Home", as without nav:.
                NavNode leaf = leaf(page.get(), entry.label() != null ? entry.label() : page.get() == folderPages.get("") ? home : null);
                // A book's chapter over its sub-chapters (SUMMARY.md's nesting), which it opens on as a section does.
                List<NavNode> subChapters = configEntries(entry.entries(), folders, findings);
                nodes.add(subChapters.isEmpty() ? leaf : new NavNode(leaf.title(), leaf.url(), leaf.key(), List.copyOf(subChapters)));
            }
        }
        return nodes;
    }

    /**
     * A pattern in nav: ({@code training/*.md}), as a pack's include: takes one: its pages in reading order where it
     * stands, under its label as a group of their own where it has one ({@code Training: training/*.md}); the pages the
     * menu names one by one elsewhere are left to their own entries. A pattern that matches no page is an error, as a
     * page that does not exist is; it was read as a page's name and said to be one "which does not exist".
     */
    private Optional<List<NavNode>> globEntry(NavEntry entry, String target, Findings findings) {
        PathMatcher glob;
        try {
            glob = Globs.matcher(FileNames.forMatching(target));
        } catch (IllegalArgumentException e) {
            findings.error(ConfigLoader.FILE, entry.line(), "nav.missing", "nav's pattern '" + target + "' is not a valid glob: "
                    + Globs.problem(e), Globs.HOW_TO_WRITE);
            return Optional.empty();
        }
        Set<String> named = new HashSet<>();
        namedPages(handbook.config().nav(), named);
        List<NavNode> leaves = new ArrayList<>();
        boolean any = false;
        for (Page page : handbook.pages()) {
            if (glob.matches(Path.of(FileNames.forMatching(page.path())))) {
                any = true;
                if (!named.contains(page.path())) {
                    leaves.add(leaf(page, page == folderPages.get("") ? home : null));
                }
            }
        }
        if (!any) {
            findings.error(ConfigLoader.FILE, entry.line(), "nav.missing", "nav's pattern '" + target + "' matches no page",
                    "check the pattern, relative to the content folder (training/*.md, policies/**/*.md)");
            return Optional.empty();
        }
        if (entry.label() != null && !leaves.isEmpty()) {
            return Optional.of(List.of(NavNode.group(entry.label(), ++groups, List.copyOf(leaves))));
        }
        return Optional.of(leaves);
    }

    /** The pages nav: names one by one (not by folder or pattern), in groups and under pages too. */
    private static void namedPages(List<NavEntry> entries, Set<String> named) {
        for (NavEntry entry : entries) {
            if (!entry.isGroup()) {
                String target = entry.target().startsWith("./") ? entry.target().substring(2) : entry.target();
                if (!target.endsWith("/") && !Globs.isPattern(target)) {
                    named.add(Page.isPageFile(target) ? target : target + ".md");
                }
            }
            namedPages(entry.entries(), named);
        }
    }

    /**
     * The folder whose section shows a draft chapter: the folder of the page it is nested under when that is the folder's
     * own page (or the page beside it), else the folder that page is in, where the draft follows it (the menu nests
     * folders, not pages); the top level for a draft nested under nothing, or under a page the book does not have.
     */
    private String draftFolder(DraftChapter draft) {
        if (draft.under() == null) {
            return "";
        }
        Optional<Page> under = handbook.page(draft.under());
        if (under.isEmpty()) {
            String folder = SitePath.folderOf(draft.under());
            return sectionTitles.containsKey(folder) ? folder : "";
        }
        Page page = under.get();
        if (besidePages.get(page.pathWithoutExtension()) == page) {
            return page.pathWithoutExtension();
        }
        return page.folder();
    }

    /**
     * A section's entries with its draft chapters among them, each after the entry of the page SUMMARY.md lists before
     * it (that page's, or its folder's), first when none of them holds it. Words, not a link: mdBook greys a draft out
     * in its sidebar and links it nowhere, and a link to no page would be a broken one.
     */
    private List<NavNode> withDrafts(String folder, List<NavNode> entries) {
        List<DraftChapter> here = drafts.getOrDefault(folder, List.of());
        if (here.isEmpty()) {
            return entries;
        }
        List<NavNode> out = new ArrayList<>(entries);
        for (DraftChapter draft : here) {
            place(out, draft, true);
        }
        return out;
    }

    /**
     * Puts a draft chapter among the entries after the one holding the page listed before it, inside a part's group when
     * that entry is in one (each part listed its book's top-level drafts before); else first when {@code orFirst}.
     *
     * @return whether it was placed
     */
    private boolean place(List<NavNode> out, DraftChapter draft, boolean orFirst) {
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            NavNode entry = out.get(i);
            if (entry.isChapter() && holds(entry, draft.under())) {
                // Nested under the chapter or one of its sub-chapters: among them, after the one before it, else first.
                List<NavNode> children = new ArrayList<>(entry.children());
                place(children, draft, true);
                out.set(i, new NavNode(entry.title(), entry.url(), entry.key(), List.copyOf(children)));
                return true;
            }
            if (holds(entry, draft.after())) {
                at = i + 1;
            } else if (entry.isGroup()) {
                List<NavNode> children = new ArrayList<>(entry.children());
                if (place(children, draft, false)) {
                    out.set(i, new NavNode(entry.title(), entry.url(), entry.key(), List.copyOf(children)));
                    return true;
                }
            }
        }
        if (at < 0 && !orFirst) {
            return false;
        }
        at = Math.max(at, 0);
        while (at < out.size() && out.get(at).key().startsWith(DRAFT_KEY)) {
            at++; // after the drafts placed there already, which SUMMARY.md lists first
        }
        out.add(at, new NavNode(draft.title(), null, DRAFT_KEY + draft.line(), List.of()));
        return true;
    }

    /** What a draft chapter's menu entry stands for: its line of SUMMARY.md, which no page's or folder's key can be. */
    private static final String DRAFT_KEY = "SUMMARY.md:";

    /**
     * Whether the entry is the page at {@code path}, or the section holding it (a folder's, or the page beside it), or the
     * chapter it is a sub-chapter of.
     */
    private boolean holds(NavNode entry, String path) {
        if (path == null) {
            return false;
        }
        if (!entry.key().endsWith("/")) {
            return entry.key().equals(path) || entry.isChapter() && entry.children().stream().anyMatch(child -> holds(child, path));
        }
        String folder = entry.key().substring(0, entry.key().length() - 1);
        Page beside = besidePages.get(folder);
        return path.startsWith(entry.key()) || beside != null && beside.path().equals(path);
    }

    private NavNode section(String folder, String label) {
        sectioned.add(folder);
        List<NavNode> children = new ArrayList<>();
        Optional<Page> index = sectionPage(folder);
        index.ifPresent(p -> reachable.add(p.path()));
        List<Map.Entry<Integer, NavNode>> placed = new ArrayList<>();
        for (Page page : pagesListedIn(folder)) {
            placed.add(Map.entry(places.get(page.path()), leaf(page, null)));
        }
        for (String sub : subfolders(folder)) {
            if (isSection(sub)) {
                placed.add(Map.entry(places.getOrDefault(sub + "/", Integer.MAX_VALUE), section(sub, null)));
            }
        }
        placed.sort(Map.Entry.comparingByKey()); // stable: a sub-folder without pages of its own keeps its place at the end
        placed.forEach(child -> children.add(child.getValue()));
        return sectionNode(folder, label, index, withDrafts(folder, children));
    }

    /** The page a folder's section opens on: its own page, else the page beside it of its name ({@code toolkit.md}). */
    private Optional<Page> sectionPage(String folder) {
        return folderPage(folder).or(() -> Optional.ofNullable(besidePages.get(folder)));
    }

    /** A folder's section, named by {@code label}, else by the page it opens on, else by the folder, holding {@code children}. */
    private NavNode sectionNode(String folder, String label, Optional<Page> index, List<NavNode> children) {
        // A Docusaurus category opening on a doc is named by its label, as Docusaurus names it, not by the doc's title.
        String title = label != null ? label : handbook.namedByCategory(folder) ? sectionTitles.get(folder)
                : index.map(SiteNavigation::navTitle).orElse(sectionTitles.get(folder));
        // A README that is the folder's page is linked at its own address, where the navigation shows it as current.
        return new NavNode(title, index.map(Page::url).orElse(handbook.folderAddress(folder)), folder + "/", List.copyOf(children));
    }

    /**
     * The folder's sub-folders, each named and linked as the menu names and links it inside its folder's section,
     * without their entries.
     * Taken from the folders rather than from the menu: a generated folder page lists them even when {@code nav:}
     * leaves the folder out, or it would be a dead end above pages further down (regions/wales/cardiff/hub.md).
     */
    public List<NavNode> subsectionsOf(String folder) {
        return subfolders(folder).stream().filter(this::isSection).map(sub -> sectionNode(sub, null, sectionPage(sub), List.of())).toList();
    }

    /**
     * The pages a folder's page lists as its own: its pages but its own page, and but a page beside one of its
     * folders, which is listed as that folder's section (as the menu lists it) rather than twice; nor the home page, which
     * a Jupyter Book's root in a folder is ({@code pages/intro.md}): the menu has it first, as "Home".
     */
    public List<Page> pagesListedIn(String folder) {
        Page own = folderPages.get(folder);
        Page home = folderPages.get("");
        return pagesIn(folder).stream().filter(p -> p != own && p != home && !isBeside(p) && !handbook.isOutsideMenu(p)).toList();
    }

    /**
     * Whether a sub-folder is a section of the menu and of its folder's page: not when it holds only pages a book's table
     * of contents leaves out, nor when it holds translations published as a language folder ({@code _articles/fr}).
     */
    private boolean isSection(String sub) {
        return holdsMenuPages(sub) && !languages.publishesTranslations(sub, handbook.config().language());
    }

    /** Whether a page in the folder, or further down, is one the menu may list (not left out by a book's table of contents). */
    private boolean holdsMenuPages(String folder) {
        if (!handbook.leavesPagesOutOfMenu()) {
            return true;
        }
        String prefix = folder + "/";
        return handbook.pages().stream().anyMatch(p -> p.path().startsWith(prefix) && !handbook.isOutsideMenu(p));
    }

    /** The page's title in the navigation: its {@code nav-title} (Hugo's linktitle, Docusaurus' sidebar_label), else its title. */
    private static String navTitle(Page page) {
        String navTitle = page.meta().names().navTitle();
        return navTitle != null ? navTitle : page.title();
    }

    /** Whether the page is the page beside one of the folders, which its section links to instead of listing it. */
    private boolean isBeside(Page page) {
        String folder = page.pathWithoutExtension();
        return besidePages.get(folder) == page;
    }

    private NavNode leaf(Page page, String label) {
        reachable.add(page.path());
        return new NavNode(label != null ? label : navTitle(page), page.url(), page.path(), List.of());
    }

    /**
     * The folder whose section the page is shown in (its eyebrow, its search result's section line): its own folder, but
     * the top for the home page, which a Jupyter Book's root in a folder is ({@code pages/intro.md}, at index.html): the
     * home page said "Pages" above its title.
     */
    public String sectionFolderOf(Page page) {
        Page home = folderPages.get("");
        return home != null && home.path().equals(page.path()) ? "" : page.folder();
    }

    /** The folder's own page ({@link Handbook#folderPage}): its index.md, or its README.md; "" for the top. */
    public Optional<Page> folderPage(String folder) {
        return Optional.ofNullable(folderPages.get(folder));
    }

    /** Pages directly in a folder, in reading order. */
    public List<Page> pagesIn(String folder) {
        return byFolder.getOrDefault(folder, List.of());
    }

    /**
     * A folder's folders in reading order, as their pages come: by name (ContentLoader.readingOrder compares folders
     * name by name), or in a book's table of contents, in its order.
     */
    private List<String> subfolders(String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        Set<String> subs = new LinkedHashSet<>();
        for (String section : sectionTitles.keySet()) {
            if (section.startsWith(prefix) && !section.substring(prefix.length()).contains("/") && !section.equals(folder)) {
                subs.add(section);
            }
        }
        return subs.stream().toList();
    }

    public List<NavNode> tree() {
        return tree;
    }

    public List<GeneratedSection> generatedSections() {
        return List.copyOf(generated);
    }

    public String sectionTitle(String folder) {
        return sectionTitles.getOrDefault(folder, defaultSectionTitle(folder));
    }

    /**
     * The language {@link #sectionTitle} is in when it is not its folder's: the handbook's, for a folder of a folder of
     * translations named as the folder it translates ("Learning together" for {@code cy/training/}); else null.
     */
    public String sectionTitleLanguage(String folder) {
        return namedInHandbookLanguage.contains(folder) ? handbook.config().language() : null;
    }

    /** Whether the navigation leads to the page (directly or through its section). */
    public boolean isReachable(Page page) {
        return reachable.contains(page.path());
    }

    /**
     * The pages in the menu's order, as a reader goes through it (a section's own page before its entries); the pages
     * the menu does not lead to after them, in reading order. The glossary's "Used in" lists follow it: in path order, a
     * handbook whose menu puts its toolkit first listed its local groups' pages before any chapter.
     */
    public <T> List<T> inMenuOrder(List<T> pages, java.util.function.Function<T, Page> pageOf) {
        Map<String, Integer> place = new HashMap<>();
        walk(tree, place);
        List<T> ordered = new ArrayList<>(pages);
        // A stable sort: pages at one place, or at none, keep their reading order.
        ordered.sort(java.util.Comparator.comparingInt(p -> place.getOrDefault(pageOf.apply(p).url(), Integer.MAX_VALUE)));
        return ordered;
    }

    /**
     * The pages the menu leads to, as a reader goes down it: each entry's page, a section's own page before its entries,
     * each page once, where the menu first has it. The pager follows it when the menu is another tool's table of contents
     * ({@link Handbook#pagerFollowsMenu}).
     */
    public List<Page> menuPages() {
        List<Page> pages = menuPages;
        if (pages == null) {
            Map<String, Page> found = new LinkedHashMap<>();
            collect(tree, found);
            pages = List.copyOf(found.values());
            menuPages = pages;
        }
        return pages;
    }

    private void collect(List<NavNode> nodes, Map<String, Page> found) {
        for (NavNode node : nodes) {
            Optional<Page> page = node.isGroup() || node.url() == null ? Optional.empty()
                    : node.key().endsWith("/") ? sectionPage(node.key().substring(0, node.key().length() - 1))
                    : handbook.page(node.key()).filter(p -> p.path().equals(node.key()));
            page.ifPresent(p -> found.putIfAbsent(p.path(), p));
            collect(node.children(), found);
        }
    }

    private static void walk(List<NavNode> nodes, Map<String, Integer> place) {
        for (NavNode node : nodes) {
            place.putIfAbsent(node.url(), place.size());
            walk(node.children(), place);
        }
    }

    static String defaultSectionTitle(String folder) {
        String title = org.handbookpress.content.HeadingText.ofName(folder.substring(folder.lastIndexOf('/') + 1));
        return title.isEmpty() ? folder : title;
    }
}
