package org.handbookpress.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.handbookpress.content.DocumentControl;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.Kind;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.content.ReviewSchedule;
import org.handbookpress.files.SitePath;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.LongDates;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;

/**
 * Builds the data each layout receives, as plain maps and lists (the contract documented in
 * templates/README.md): {@code site}, {@code page}, {@code nav}, {@code root} and, for generated
 * pages, their lists. Every URL in it is already relative to the page being rendered.
 */
public final class SiteModel {
    private final Handbook handbook;
    private final SiteNavigation navigation;
    private final LocalDate today;
    private final DateTimeFormatter dates;
    private final Map<String, Object> site;
    private final PrunedNav.Sections navSections;
    /** Each section of the navigation by its page's URL, for the page that lists a long section whole. */
    private final Map<String, NavNode> sectionsByUrl = new HashMap<>();
    /** Whether the site has the Documents page (the footer links to it, whether or not the menu's window shows it). */
    private final boolean documentsListed;
    /** Whether the site has the Downloads page (the footer and the home page lead to it). */
    private final boolean downloadsListed;
    /** Whether the build prints files to download (the Downloads page says, in the preview, that it printed none). */
    private final boolean printsListed;
    private final LanguageFolders languages;
    private final PageLabels labels;
    /** Each folder's pages as the pager counts them, made when a page of the folder is first rendered. */
    private final Map<String, FolderPages> folderPages = new ConcurrentHashMap<>();
    /** Each folder's pages the pager leads through, where some are left out of the menu (Docsy's toc_hide); made once a folder. */
    private final Map<String, FolderPages> pagerPages = new ConcurrentHashMap<>();
    /** The {@code site} map of each language a page is written in, its dates in that language. */
    private final Map<String, Map<String, Object>> sites = new ConcurrentHashMap<>();
    /** Each language's way of writing a date ("1 December 2026", "1 Rhagfyr 2026"). */
    private final Map<String, DateTimeFormatter> datesByLanguage = new ConcurrentHashMap<>();
    private final LanguageSwitch languageSwitch;
    /** A Starlight sidebar's labels in the other languages, for the menus of their folders' pages. */
    private final org.handbookpress.content.SidebarLabelTranslations sidebarLabels;
    /** The folders of translations that the navigation lists pages of ({@code nav:} naming {@code cy/}): their pages have the menu as it is. */
    private final java.util.Set<String> languageFoldersInNav = new java.util.HashSet<>();
    /** The pages by address, for the names of the menu's entries on a page in a folder of translations. */
    private final Map<String, Page> pagesByUrl = new HashMap<>();
    /** The folders of translations into another language than the handbook's ({@code cy}), by name: each has its own generated pages. */
    private final List<String> translationFolders;
    /** Words every page shows at its foot (a GitHub wiki's _Footer.md); {@link SiteFooter#NONE} for most handbooks. */
    private final SiteFooter footer;

    public SiteModel(Handbook handbook, SiteNavigation navigation, LocalDate today, PageLabels labels) {
        this(handbook, navigation, today, labels, SiteFooter.NONE);
    }

    /** @param footer the words every page shows at its foot, as the build made them once */
    public SiteModel(Handbook handbook, SiteNavigation navigation, LocalDate today, PageLabels labels, SiteFooter footer) {
        this.footer = footer;
        this.handbook = handbook;
        this.labels = labels;
        this.navigation = navigation;
        this.navSections = PrunedNav.sections(navigation.tree());
        indexSections(navigation.tree());
        this.documentsListed = DocumentRegister.hasDocuments(handbook); // the build lists the Documents page then
        this.downloadsListed = SiteRenderer.hasDownloadsPage(handbook);
        this.printsListed = SiteRenderer.offersPrints(handbook);
        this.languages = handbook.languageFolders();
        this.sidebarLabels = languages.isEmpty() ? org.handbookpress.content.SidebarLabelTranslations.NONE
                : org.handbookpress.content.SidebarLabelTranslations.of(handbook.contentDir());
        this.today = today;
        this.dates = datesIn(handbook.config().language());
        this.translationFolders = translationFolders(handbook, languages);
        this.languageSwitch = LanguageSwitch.of(handbook, languages, generatedAddresses(handbook, translationFolders));
        if (!languages.isEmpty()) {
            handbook.pages().forEach(p -> pagesByUrl.putIfAbsent(p.url(), p));
            collectLanguageFolders(navigation.tree());
        }
        HandbookConfig config = handbook.config();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", config.title());
        s.put("organisation", config.organisation());
        s.put("description", config.description());
        s.put("language", config.language());
        s.put("baseUrl", config.baseUrl());
        s.put("quickExit", config.reader().quickExit());
        s.put("buildDate", dates.format(today));
        s.put("buildIsoDate", today.toString());
        s.put("year", String.valueOf(today.getYear()));
        this.site = Map.copyOf(withoutNulls(s));
    }

