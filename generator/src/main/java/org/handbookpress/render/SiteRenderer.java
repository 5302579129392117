package org.handbookpress.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildContext;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.ReviewSchedule;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;

/**
 * Writes the HTML site: every page through the layout for its kind, then the pages the build makes
 * itself (section indexes, Documents, Downloads, 404).
 */
public final class SiteRenderer {

    /** Output path of the generated list of policies and agreements. */
    public static final String DOCUMENTS = "documents.html";
    public static final String DOWNLOADS = "downloads.html";
    public static final String SEARCH = "search.html";

    private final BuildContext build;

    public SiteRenderer(BuildContext build) {
        this.build = build;
    }

    public void writePages() throws IOException, ThemeEngine.TemplateFailure {
        for (PageHtml html : build.pages) {
            SourceLines.strip(html.content());
            Page page = html.page();
            Map<String, Object> model = build.model.forPage(html, build.extrasFor(page.path()));
            model.put("downloads", downloads(page.url()));
            build.output.write(page.url(), build.theme.render(layoutFor(page), model));
        }
    }

    String layoutFor(Page page) {
        if (page.isHome() && build.theme.has("home.ftlh")) {
            return "home.ftlh";
        }
        String byKind = page.kind().id() + ".ftlh";
        return build.theme.has(byKind) ? byKind : "page.ftlh";
    }

    public void writeGeneratedPages() throws IOException, ThemeEngine.TemplateFailure {
        for (SiteNavigation.GeneratedSection section : build.navigation.generatedSections()) {
            Map<String, Object> model = base(section.url(), section.title(), section.folder() + "/");
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Page page : build.navigation.pagesIn(section.folder())) {
                entries.add(build.model.link(section.url(), page));
            }
            model.put("pages", entries);
            model.put("breadcrumbs", List.of(Map.of("title", "Home", "href", RelativeUrl.between(section.url(), "index.html"))));
            build.output.write(section.url(), build.theme.render("section.ftlh", model));
        }
        if (build.handbook.page("index.md").isEmpty()) {
            // Without an index.md the site still needs a front door: a list of the top-level entries.
            Map<String, Object> model = base("index.html", build.handbook.config().title(), "index.html");
            List<Map<String, Object>> entries = new ArrayList<>();
            for (NavNode node : build.navigation.tree()) {
                if (node.url() != null) {
                    entries.add(Map.of("title", node.title(), "href", node.url(), "kind", node.isSection() ? "section" : "page"));
                }
            }
            model.put("pages", entries);
            model.put("breadcrumbs", List.of());
            build.output.write("index.html", build.theme.render("section.ftlh", model));
        }
        if (hasDocuments()) {
            Map<String, Object> model = base(DOCUMENTS, "Documents", DOCUMENTS);
            model.put("documents", documents());
            build.output.write(DOCUMENTS, build.theme.render("documents.ftlh", model));
        }
        if (hasDownloadsPage(build.handbook.config())) {
            // Listed in the navigation whenever packs are configured, so written even when none was printed (preview);
            // written again with the offline copy once that is made (org.handbookpress.offline.ReaderStage).
            writeDownloads(null, 0);
        }
        Map<String, Object> search = base(SEARCH, "Search", SEARCH);
        build.output.write(SEARCH, build.theme.render("search.ftlh", search));
        // The 404 page is served from any depth, so its links cannot be relative: it links home by
        // the base URL where known and otherwise keeps to plain text and inline styles.
        Map<String, Object> notFound = base("404.html", "Page not found", "404.html");
        build.output.write("404.html", build.theme.render("404.ftlh", notFound));
    }

    /** Whether the site has a Downloads page: when packs are configured or the offline copy is made. */
    public static boolean hasDownloadsPage(org.handbookpress.content.HandbookConfig config) {
        return !config.packs().isEmpty() || config.reader().offlineZip();
    }

    /** The Downloads page; {@code zipPath} is the offline copy's site path, or null before it is made. */
    public void writeDownloads(String zipPath, long zipBytes) throws IOException {
        Map<String, Object> model = base(DOWNLOADS, "Downloads", DOWNLOADS);
        model.put("hasPacks", !build.handbook.config().packs().isEmpty());
        if (zipPath != null) {
            model.put("offline", Map.of("href", RelativeUrl.between(DOWNLOADS, zipPath), "size", zipBytes));
        }
        try {
            build.output.write(DOWNLOADS, build.theme.render("downloads.ftlh", model));
        } catch (ThemeEngine.TemplateFailure e) {
            throw new IOException("the Downloads page failed: " + e.getMessage(), e);
        }
    }

    public boolean hasDocuments() {
        return build.handbook.pages().stream().anyMatch(p -> p.kind().isReviewed());
    }

    /** Policies and agreements with their review status: overdue first, then by next review date. */
    List<Map<String, Object>> documents() {
        List<Page> docs = new ArrayList<>(build.handbook.pages().stream().filter(p -> p.kind().isReviewed()).toList());
        docs.sort(Comparator.comparing((Page p) -> urgency(ReviewSchedule.of(p.meta(), build.today).status()))
                .thenComparing(p -> p.kind() == Kind.POLICY ? 0 : 1).thenComparing(Page::title));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Page page : docs) {
            Map<String, Object> d = new LinkedHashMap<>(build.model.link(DOCUMENTS, page));
            d.put("kindLabel", page.kind() == Kind.POLICY ? "Policy" : "Agreement");
            d.putAll(build.model.review(page));
            Object pdf = build.extrasFor(page.path()).get("pdfUrl");
            if (pdf instanceof String url) {
                d.put("pdfHref", RelativeUrl.between(DOCUMENTS, url));
            }
            out.add(d);
        }
        return out;
    }

    /** Overdue first, then due soon, then undated, then up to date: what needs an editor's attention. */
    private static int urgency(ReviewSchedule.Status status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NOT_REVIEWED -> 2;
            case CURRENT -> 3;
        };
    }

    /** The shared model of a generated page, with the packs so its footer can link the Downloads page. */
    private Map<String, Object> base(String url, String title, String key) {
        Map<String, Object> model = build.model.base(url, title, key);
        model.put("downloads", downloads(url));
        return model;
    }

    /** The packs, with hrefs relative to {@code fromUrl}. */
    List<Map<String, Object>> downloads(String fromUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> pack : build.downloads) {
            Map<String, Object> d = new LinkedHashMap<>(pack);
            d.put("href", RelativeUrl.between(fromUrl, (String) pack.get("url")));
            out.add(d);
        }
        return out;
    }
}
