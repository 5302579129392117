package org.handbookpress.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Page;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.output.OutputFolder;
import org.handbookpress.output.QueuedWrites;
import org.handbookpress.work.Parallel;

/**
 * Writes the HTML site: every page through the layout for its kind (in parallel: each page's model
 * and layout depend only on that page and on values read, never changed, here), then the pages the
 * build makes itself (section indexes, Documents, Downloads, 404). What the PDF and slide stages made
 * comes in as {@link LayoutExtras}.
 */
public final class SiteRenderer {

    /** Output path of the generated list of policies and agreements. */
    public static final String DOCUMENTS = DocumentRegister.PAGE;
    public static final String DOWNLOADS = "downloads.html";
    public static final String SEARCH = "search.html";

    private final Handbook handbook;
    private final List<PageHtml> pages;
    private final SiteNavigation navigation;
    private final SiteModel model;
    private final ThemeEngine theme;
    private final OutputFolder output;
    private final LayoutExtras extras;
    private final UnaryOperator<String> finish;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /**
     * @param finish what every page written goes through last: the build's Content-Security-Policy, added here as
     *               the page is written rather than by reading and rewriting every page after (ReaderStage)
     */
    public SiteRenderer(Handbook handbook, List<PageHtml> pages, SiteNavigation navigation, SiteModel model, ThemeEngine theme,
                        OutputFolder output, LayoutExtras extras, UnaryOperator<String> finish) {
        this.handbook = handbook;
        this.pages = pages;
        this.navigation = navigation;
        this.model = model;
        this.theme = theme;
        this.output = output;
        this.extras = extras;
        this.finish = finish;
    }

    /** The site paths of the pages written, each through {@code finish}. */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /** Where a page's HTML goes: the output folder, or the layouts' queue to it. */
    @FunctionalInterface
    private interface HtmlTarget {
        void write(String url, String html) throws IOException;
    }

    private void writeHtml(String url, String html) throws IOException {
        writeHtml(output::write, url, html);
    }

    /** A page through {@code finish} to {@code target}, noted as {@link #written}. */
    private void writeHtml(HtmlTarget target, String url, String html) throws IOException {
        target.write(url, finish.apply(html));
        written.add(url);
    }