    /** A layout's {@code t}, for the page at a path or address: its labels in its language ({@code ${t("menu")}}). */
    public freemarker.template.TemplateMethodModelEx labelMethod(String path) {
        return new LabelMethod(labels.of(path), false);
    }

    /** The labels each page is written with, in its language. */
    public PageLabels labels() {
        return labels;
    }

    public LocalDate today() {
        return today;
    }

    /** The handbook's folders of translations, whose pages are in their folder's language. */
    public LanguageFolders languages() {
        return languages;
    }

    /**
     * The folders of translations into a language other than the handbook's ({@code cy} in an English handbook; not
     * {@code en/} where every language has a folder), by name: the build writes its search, Documents and Downloads
     * pages in each of them too, in its language.
     */
    public static List<String> translationFolders(Handbook handbook, LanguageFolders languages) {
        return languages.folders().keySet().stream().filter(f -> languages.translatesFrom(f, handbook.config().language())).toList();
    }

    /** {@link #translationFolders(Handbook, LanguageFolders)} of the handbook's own folders. */
    public List<String> translationFolders() {
        return translationFolders;
    }

    /**
     * The pages the build writes in the handbook's language and in each folder of translations: the search page, the
     * Documents register when there are documents, the Downloads page when there is one.
     */
    public static List<String> generatedAddresses(Handbook handbook, List<String> folders) {
        List<String> pages = new ArrayList<>();
        pages.add(SiteRenderer.SEARCH);
        if (DocumentRegister.hasDocuments(handbook)) {
            pages.add(SiteRenderer.DOCUMENTS);
        }
        if (SiteRenderer.hasDownloadsPage(handbook)) {
            pages.add(SiteRenderer.DOWNLOADS);
        }
        List<String> out = new ArrayList<>(pages);
        for (String folder : folders) {
            pages.forEach(page -> out.add(folder + "/" + page));
        }
        return out;
    }

    /** Whether the site has a page at {@code address}, in a handbook with folders of translations (a page's, a folder's or a generated one). */
    public boolean hasPage(String address) {
        return languageSwitch.has(address);
    }

    /** The folder of translations ({@link #translationFolders()}) the page at a path or address is in, or null. */
    public String translationFolderOf(String path) {
        return translationFolderOf(translationFolders, path);
    }

    /** Which of {@code folders}, the folders of translations, the page at a path or address is in; null for none. */
    public static String translationFolderOf(List<String> folders, String path) {
        int slash = path.indexOf('/');
        return slash > 0 && folders.contains(path.substring(0, slash)) ? path.substring(0, slash) : null;
    }

    /**
     * Whether the Documents register of the folder of translations {@code folder} lists {@code page}: the folder's own
     * documents, and those in the handbook's language that have no translation in the folder yet.
     */
    boolean inRegisterOf(String folder, Page page) {
        String own = translationFolderOf(page.path());
        if (own != null) {
            return own.equals(folder);
        }
        String rest = languages.untranslated(page.url());
        return !languageSwitch.has(folder + "/" + (rest != null ? rest : page.url()));
    }

    /** The {@code site} value every layout receives (title, organisation, language, dates…), print layouts included. */
    public Map<String, Object> site() {
        return site;
    }

    /**
     * The {@code site} value of the page at a path or address: the handbook's, with the build's date written in the
     * page's language ("1 Rhagfyr 2026" on {@code cy/…}), as the words around it are.
     */
    public Map<String, Object> site(String path) {
        String language = languageOf(path);
        if (language.equals(handbook.config().language())) {
            return site;
        }
        return sites.computeIfAbsent(language, l -> {
            Map<String, Object> s = new LinkedHashMap<>(site);
            s.put("buildDate", datesIn(l).format(today));
            // The handbook's own words in the language, where handbook.yml's languages: gives them.
            HandbookConfig.Translated words = handbook.config().translations().get(l);
            if (words != null) {
                putIfGiven(s, "title", words.title());
                putIfGiven(s, "organisation", words.organisation());
                putIfGiven(s, "description", words.description());
            }
            return Map.copyOf(s);
        });
    }

