package org.handbookpress.epub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Edition;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.pdf.PdfStage;
import org.handbookpress.pdf.PrintPlan;
import org.handbookpress.render.PackDownload;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.render.DownloadFile;

/**
 * The EPUB edition of every pack whose {@code editions:} lists {@code epub}: {@code downloads/<id>.epub},
 * made from the same pages the PDF stage prints (its {@link PrintPlan}).
 */
public final class EpubStage {

    /**
     * What was made: the files to write, and per pack id the e-book as a further file of the pack's download;
     * {@code alone} is each such pack as a download of its own, for a pack that has no PDF ({@code editions: [epub]});
     * {@code order} is every pack's id in handbook.yml's order.
     */
    public record Epubs(Map<String, byte[]> files, Map<String, List<DownloadFile>> byPack, List<PackDownload> alone, List<String> order) {

        public Epubs(Map<String, byte[]> files, Map<String, List<DownloadFile>> byPack) {
            this(files, byPack, List.of(), List.of());
        }

        public static Epubs none() {
            return new Epubs(Map.of(), Map.of());
        }

        /** The packs' downloads with their e-books added, and a pack made as an e-book only listed by it, in handbook.yml's order. */
        public List<PackDownload> addTo(List<PackDownload> packs) {
            List<PackDownload> out = new ArrayList<>(packs.stream()
                    .map(p -> byPack.containsKey(p.id()) ? p.withFiles(byPack.get(p.id())) : p).toList());
            java.util.Set<String> listed = new java.util.HashSet<>(packs.stream().map(PackDownload::id).toList());
            alone.stream().filter(book -> !listed.contains(book.id())).forEach(out::add);
            out.sort(java.util.Comparator.comparingInt(p -> order.contains(p.id()) ? order.indexOf(p.id()) : Integer.MAX_VALUE));
            return List.copyOf(out);
        }
    }

    private final Map<String, List<String>> termUsers;
    private final Handbook handbook;
    private final List<PageHtml> pages;
    private final Findings findings;
    private final Map<String, byte[]> cleanSvgs;
    private final LanguageFolders languages;
    private final SiteModel model;
    private final ThemeEngine theme;

    /**
     * @param cleanSvgs the cleaned copy of each SVG that needed one, by path, which the books hold instead of the file
     * @param languages the handbook's folders of translations: a book of one folder's pages is in its language, as its PDF is
     * @param termUsers the URLs of every page using a glossary term, in reading order, by its entry's id (GlossaryPage.write)
     * @param model     the site's values: the {@code site} of a path's language (the handbook's title and organisation in
     *                  it), a policy's document control and review, as its page and PDF show them, and the books' own few
     *                  words ("Contents", "Cover") in each book's language
     * @param theme     the layouts, whose print macros give a policy's document control as its PDF has it
     */
    public EpubStage(Handbook handbook, List<PageHtml> pages, Map<String, byte[]> cleanSvgs, LanguageFolders languages,
                     Findings findings, Map<String, List<String>> termUsers, SiteModel model, ThemeEngine theme) {
        this.model = model;
        this.theme = theme;
        this.termUsers = Map.copyOf(termUsers);
        this.handbook = handbook;
        this.languages = languages;
        this.pages = pages;
        this.cleanSvgs = Map.copyOf(cleanSvgs);
        this.findings = findings;
    }

    /**
     * The document control of every page the pack's book may hold (its pages and the glossaries), made before the book so
     * that a theme's failing macro stops this book with its template and line, not half-way through its chapters.
     */
    private Map<Page, DocumentFacts> documentFacts(PrintPlan.Pack pack, List<PageHtml> glossaries) throws ThemeEngine.TemplateFailure {
        Map<Page, DocumentFacts> facts = new java.util.HashMap<>();
        for (PageHtml html : java.util.stream.Stream.concat(pack.pages().stream(), glossaries.stream()).toList()) {
            if (!facts.containsKey(html.page())) {
                facts.put(html.page(), DocumentFacts.of(html.page(), model, theme));
            }
        }
        return facts;
    }

    /** @throws ThemeEngine.TemplateFailure a theme's print macros failed, as the build reports for every layout */
    public Epubs make(PrintPlan plan, Instant date) throws ThemeEngine.TemplateFailure {
        var config = handbook.config();
        Map<String, Page> pagesByUrl = new LinkedHashMap<>();
        handbook.pages().forEach(p -> pagesByUrl.put(p.url(), p));
        List<PageHtml> glossaries = pages.stream().filter(p -> p.page().kind() == Kind.GLOSSARY).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, List<DownloadFile>> byPack = new LinkedHashMap<>();
        List<PackDownload> alone = new ArrayList<>();
        for (PrintPlan.Pack pack : plan.packs()) {
            var p = pack.config();
            if (!p.editions().contains(Edition.EPUB)) {
                continue;
            }
            String path = PdfStage.packPath(p, Edition.EPUB);
            try {
                // In its pages' language, with the handbook's title in it, when they are all in one folder of translations.
                String writtenAs = languages.writtenAs(pack.pages().stream().map(PageHtml::page).toList());
                String folder = languages.languageOf(writtenAs);
                String language = folder == null ? config.language() : folder;
                Map<String, Object> site = model.site(writtenAs);
                Map<Page, DocumentFacts> facts = documentFacts(pack, glossaries);
                byte[] bytes = EpubMaker.make(new EpubBook(p.id(), p.title(), p.subtitle(), (String) site.getOrDefault("title", config.title()),
                        (String) site.getOrDefault("organisation", config.organisation()), language, config.baseUrl(), date, pack.pages(),
                        glossaries, pagesByUrl, handbook.files(), cleanSvgs, model.labels().of(writtenAs), id -> termUsers.getOrDefault(id, List.of()),
                        page -> languages.textLanguageOf(page, config.language()),
                        page -> facts.getOrDefault(page, DocumentFacts.NONE)));
                files.put(path, bytes);
                byPack.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new DownloadFile(Edition.EPUB.id(), Edition.EPUB.label(), path, bytes.length, 0));
                alone.add(new PackDownload(p.id(), p.title(), p.subtitle(), path, bytes.length, 0, p.paper().label(), language));
            } catch (ThemeEngine.TemplateFailure failure) {
                throw failure;
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                findings.error(ConfigLoader.FILE, p.line(), "epub.failed", "could not make " + path + ": " + why,
                        "check the pack's pictures (they must be readable files); if it persists, report it with this pack");
            }
        }
        return new Epubs(files, byPack, alone, plan.packs().stream().map(pack -> pack.config().id()).toList());
    }
}