    /** Every page through its layout, on {@code threads} threads; the files are the same whatever the number. */
    public void writePages(int threads) throws IOException, ThemeEngine.TemplateFailure {
        // A template that fails on some pages only (a value some pages lack) is reported naming the first of them and
        // how many: every page is rendered, its failure kept, rather than the build stopping at whichever page failed first.
        Map<Integer, ThemeEngine.TemplateFailure> failed = new java.util.concurrent.ConcurrentHashMap<>();
        try (QueuedWrites queue = output.queued()) {
            Parallel.forEach(numbers(pages.size()), threads, number -> {
                PageHtml html = pages.get(number);
                String page;
                try {
                    page = renderPage(html);
                } catch (ThemeEngine.TemplateFailure failure) {
                    failed.put(number, failure);
                    return null;
                }
                writeHtml(queue::write, html.page().url(), page);
                Optional<String> copy = handbook.readmeCopy(html.page());
                if (copy.isPresent()) {
                    writeHtml(queue::write, copy.get(), page); // same folder: the same relative links
                }
                return null;
            });
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, ThemeEngine.TemplateFailure.class);
        }
        if (!failed.isEmpty()) {
            int first = java.util.Collections.min(failed.keySet());
            throw failed.get(first).on(pages.get(first).page().path(), failed.size());
        }
    }

    private static List<Integer> numbers(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    /** A page through its layout (also the preview's update of one page, org.handbookpress.PreviewSite). */
    public String renderPage(PageHtml html) throws ThemeEngine.TemplateFailure {
        String content;
        if (html.isFrozen()) {
            content = SourceLines.stripped(html.html()); // its HTML as it is, less the private attributes: no tree made
        } else {
            Element tree = html.content(); // the page's tree, finished
            SourceLines.strip(tree);
            content = tree.html();
        }
        Page page = html.page();
        Map<String, Object> layout = model.forPage(html, content, pageExtras(page));
        layout.put("downloads", downloads(page.url()));
        return theme.render(layoutFor(page), layout);
    }

    /** The page's values from the later stages: its PDF's URL, its deck. */
    private Map<String, Object> pageExtras(Page page) {
        Map<String, Object> extra = new LinkedHashMap<>();
        String pdf = extras.pagePdfs().get(page.path());
        if (pdf != null) {
            extra.put("pdfUrl", pdf);
            extra.put("pdfHref", RelativeUrl.between(page.url(), pdf));
        }
        String largePrint = extras.largePrintPdfs().get(page.path());
        if (largePrint != null) {
            extra.put("largePrintPdfUrl", largePrint);
            extra.put("largePrintPdfHref", RelativeUrl.between(page.url(), largePrint));
        }
        Map<String, Object> deck = extras.decks().get(page.path());
        if (deck != null) {
            extra.put("deck", deck);
        }
        return extra;
    }

    String layoutFor(Page page) {
        if ((page.isHome() || model.isTranslatedHome(page)) && theme.has("home.ftlh")) {
            return "home.ftlh";
        }
        String byKind = page.kind().id() + ".ftlh";
        return theme.has(byKind) ? byKind : "page.ftlh";
    }

    public void writeGeneratedPages() throws IOException, ThemeEngine.TemplateFailure {
        for (SiteNavigation.GeneratedSection section : navigation.generatedSections()) {
            Map<String, Object> layout = base(section.url(), section.title(), section.folder() + "/");
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Page page : navigation.pagesListedIn(section.folder())) {
                entries.add(model.link(section.url(), page));
            }
            layout.put("pages", entries);
            // A Docusaurus category's generated index says what the folder holds in its description, over the list.
            handbook.generatedIndex(section.folder()).map(org.handbookpress.content.CategoryLink::description)
                    .ifPresent(lead -> layout.put("lead", lead));
            layout.put("sections", model.subsections(section.url(), section.folder()));
            layout.put("breadcrumbs", model.folderBreadcrumbs(section.url(), section.folder()));
            String titleLanguage = model.sectionName(section.folder(), section.url()).language();
            if (titleLanguage != null) { // a Polish folder's page named in English, as its menu entry and breadcrumb are
                layout.put("titleLang", titleLanguage);
            }
            writeHtml(section.url(), theme.render("section.ftlh", layout));
        }
        if (navigation.folderPage("").isEmpty()) {
            // Without an index.md (or a README.md) the site still needs a front door: a list of the top-level entries.
            // Its pages and its sections are listed and counted apart, as on a folder's generated page: a section
            // was a card marked "Page" and counted as one page.
            Map<String, Object> layout = base("index.html", handbook.config().title(), "index.html");
            List<Map<String, Object>> entries = new ArrayList<>();
            List<Map<String, Object>> sections = new ArrayList<>();
            // A group's entries (a book's part's chapters) are listed as the top level's are: the group leads nowhere.
            List<NavNode> top = navigation.tree().stream().flatMap(n -> n.isGroup() ? n.children().stream() : java.util.stream.Stream.of(n)).toList();
            for (NavNode node : top) {
                if (node.url() == null) {
                    continue;
                }
                String href = RelativeUrl.between("index.html", node.url());
                if (node.isSection()) {
                    sections.add(Map.of("title", node.title(), "href", href, "section", true));
                } else {
                    Map<String, Object> entry = handbook.page(node.key()).map(p -> model.link("index.html", p))
                            .orElseGet(() -> new LinkedHashMap<>(Map.of("kind", "page")));
                    entry.put("title", node.title()); // as the menu names it (nav: labels)
                    entry.put("href", href);
                    entries.add(entry);
                }
            }
            layout.put("pages", entries);
            layout.put("sections", sections);
            layout.put("breadcrumbs", List.of());
            // A Raspberry Pi Foundation project opens as the projects site opens it: its picture and its first step first.
            handbook.frontDoor().ifPresent(door -> {
                Map<String, Object> project = new LinkedHashMap<>();
                if (door.image() != null) {
                    project.put("image", RelativeUrl.between("index.html", door.image()));
                }
                navigation.menuPages().stream().findFirst().ifPresent(first -> project.put("start", model.link("index.html", first)));
                layout.put("project", project);
            });
            writeHtml("index.html", theme.render("section.ftlh", layout));
        }
        if (hasDocuments()) {
            writeRegister("", page -> true);
            // Each folder of translations has its register in its language: its documents, and those not translated yet.
            for (String folder : model.translationFolders()) {
                writeRegister(folder + "/", page -> model.inRegisterOf(folder, page));
            }
        }
        if (hasDownloadsPage(handbook)) {
            // Listed in the navigation whenever there is a file to offer, so written even when none was printed (preview);
            // written again with the offline copy once that is made (org.handbookpress.offline.ReaderStage).
            writeDownloads(null, 0);
        }
        writeSearch(SEARCH);
        for (String folder : model.translationFolders()) {
            writeSearch(folder + "/" + SEARCH); // its words in the folder's language, over the same index
        }
        // The 404 page is served from any depth, so its links cannot be relative: it links home by
        // the base URL where known and otherwise keeps to plain text and inline styles.
        Map<String, Object> notFound = base("404.html", model.labels().handbook().text("not-found.title"), "404.html");
        if (handbook.config().reader().quickExit() != null) {
            notFound.put("quickExitScript", ThemeAssets.read(theme.userTemplates(), "quick-exit.js"));
        }
        // One 404 page serves every address (GitHub Pages serves the top one only): in a handbook with folders of
        // translations it says the same in each of their languages too, with the way to that language's home page.
        List<Map<String, Object>> others = new ArrayList<>();
        for (String folder : model.translationFolders()) {
            org.handbookpress.labels.Labels words = model.labels().of(folder + "/404.html");
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("language", model.languageOf(folder + "/404.html"));
            other.put("title", words.text("not-found.title"));
            other.put("text", words.format("not-found.text", Map.of("title", handbook.config().title())));
            other.put("home", model.hasPage(folder + "/index.html") ? folder + "/index.html" : "index.html");
            other.put("homeText", words.format("not-found.home", Map.of("title", handbook.config().title())));
            other.put("noHome", words.text("not-found.no-home"));
            others.add(other);
        }
        if (!others.isEmpty()) {
            notFound.put("otherLanguages", others);
        }
        writeHtml("404.html", theme.render("404.ftlh", notFound));
    }

    /** The Documents register at {@code folder + documents.html} ("" or "cy/"), of the documents {@code listed} keeps. */
    private void writeRegister(String folder, java.util.function.Predicate<Page> listed) throws IOException, ThemeEngine.TemplateFailure {
        String url = folder + DOCUMENTS;
        DocumentRegister register = new DocumentRegister(handbook, model, url, listed);
        Map<String, Object> layout = base(url, model.labels().of(url).text("documents.title"), url);
        layout.put("documents", register.rows(page -> extras.pagePdfs().get(page.path())));
        layout.put("csvHref", folder + DocumentRegister.CSV);
        writeHtml(url, theme.render("documents.ftlh", layout));
        output.write(folder + DocumentRegister.CSV, register.csv(handbook.config().baseUrl()));
    }

    /** The search page at {@code url} (search.html, cy/search.html), in its language. */
    private void writeSearch(String url) throws IOException, ThemeEngine.TemplateFailure {
        Map<String, Object> search = base(url, model.labels().of(url).text("search.title"), url);
        if (!model.translationFolders().isEmpty()) {
            // Its language's pages first: the folder's (cy), or, at the top, those in none.
            search.put("searchFolder", url.contains("/") ? url.substring(0, url.indexOf('/')) : "");
            // Each part's language ("=en-GB cy=cy"), for results and glossary cards in another language than the page's.
            StringBuilder languages = new StringBuilder("=").append(handbook.config().language());
            for (String folder : model.translationFolders()) {
                languages.append(' ').append(folder).append('=').append(model.languageOf(folder + "/" + SEARCH));
            }
            search.put("searchLanguages", languages.toString());
        }
        writeHtml(url, theme.render("search.ftlh", search));
    }

    /**
     * A page at each old address of a page ({@code redirect-from:}, {@link org.handbookpress.links.OldAddresses}), by
     * the file it is written to: it sends the reader on to where the page is now.
     */
    public void writeRedirects(Map<String, Page> redirects) throws IOException, ThemeEngine.TemplateFailure {
        for (Map.Entry<String, Page> redirect : redirects.entrySet()) {
            String url = redirect.getKey();
            Page page = redirect.getValue();
            Map<String, Object> layout = base(url, model.labels().of(page.path()).format("moved.title", Map.of("title", page.title())), url);
            layout.put("moved", Map.of("title", page.title(), "href", RelativeUrl.between(url, page.url())));
            writeHtml(url, theme.render("moved.ftlh", layout));
        }
    }

    /**
     * Whether the site has a Downloads page: whenever the build offers a file to download, a print
     * ({@link #offersPrints}) or the offline copy. The one rule for the menu, the link check, the site model's addresses,
     * the footer's and the home page's links, and the page itself. It was packs or the offline copy only: a handbook of chapters and policies, each printed,
     * without packs or the copy, had no page listing its PDFs. Decided from the handbook's pages rather than from the
     * files printed: the menu and the link check are made before anything is printed, and the preview prints nothing,
     * yet the page the build writes must be the one they lead to.
     */
    public static boolean hasDownloadsPage(Handbook handbook) {
        return offersPrints(handbook) || handbook.config().reader().offlineZip();
    }

    /**
     * Whether the build prints files to download: a pack, a page's own PDF (each chapter's, policy's, agreement's and
     * the glossary's, unless {@code editions:} asks for no PDF edition), or a deck's slides and handout.
     */
    public static boolean offersPrints(Handbook handbook) {
        boolean pagePdfs = !handbook.config().pageEditions().isEmpty();
        return !handbook.config().packs().isEmpty()
                || handbook.pages().stream().anyMatch(p -> p.kind() == org.handbookpress.content.Kind.SLIDES || pagePdfs && p.kind().hasOwnPdf());
    }

    /**
     * The Downloads page, and that of each folder of translations in its language; {@code zipPath} is the offline
     * copy's site path, or null before it is made.
     */
    public void writeDownloads(String zipPath, long zipBytes) throws IOException {
        writeDownloads(DOWNLOADS, zipPath, zipBytes, page -> true);
        // Each folder of translations lists its pages' files, and those of the pages not translated yet, as its register does.
        for (String folder : model.translationFolders()) {
            writeDownloads(folder + "/" + DOWNLOADS, zipPath, zipBytes, page -> model.inRegisterOf(folder, page));
        }
    }

    private void writeDownloads(String url, String zipPath, long zipBytes, java.util.function.Predicate<Page> listed) throws IOException {
        Map<String, Object> model = base(url, this.model.labels().of(url).text("downloads.title"), url);
        model.put("hasPacks", !handbook.config().packs().isEmpty());
        Map<String, Object> pageFiles = new PageDownloads(handbook, navigation, this.model, extras.pageFiles()).model(url, listed);
        if (pageFiles != null) {
            model.put("pageFiles", pageFiles);
        }
        if (zipPath != null) {
            model.put("offline", Map.of("href", RelativeUrl.between(url, zipPath), "size", zipBytes));
        }
        try {
            writeHtml(url, theme.render("downloads.ftlh", model));
        } catch (ThemeEngine.TemplateFailure e) {
            throw new IOException("the Downloads page failed: " + e.getMessage(), e);
        }
    }

    public boolean hasDocuments() {
        return DocumentRegister.hasDocuments(handbook);
    }

    /** The shared model of a generated page, with the packs so its footer can link the Downloads page. */
    private Map<String, Object> base(String url, String title, String key) {
        Map<String, Object> layout = model.base(url, title, key);
        layout.put("downloads", downloads(url));
        return layout;
    }

    /** The packs, with hrefs relative to {@code fromUrl}. */
    List<Map<String, Object>> downloads(String fromUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PackDownload pack : extras.packs()) {
            out.add(pack.model(fromUrl));
        }
        return out;
    }
}