    private static void putIfGiven(Map<String, Object> site, String key, String value) {
        if (value != null && !value.isBlank()) {
            site.put(key, value.strip());
        }
    }

    /** The language the page at a path or address is written in: its folder of translations', else the handbook's. */
    public String languageOf(String path) {
        String own = languages.languageOf(path);
        return own == null ? handbook.config().language() : own;
    }

    private DateTimeFormatter datesIn(String language) {
        return datesByLanguage.computeIfAbsent(language, LongDates::in);
    }

    public String formatDate(LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    /** A date as the page at a path or address writes it, in its language. */
    public String formatDate(LocalDate date, String path) {
        return date == null ? null : datesIn(languageOf(path)).format(date);
    }

    /** The model shared by every layout, for a page at {@code url}. */
    public Map<String, Object> base(String url, String title, String currentKey) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site(url)); // its date in the page's language
        model.put("language", languageOf(url)); // a page in a folder of translations (cy/…) is in its folder's language
        model.put("root", SitePath.toTop(url));
        model.put("url", url);
        model.put("title", title);
        model.put("t", labelMethod(url)); // the page's words in its language: ${t("menu")}
        model.put("tPattern", new LabelMethod(labels.of(url), true));
        // The home page lists the whole top level: the page every other page's "all entries" link leads to.
        // A page in a folder of translations that nav: leaves out (cy/…) has the same menu, leading to the translations.
        String translated = translatedFolder(url);
        String home = translatedHome(translated).orElse("index.html");
        PrunedNav.Menu menu = translated == null ? PrunedNav.of(navSections, url, currentKey, url.equals("index.html"))
                : PrunedNav.of(navSections, url, currentKey != null && currentKey.startsWith(translated + "/")
                        ? currentKey.substring(translated.length() + 1) : currentKey, url.equals(home), counterparts(translated, url));
        model.put("nav", menu.items());
        if (menu.more() != null) {
            model.put("navMore", menu.more());
        }
        model.put("documentsListed", documentsListed);
        model.put("downloadsListed", downloadsListed);
        model.put("printsListed", printsListed);
        // A page in a folder of translations: its search box, footer and menu lead to the folder's own generated pages.
        String inFolder = translationFolderOf(url);
        if (inFolder != null) {
            model.put("searchHref", RelativeUrl.between(url, inFolder + "/" + SiteRenderer.SEARCH));
            model.put("documentsHref", RelativeUrl.between(url, inFolder + "/" + SiteRenderer.DOCUMENTS));
            model.put("downloadsHref", RelativeUrl.between(url, inFolder + "/" + SiteRenderer.DOWNLOADS));
        }
        model.put("homeHref", RelativeUrl.between(url, home));
        // The same page in the handbook's other languages: the language switch, and <link rel="alternate" hreflang>.
        model.put("translations", languageSwitch.from(url));
        if (!footer.isEmpty()) { // its links from this page's folder
            model.put("siteFooter", footer.at(url));
        }
        return model;
    }

    private void collectLanguageFolders(List<NavNode> nodes) {
        for (NavNode node : nodes) {
            for (String at : new String[] {node.key(), node.url()}) {
                if (at != null && at.indexOf('/') > 0 && languages.languageOf(at) != null) {
                    languageFoldersInNav.add(at.substring(0, at.indexOf('/')));
                }
            }
            collectLanguageFolders(node.children());
        }
    }

    /**
     * Whether the page is the home page of a folder of translations that has the handbook's menu in its language
     * ({@code cy/index.md}): laid out as the home page is, with its sections' cards leading to the translations.
     */
    public boolean isTranslatedHome(Page page) {
        String translated = translatedFolder(page.url());
        return translated != null && isFolderPage(translated, page);
    }

    /** The home page of the folder of translations {@code folder} ({@code cy/index.html}); empty when it has none, or for null. */
    private java.util.Optional<String> translatedHome(String folder) {
        return folder != null && languageSwitch.has(folder + "/index.html") ? java.util.Optional.of(folder + "/index.html") : java.util.Optional.empty();
    }

    /** The folder of translations of the page at {@code url} ({@code cy}) when the navigation lists none of its pages; else null. */
    private String translatedFolder(String url) {
        if (languages.isEmpty() || languages.languageOf(url) == null) {
            return null;
        }
        String folder = url.substring(0, url.indexOf('/'));
        return languageFoldersInNav.contains(folder) ? null : folder;
    }

    /**
     * The menu's entries as a page in the folder of translations {@code folder} shows them: each leads to its translation
     * where there is one, named as that page or folder is (the home page "Hafan", the page's label in its language).
     */
    private PrunedNav.Counterparts counterparts(String folder, String fromUrl) {
        String homeWord = labels.of(fromUrl).text("home");
        String untranslated = handbook.config().language();
        return new PrunedNav.Counterparts() {
            @Override
            public String url(String url) {
                return url != null && languageSwitch.has(folder + "/" + url) ? folder + "/" + url : url;
            }

            /** The entry's name, in the folder's language, or in the handbook's (marked so) when it is not translated yet. */
            @Override
            public ShownName name(NavNode node) {
                // A sidebar's group named in the folder's language where the sidebar says so (translations: { ru: … }).
                String translated = node.url() == null ? sidebarLabels.of(node.title(), folder, languages.folders().get(folder)) : null;
                if (translated != null) {
                    return new ShownName(translated, null);
                }
                if (node.url() == null || !languageSwitch.has(folder + "/" + node.url())) {
                    return new ShownName(node.title(), untranslated);
                }
                if (node.url().equals("index.html") && node.title().equals(navigation.homeTitle())) {
                    return new ShownName(homeWord, null);
                }
                // The build's own pages, named as it names them: "Dogfennau", not the handbook language's "Documents".
                for (String[] generated : new String[][] {{SiteRenderer.DOCUMENTS, "documents.title"}, {SiteRenderer.DOWNLOADS, "downloads.title"}}) {
                    if (node.url().equals(generated[0]) && node.title().equals(labels.handbook().text(generated[1]))) {
                        return new ShownName(labels.of(fromUrl).text(generated[1]), null);
                    }
                }
                Page page = pagesByUrl.get(folder + "/" + node.url());
                if (page != null) {
                    String navTitle = page.meta().names().navTitle();
                    return new ShownName(navTitle != null ? navTitle : page.title(), null);
                }
                if (!node.key().endsWith("/")) {
                    return new ShownName(node.title(), untranslated);
                }
                // A folder of the translation without a page of its own is named by its folder: the handbook's word.
                return sectionName(folder + "/" + node.key().substring(0, node.key().length() - 1), fromUrl);
            }
        };
    }

    private void indexSections(List<NavNode> nodes) {
        for (NavNode node : nodes) {
            if (node.isSection() && node.url() != null) {
                sectionsByUrl.putIfAbsent(node.url(), node);
            }
            indexSections(node.children());
        }
    }

    /**
     * Every entry of the section whose own content page is at {@code url}, when the navigation lists that section in
     * windows (its other pages link here for the rest): {@code title}, {@code href}, {@code section}. Empty for any
     * other page, and for a section short enough to be listed whole in the navigation. A generated section page lists
     * its section itself.
     */
    private List<Map<String, Object>> wholeSection(String url) {
        NavNode node = sectionsByUrl.get(url);
        if (node == null || !PrunedNav.windowed(navSections.of(node))) {
            return List.of();
        }
        return entries(url, node.children());
    }

    /**
     * The pages the menu shows under a just-the-docs page that says {@code has_children: true}, which the theme lists at
     * its foot ("Table of contents") unless it says {@code has_toc: false}: a section's page that says little itself
     * (Equal Vote's "☁️ DevOps", a paragraph over its four guides) led nowhere but through the menu, folded away on a
     * phone. Empty for any other page.
     */
    private List<Map<String, Object>> pagesUnder(Page page) {
        org.handbookpress.content.JustTheDocsPlace place = page.meta().menuPlace();
        if (!handbook.pagerFollowsMenu() || !Boolean.TRUE.equals(place.hasChildren()) || !place.childrenListed()) {
            return List.of();
        }
        NavNode node = sectionsByUrl.get(page.url());
        return node == null || !node.key().equals(page.path()) ? List.of() : entries(page.url(), node.children());
    }

    /**
     * The sub-folders of {@code folder}, for its generated page at {@code url} to list. From the folders, not from the
     * menu, which has no section for a folder that {@code nav:} leaves out: its page listed no sub-folder then.
     */
    public List<Map<String, Object>> subsections(String url, String folder) {
        return entries(url, navigation.subsectionsOf(folder));
    }

    /**
     * The entries of a folder's page's list: a sub-folder named as its breadcrumb names it ({@link #sectionName}), marked
     * when in the handbook's language on a translated page, as its menu entry is (a Welsh folder's page listed its
     * sub-folders' English names unmarked, read out with Welsh sounds).
     */
    private List<Map<String, Object>> entries(String fromUrl, List<NavNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NavNode child : nodes) {
            String key = child.key();
            Map<String, Object> entry = (key.endsWith("/") ? sectionName(key.substring(0, key.length() - 1), fromUrl)
                    : new ShownName(child.title(), null)).into(Map.of());
            if (child.url() != null) {
                entry.put("href", RelativeUrl.between(fromUrl, child.url()));
            }
            entry.put("section", child.isSection());
            out.add(entry);
        }
        return List.copyOf(out);
    }

    /**
     * The model for a content page, after every HTML pass has run on it.
     *
     * @param content the page's HTML as the site shows it, without the build's private attributes
     */
    public Map<String, Object> forPage(PageHtml html, String content, Map<String, Object> extra) {
        Page page = html.page();
        Map<String, Object> model = base(page.url(), page.title(), page.path());
        // A long section's own page (its index.md, or the page beside its folder): its other pages link here for the rest.
        List<Map<String, Object>> whole = wholeSection(page.url());
        if (whole.isEmpty()) {
            whole = pagesUnder(page);
        }
        if (!whole.isEmpty()) {
            model.put("sectionList", whole);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", page.title());
        if (page.meta().names().tabName() != null) {
            p.put("tabName", page.meta().names().tabName()); // a Docusaurus doc's front matter title, its heading its title
        }
        if (page.meta().names().tabTitle() != null) {
            p.put("tabTitle", page.meta().names().tabTitle()); // mdBook's {{#title …}}: the whole of the tab's title, as mdBook shows it
        }
        p.put("path", page.path());
        p.put("url", page.url());
        p.put("kind", page.kind().id());
        p.put("language", languages.languageOf(page.path())); // a page in a folder of translations: its language
        // A page that says it is in another language than its folder's (lang: cy among English pages): its own words are
        // marked so, for a screen reader's voice and a browser's hyphens (WCAG 3.1.2); the words around them are not.
        String own = page.ownLanguage(languageOf(page.path()));
        if (own != null) {
            p.put("contentLanguage", own);
        }
        p.put("summary", page.meta().summary());
        p.put("isHome", page.isHome());
        if (isTranslatedHome(page)) {
            p.put("isTranslatedHome", true); // cy/index.md: its own summary, in its language, before the handbook's description
        }
        p.put("content", content);
        p.put("toc", html.model().get(TableOfContents.KEY)); // taken by the last pass (TableOfContents)
        p.put("breadcrumbs", breadcrumbs(page));
        ShownName section = eyebrow(page); // the eyebrow above the title
        if (section != null) {
            p.put("sectionTitle", section.title());
            p.put("sectionLang", section.language());
        }
        FolderPages folder = folderPages(page.folder());
        putPager(p, page, folder);
        int number = page.kind() == Kind.CHAPTER ? chapterNumber(page) : 0;
        if (number > 0) { // none for a chapter the menu leaves out, which is in no reading order
            p.put("chapterNumber", number);
        }
        p.put("part", navigation.partTellingApart(page)); // its browser tab names it, beside another page of its title
        // A policy's or agreement's review always shows; another page's when it gives a review date (the GOV.UK Tech Docs
        // Template's pages do, each with its owner and when it is next due).
        if (page.kind().isReviewed() || page.meta().reviewed() != null) {
            p.put("review", review(page));
        }
        p.put("control", control(page));
        if (page.kind() == Kind.SESSION) {
            if (page.meta().durationText() != null) {
                // The planned length is written in the front matter with English units ('90 min', '1.5 hours') or the
                // page's language's (SessionLengths): an English page shows it as written, a page in another language in
                // its own words, as the build writes them.
                Labels words = labels.of(page.path());
                p.put("duration", TimeWords.isEnglish(words.locale()) || page.meta().durationMinutes() == null ? page.meta().durationText()
                        : words.duration(page.meta().durationMinutes()));
            }
        }
        p.putAll(html.model());
        p.putAll(extra);
        model.put("page", withoutNulls(p));
        return model;
    }

    /** The menu's pages in its order ({@link SiteNavigation#menuPages}), worked out once for every page. */
    private FolderPages menuPager() {
        return folderPages.computeIfAbsent(MENU, f -> new FolderPages(navigation.menuPages(), Optional.empty()));
    }

    /** {@link #folderPages}' key for {@link #menuPager}: no folder's, which never ends in '/'. */
    private static final String MENU = "/";

    /**
     * A folder's pages in the menu, in its order, and its own page: those the menu leaves out (toc_hide, hidden) are
     * neither on the way from one page to the next nor counted among its chapters. Worked out once for every page of the folder.
     */
    private FolderPages inMenu(String folder) {
        if (!handbook.leavesPagesOutOfMenu()) {
            return folderPages(folder);
        }
        return pagerPages.computeIfAbsent(folder, f -> new FolderPages(navigation.pagesIn(f).stream()
                .filter(x -> !handbook.isOutsideMenu(x)).toList(), navigation.folderPage(f)));
    }

    /** A folder's pages in menu order and its own page, worked out once for every page of the folder. */
    private FolderPages folderPages(String folder) {
        return folderPages.computeIfAbsent(folder, f -> new FolderPages(navigation.pagesIn(f), navigation.folderPage(f)));
    }

    /**
     * The previous and next pages of the page's folder. A translation in a folder of translations that the menu leaves
     * out goes on as its menu does, through its original's folder, each page there in the folder's language where it is
     * translated and in the handbook's (marked so) where not yet: a Welsh club's only translated chapter, "Cyn y sesiwn",
     * had no "Nesaf" at all, and its second translated one was "next" to it, the English chapters between them skipped.
     */
    private void putPager(Map<String, Object> p, Page page, FolderPages folder) {
        String translated = translatedFolder(page.url());
        Optional<Page> original = translated == null ? Optional.empty() : handbook.page(page.path().substring(translated.length() + 1));
        Page placed = original.orElse(page);
        List<Page> siblings;
        int at;
        if (handbook.pagerFollowsMenu()) {
            // Another tool's menu leads on through the whole book, across folders, as its reader went: a just-the-docs
            // section's page led to the next page in its folder, not to the pages the menu shows under it.
            FolderPages menu = menuPager();
            siblings = menu.siblings();
            at = menu.indexOf(placed);
        } else {
            // A page the menu leaves out (toc_hide, hidden) is not on the way from one page to the next, as in those
            // themes; it keeps no previous and next of its own, as it is in no reading order.
            FolderPages inFolder = handbook.leavesPagesOutOfMenu() ? inMenu(placed.folder())
                    : original.isEmpty() ? folder : folderPages(placed.folder());
            siblings = inFolder.siblings();
            at = placed.folder().isEmpty() ? -1 : inFolder.indexOf(placed);
        }
        if (at < 0) {
            return;
        }
        if (at > 0) {
            p.put("prev", pagerLink(page, siblings.get(at - 1), translated, original.isPresent()));
        }
        if (at < siblings.size() - 1) {
            p.put("next", pagerLink(page, siblings.get(at + 1), translated, original.isPresent()));
        }
    }

    /** A pager's link from {@code page} to {@code sibling}, or to its translation in {@code translated} when the pager follows the menu. */
    private Map<String, Object> pagerLink(Page page, Page sibling, String translated, boolean followsMenu) {
        Page target = followsMenu ? handbook.page(translated + "/" + sibling.path()).orElse(sibling) : sibling;
        Map<String, Object> l = link(page.url(), target);
        String language = languageOf(target.url());
        if (!language.equals(languageOf(page.url()))) {
            l.put("lang", language); // an English page's title on a Welsh page: a screen reader's voice says it in English
        }
        return l;
    }

    /**
     * A chapter's number among its folder's chapters; a translated chapter's is its original's, as a translation keeps a
     * book's numbering: a food bank's Polish "Powitanie gości", the only chapter translated yet, was "Rozdział 1" beside
     * the English "Chapter 2", which the printed packs and the trainers call it. A chapter in that language alone
     * (cy/toolkit/04-diogelwch-dwr.md, with no toolkit/04-diogelwch-dwr.md) comes after its original folder's chapters, as
     * the Welsh reader counts them, every English chapter having its number in Welsh too: numbered among its folder's
     * chapters, it was "Pennod 2" beside the English chapter 2, "Running the session", which the Welsh menu shows as such.
     * The website's eyebrow and the PDFs' part label both say this number. A chapter the menu leaves out (toc_hide,
     * hidden) counts for none and has none (0): it took a number and shifted those of the chapters after it, the menu
     * going from "Chapter 1" to "Chapter 3".
     */
    public int chapterNumber(Page page) {
        FolderPages folder = inMenu(page.folder());
        String translations = translationFolderOf(page.path());
        if (translations == null) {
            return folder.chapterNumber(page);
        }
        Optional<Page> original = originalOf(page, translations);
        if (original.isPresent() && original.get().kind() == Kind.CHAPTER) {
            Page o = original.get();
            return inMenu(o.folder()).chapterNumber(o);
        }
        if (original.isPresent()) {
            return folder.chapterNumber(page);
        }
        String originalFolder = page.folder().equals(translations) ? "" : page.folder().substring(translations.length() + 1);
        List<Page> ownOnly = folder.chapters().stream().filter(c -> originalOf(c, translations).isEmpty()).toList();
        int at = ownOnly.indexOf(page);
        return at < 0 ? 0 : inMenu(originalFolder).chapters().size() + at + 1;
    }

    private Optional<Page> originalOf(Page page, String translations) {
        return handbook.page(page.path().substring(translations.length() + 1));
    }

    public Map<String, Object> review(Page page) {
        return review(page, page.path());
    }

    /**
     * A page's review dates and status, written in the language of the page at {@code writtenOn} (the page's own path,
     * or "" for a list in the handbook's language, such as the Documents register).
     */
    public Map<String, Object> review(Page page, String writtenOn) {
        ReviewSchedule schedule = ReviewSchedule.of(page.meta(), today);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("reviewed", formatDate(schedule.reviewed(), writtenOn));
        r.put("reviewedIso", schedule.reviewed() == null ? null : schedule.reviewed().toString());
        r.put("next", formatDate(schedule.nextReview(), writtenOn));
        r.put("nextIso", schedule.nextReview() == null ? null : schedule.nextReview().toString());
        r.put("every", page.meta().reviewEvery() == null ? null : TimeWords.period(page.meta().reviewEvery(), labels.of(writtenOn).locale()));
        r.put("status", schedule.status().id());
        r.put("statusLabel", labels.of(writtenOn).text("review." + schedule.status().id()));
        r.put("overdue", schedule.status() == ReviewSchedule.Status.OVERDUE);
        return withoutNulls(r);
    }

    /**
     * A controlled document's version, owner, approval and history (newest first) for its layout, the
     * register and print; null when the page declares none of them.
     */
    public Map<String, Object> control(Page page) {
        return control(page, page.path());
    }

    /** A page's document control with its dates in the language of the page at {@code writtenOn} (as {@link #review(Page, String)}). */
    public Map<String, Object> control(Page page, String writtenOn) {
        DocumentControl control = page.meta().control();
        if (control.isEmpty()) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("version", control.version());
        c.put("owner", control.owner());
        c.put("approvedBy", control.approvedBy());
        c.put("approved", formatDate(control.approved(), writtenOn));
        c.put("approvedIso", control.approved() == null ? null : control.approved().toString());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (DocumentControl.Change change : control.newestFirst()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("version", change.version());
            ch.put("date", formatDate(change.date(), writtenOn));
            ch.put("dateIso", change.date() == null ? null : change.date().toString());
            ch.put("summary", change.summary());
            changes.add(withoutNulls(ch));
        }
        c.put("changes", changes);
        return withoutNulls(c);
    }

    /**
     * The titles of the sections a page is in, the outermost first, as its breadcrumbs name them ("Local groups › Kendal ›
     * Policies"): what tells apart a federation's twelve "Gifts and Hospitality" policies in one list.
     */
    /**
     * {@link #sectionPath(Page)}'s names as the page at {@code url} shows them, each marked when in another language: the
     * Welsh Documents register's 'Policies' of a Welsh policy whose folder has no Welsh name yet, and the register of every
     * document's 'Polisïau' of a Welsh one.
     */
    public List<ShownName> sectionNames(Page page, String url) {
        return navigation.sectionNamesOf(page, translationFolderOf(page.path()), languageOf(url));
    }

    public String sectionPath(Page page) {
        if (navigation.entriesAbove(page).isPresent()) { // the menu's sections, as its breadcrumbs name them
            return ShownName.joined(navigation.sectionNamesOf(page, null, null));
        }
        return navigation.sectionPath(page.folder(), translationFolderOf(page.path()));
    }

    /**
     * The section the eyebrow above a page's title names, as its last breadcrumb does: the part, chapter or section of a
     * book's table of contents the page is nested under, none at the menu's top level (a folder's own page names its own
     * section, as before: {@link SiteNavigation#entriesNaming}); else its folder's, none at the top. An mdBook book's
     * sub-chapter, in src/ beside its chapter, had no eyebrow, or its folder's name. A printed pack's part says it too.
     */
    public ShownName eyebrow(Page page) {
        Optional<List<NavNode>> sections = navigation.entriesNaming(page);
        if (sections.isPresent()) {
            List<NavNode> entries = sections.get();
            return entries.isEmpty() ? null : navigation.entryName(entries.get(entries.size() - 1), languageOf(page.url()));
        }
        return navigation.sectionFolderOf(page).isEmpty() ? null : sectionName(page.folder(), page.url());
    }

    /** Title and relative href of a page, as seen from {@code fromUrl}. */
    public Map<String, Object> link(String fromUrl, Page target) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("title", target.title());
        l.put("href", RelativeUrl.between(fromUrl, target.url()));
        if (target.meta().summary() != null) {
            l.put("summary", target.meta().summary());
        }
        l.put("kind", target.kind().id());
        return l;
    }

    List<Map<String, Object>> breadcrumbs(Page page) {
        String translated = translatedFolder(page.url());
        if (isFolderPage("", page) || translated != null && isFolderPage(translated, page)) { // the home page, or its translation's
            return new ArrayList<>();
        }
        Optional<List<NavNode>> above = navigation.entriesAbove(page);
        if (above.isPresent()) {
            return menuBreadcrumbs(page, above.get());
        }
        List<Map<String, Object>> crumbs = breadcrumbs(page.url(), page.folder(), folder -> !isFolderPage(folder, page)); // no crumb to the page itself
        String part = navigation.partOf(page);
        if (part != null) {
            crumbs.add(1, Map.of("title", part)); // a part has no page of its own to link to: its name, after Home
        }
        return crumbs;
    }

    /**
     * A page's breadcrumbs when the menu is a book's table of contents that lists it: Home, then each entry it is nested
     * under ({@link SiteNavigation#entriesAbove}), linked to that entry's page; a part, which has none, by its name alone.
     * On a phone, where the menu is folded away, they said where the page is in the book's folders instead: "Home › Pages"
     * over a Jupyter Book's chapters, a crumb to a generated page in no menu, and nothing of the chapter a section is in.
     */
    private List<Map<String, Object>> menuBreadcrumbs(Page page, List<NavNode> above) {
        List<Map<String, Object>> crumbs = breadcrumbs(page.url(), "", folder -> false); // Home
        for (NavNode entry : above) {
            ShownName name = navigation.entryName(entry, languageOf(page.url()));
            crumbs.add(name.into(entry.url() == null ? Map.of() : Map.of("href", RelativeUrl.between(page.url(), entry.url()))));
        }
        return crumbs;
    }

    /**
     * The breadcrumbs of the page the build writes for {@code folder} (at {@code url}): Home and each folder above it.
     * They had Home alone, so that a reader who came down to regions/wales/cardiff/ could not go back up to Wales.
     */
    public List<Map<String, Object>> folderBreadcrumbs(String url, String folder) {
        return breadcrumbs(url, folder, f -> !f.equals(folder));
    }

    /** Home, then each folder down to {@code folder} that {@code crumbed} keeps, linked from {@code url}. */
    private List<Map<String, Object>> breadcrumbs(String url, String folder, Predicate<String> crumbed) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        // A page in a folder of translations that nav: leaves out starts at that folder's home, "Hafan", not at the other language's.
        String translated = translatedFolder(url);
        String home = translatedHome(translated).orElse(null);
        ShownName homeName = home != null ? new ShownName(labels.of(url).text("home"), null)
                : ShownName.on(navigation.homeTitle(), handbook.config().language(), languageOf(url));
        crumbs.add(homeName.into(Map.of("href", RelativeUrl.between(url, home != null ? home : "index.html"))));
        String above = "";
        for (String part : folder.isEmpty() ? new String[0] : folder.split("/")) {
            above = above.isEmpty() ? part : above + "/" + part;
            if (crumbed.test(above) && !(home != null && above.equals(translated))) {
                crumbs.add(sectionName(above, url).into(Map.of("href", RelativeUrl.between(url, handbook.folderAddress(above)))));
            }
        }
        return crumbs;
    }

    /**
     * A section's name as the page at {@code url} shows it in its menu, breadcrumbs and eyebrow, with its language when
     * that is not the page's: a Polish page's section with no Polish name yet is named in English, and its breadcrumb and
     * eyebrow, unmarked, were read out with Polish sounds where its menu entry was marked (WCAG 3.1.2).
     */
    ShownName sectionName(String folder, String url) {
        return navigation.sectionName(folder, languageOf(url));
    }

    /** Whether the page is the folder's own page, by path: the layouts' page may be another object for the same file. */
    private boolean isFolderPage(String folder, Page page) {
        return navigation.folderPage(folder).map(Page::path).filter(page.path()::equals).isPresent();
    }

    static <K, V> Map<K, V> withoutNulls(Map<K, V> map) {
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }
}
