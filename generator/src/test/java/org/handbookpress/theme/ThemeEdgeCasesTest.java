package org.handbookpress.theme;

import org.handbookpress.labels.LabelCatalogues;
import org.handbookpress.labels.Labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the example handbook does not show: a session whose agenda does not add up to its duration,
 * a policy with no review date, a short page without contents, a language other than English, and a
 * 404 page that links home through {@code baseUrl}.
 */
class ThemeEdgeCasesTest {

    private static final Labels WELSH = new LabelCatalogues(null).forLanguage("cy");

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path content = temp.resolve("content");
        write(content.resolve("handbook.yml"), """
                title: Llawlyfr Cymorth
                organisation: Elusen Enghreifftiol
                language: cy
                baseUrl: https://handbook.example.org/cymorth
                """);
        write(content.resolve("index.md"), "# Croeso\n\nA short home page.\n");
        write(content.resolve("sessions/evening.md"), """
                ---
                title: Evening session
                kind: session
                duration: 1h
                start: "19:00"
                ---

                ## Agenda

                - [15 min] Welcome
                - [30 min] Round
                """);
        write(content.resolve("sessions/notes.md"), "# Notes\n\nJust a paragraph.\n");
        write(content.resolve("policies/data.md"), """
                ---
                title: Data Policy
                kind: policy
                ---

                ## Purpose

                Why we keep data safe.
                """);
        site = temp.resolve("site");
        result = new HandbookBuild(BuildOptions.of(content, site).withTimestamp(Instant.parse("2026-11-01T00:00:00Z")), BuildLog.SILENT).run();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static Document page(String url) throws IOException {
        return Jsoup.parse(site.resolve(url).toFile(), "UTF-8", "");
    }

    @Test
    void sessionWhoseAgendaDoesNotAddUpTellsTheAuthorNotTheReader() throws IOException {
        Document doc = page("sessions/evening.html");
        assertTrue(doc.select("main .notice, main .callout").isEmpty(), "no author's warning on the published page");
        assertFalse(doc.text().contains("Check the timings"), doc.text());
        // A Welsh handbook: the words around the text are Welsh.
        assertTrue(doc.select("dl.session-facts > div").eachText().contains(WELSH.text("session.times") + " 19:00–19:45"),
                doc.select("dl.session-facts > div").eachText().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.file().equals("sessions/evening.md") && f.code().equals("session.total")),
                "the build still reports it: " + result.findings());
    }

    @Test
    void policyWithoutAReviewDateSaysSoInWords() throws IOException {
        Element box = page("policies/data.html").selectFirst("section.review-box.review-not-reviewed");
        assertNotNull(box);
        assertTrue(box.text().contains(WELSH.text("control.no-date")), box.text());
        assertEquals(WELSH.text("review.not-reviewed"), box.selectFirst(".badge").text().replace("–", "").trim());
        Document documents = page("documents.html");
        assertTrue(documents.select("ul.status-summary li").eachText().contains("1 " + WELSH.text("documents.no-date")));
    }

    @Test
    void shortPagesHaveNoContents() throws IOException {
        Document doc = page("sessions/notes.html");
        assertTrue(doc.select(".page-toc").isEmpty());
        assertFalse(doc.selectFirst("main").hasClass("has-toc"));
    }

    @Test
    void languageComesFromHandbookYml() throws IOException {
        assertEquals("cy", page("index.html").selectFirst("html").attr("lang"));
        assertEquals("cy", page("404.html").selectFirst("html").attr("lang"));
    }

    @Test
    void notFoundPageLinksHomeThroughTheBaseUrl() throws IOException {
        Document doc = page("404.html");
        assertEquals("https://handbook.example.org/cymorth/index.html", doc.selectFirst("main a").attr("href"));
        assertTrue(doc.select("link[href], script[src], img[src]").isEmpty());
    }
}
