package org.handbookpress.theme;

import org.handbookpress.labels.PageLabels;
import org.handbookpress.render.LabelMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The printable packs on the home page, the Downloads page and in the footer, rendered straight
 * through the layouts with the data the PDF stage provides (the example build has no PDF stage yet).
 */
class DownloadsLayoutTest {

    static Map<String, Object> base(String url, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", Map.of("title", "Handbook", "organisation", "Charity", "description", "What it is.",
                "language", "en-GB", "buildDate", "1 November 2026", "buildIsoDate", "2026-11-01", "year", "2026"));
        model.put("root", "");
        model.put("t", LabelMethod.of(PageLabels.english().handbook()));
        model.put("url", url);
        model.put("title", title);
        model.put("homeHref", "index.html");
        model.put("nav", List.of(Map.of("title", "Home", "href", "index.html", "current", url.equals("index.html"),
                "open", false, "section", false, "children", List.of())));
        model.put("downloads", List.of(
                Map.of("title", "Workbook", "subtitle", "For the training day", "href", "pdf/workbook.pdf", "size", "1.2 MB", "pages", 48),
                Map.of("title", "Policies", "href", "pdf/policies.pdf", "size", 204800)));
        return model;
    }

    @Test
    void homeListsThePacksWithSizeAndPages() throws Exception {
        Map<String, Object> model = base("index.html", "Welcome");
        model.put("page", Map.of("title", "Welcome", "path", "index.md", "url", "index.html", "kind", "page", "isHome", true,
                "content", "<p>Hello.</p>", "toc", List.of(), "breadcrumbs", List.of()));
        Document doc = Jsoup.parse(new ThemeEngine(null, Locale.UK).render("home.ftlh", model));
        assertEquals(List.of("PDF Workbook", "PDF Policies"), doc.select(".home-downloads a.download-link").eachText());
        assertEquals("pdf/workbook.pdf", doc.selectFirst(".home-downloads a.download-link").attr("href"));
        assertEquals(List.of("48 pages · 1.2 MB", "200 KB"), doc.select(".home-downloads .download-meta").eachText());
        assertEquals("For the training day", doc.selectFirst(".download-subtitle").text());
        assertEquals("downloads.html", doc.selectFirst("footer a:containsOwn(Printable downloads)").attr("href"));
        assertEquals(List.of(), doc.select(".home-downloads-all").eachText(), "a model without downloadsListed: no page to lead to");

        model.put("downloadsListed", true); // the Downloads page lists more than the packs: a chapter's PDF, the offline copy
        Document listed = Jsoup.parse(new ThemeEngine(null, Locale.UK).render("home.ftlh", model));
        assertEquals("All downloads", listed.selectFirst(".home-downloads a[href=downloads.html]").text());
    }

    @Test
    void downloadsPageListsThePacks() throws Exception {
        Document doc = Jsoup.parse(new ThemeEngine(null, Locale.UK).render("downloads.ftlh", base("downloads.html", "Downloads")));
        assertEquals("Downloads", doc.selectFirst("main h1").text());
        assertEquals(2, doc.select("main ul.downloads-list > li").size());
        assertEquals("Parts of this handbook as PDF files, ready to print or to read offline.", doc.selectFirst("main .lede").text());
        assertNotNull(doc.selectFirst("nav[aria-label=Breadcrumb] a[href=index.html]"));
    }

    @Test
    void withoutPdfsThePageDoesNotSayItHoldsThem() throws Exception {
        Map<String, Object> model = base("downloads.html", "Downloads");
        model.put("downloads", List.of());
        model.put("hasPacks", false);
        model.put("offline", Map.of("href", "downloads/handbook-offline.zip", "size", 232_448));
        Document doc = Jsoup.parse(new ThemeEngine(null, Locale.UK).render("downloads.ftlh", model));
        assertEquals(List.of(), doc.select("main .lede").eachText(), "a handbook with only its offline copy has no PDFs to speak of");
        assertEquals("The whole handbook, offline", doc.selectFirst("main h2").text());
        assertEquals(1, doc.select("main ul.downloads-list > li").size());
    }

    @Test
    void chapterLinksToItsOwnPdfWhenThereIsOne() throws Exception {
        Map<String, Object> model = base("toolkit/02-x.html", "Listening");
        model.put("root", "../");
        Map<String, Object> page = new HashMap<>(Map.of("title", "Listening", "path", "toolkit/02-x.md", "url", "toolkit/02-x.html",
                "kind", "chapter", "isHome", false, "content", "<p>Text.</p>", "toc", List.of(),
                "breadcrumbs", List.of(Map.of("title", "Home", "href", "../index.html")), "chapterNumber", 2));
        ThemeEngine theme = new ThemeEngine(null, Locale.UK);
        model.put("page", page);
        assertEquals(0, Jsoup.parse(theme.render("chapter.ftlh", model)).select(".pdf-link").size(), "no PDF, no link");
        page.put("pdfHref", "../pdf/toolkit/02-x.pdf");
        Document doc = Jsoup.parse(theme.render("chapter.ftlh", model));
        assertEquals("Download this chapter (PDF)", doc.selectFirst(".pdf-link a").text().replaceFirst("^PDF ", ""));
        assertEquals("../pdf/toolkit/02-x.pdf", doc.selectFirst(".pdf-link a").attr("href"));
        assertEquals("Chapter 2", doc.selectFirst(".chapter-number").text());
    }

    /**
     * A handbook of many pages folds each section of its pages' files into a closed {@code <details>} that names the
     * section and counts its files, so that thousands of chapter PDFs open as a list of sections; a small one heads
     * each section instead, and names the pages at the top "General" only beside other sections.
     */
    @Test
    void manyPagesFilesAreFoldedBySectionAndFewAreHeaded() throws Exception {
        Map<String, Object> chapter = new HashMap<>(Map.of("title", "Visits", "href", "downloads/toolkit/visits.pdf", "format", "PDF",
                "edition", "standard", "kindLabel", "Chapter", "size", "40 KB", "pages", 3, "otherEditions", List.of()));
        Map<String, Object> toolkit = Map.of("names", List.of(Map.of("title", "Toolkit")), "number", 1, "count", 1, "entries", List.of(chapter));
        Map<String, Object> top = Map.of("names", List.of(), "number", 2, "count", 1, "entries", List.of(chapter));
        Map<String, Object> model = base("downloads.html", "Downloads");
        ThemeEngine theme = new ThemeEngine(null, Locale.UK);

        model.put("pageFiles", Map.of("documents", List.of(toolkit, top), "decks", List.of(), "folded", true));
        Document folded = Jsoup.parse(theme.render("downloads.ftlh", model));
        assertEquals(List.of("Toolkit 1 file", "General 1 file"), folded.select("main details.downloads-section:not([open]) > summary").eachText());
        assertEquals(0, folded.select("main h3").size());
        assertEquals("Chapter · 3 pages · 40 KB", folded.selectFirst("details .download-meta").text());

        model.put("pageFiles", Map.of("documents", List.of(top), "decks", List.of(), "folded", false));
        model.put("downloads", List.of());
        model.put("hasPacks", false);
        Document small = Jsoup.parse(theme.render("downloads.ftlh", model));
        assertEquals(0, small.select("main details, main h3").size(), "the pages at the top alone need no heading");
        assertEquals(1, small.select("main .lede").size(), "PDFs of pages without packs are PDFs to speak of");
        assertEquals("Single chapters and documents", small.selectFirst("main h2#page-files").text());
        assertEquals(List.of("PDF Visits"), small.select("main .page-downloads a").eachText());
    }
}
