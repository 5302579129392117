package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that says in its front matter it is written in another language than its folder's ({@code lang:}, as Jekyll's
 * and Quarto's pages say it): its title, summary and text are marked so, on the site and in its PDF, for a screen
 * reader's voice (WCAG 3.1.2), and the words around them are not. Before, {@code lang} was an unknown key, ignored.
 */
class PageLanguageTest {

    @Test
    void aPagesOwnLanguageMarksItsWordsAndItsPdf(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Volunteer handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\nHello.\n",
                "diogelu.md", "---\ntitle: Polisi diogelu\nkind: policy\nreviewed: 2026-01-10\nlang: cy\n"
                        + "summary: Sut rydym yn cadw pobl yn ddiogel.\n---\n\nMae pawb yn gyfrifol am ddiogelu.\n",
                "news.md", "---\ntitle: News\nlang: en\n---\n\nOur news.\n",
                "welcome-ar.md", "---\ntitle: مرحبا\nlang: ar\n---\n\nأهلا وسهلا.\n",
                "rota.md", "---\ntitle: Rota\nlang: Welsh\n---\n\nWho is on.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        List<String> codes = result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertTrue(codes.contains("rota.md:3 front-matter.lang"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.endsWith("config.unknown-key")), "lang is a key the build reads: " + codes);

        Document welsh = page(out, "diogelu.html");
        assertEquals("en-GB", welsh.selectFirst("html").attr("lang"), "the page's frame is in its folder's language");
        assertEquals("cy", welsh.selectFirst("main h1").attr("lang"));
        assertEquals("cy", welsh.selectFirst("main p.lede").attr("lang"));
        assertEquals("cy", welsh.selectFirst("main .page-body p:contains(gyfrifol)").closest("[lang]").attr("lang"));
        assertNull(welsh.selectFirst("nav.site-nav").closest("[lang=cy]"), "the menu is not Welsh");
        assertNull(welsh.selectFirst(".menu-button").closest("[lang=cy]"));

        assertTrue(page(out, "news.html").select("main [lang]").isEmpty(), "lang: en in an en-GB handbook is its language");
        Document arabic = page(out, "welcome-ar.html");
        assertEquals("ar", arabic.selectFirst("main h1").attr("lang"));
        assertEquals("rtl", arabic.selectFirst("main h1").attr("dir"), "a right-to-left language among left-to-right pages");
        assertTrue(page(out, "rota.html").select("main [lang]").isEmpty(), "not a language tag: the folder's language");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("downloads/diogelu.pdf").toFile())) {
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage(), "a screen reader reads the policy in Welsh");
        }
    }

    /**
     * {@code language:}, the name handbook.yml gives the handbook's language, on a page: read as its {@code lang:}. A
     * pantry network's Welsh welcome page written so was marked English, and the key reported unknown.
     */
    @Test
    void languageOnAPageIsReadAsItsLang(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Pantry handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\nHello.\n",
                "croeso.md", "---\ntitle: Croeso\nlanguage: cy\n---\n\nMae croeso i bawb yn y pantri.\n",
                "rota.md", "---\ntitle: Rota\nlanguage: Welsh\n---\n\nWho is on.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        List<String> codes = result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
        assertFalse(codes.stream().anyMatch(c -> c.endsWith("config.unknown-key")), "language is read: " + codes);
        assertTrue(codes.contains("rota.md:3 front-matter.lang"), "not a tag, said on its line: " + codes);
        Document welsh = page(out, "croeso.html");
        assertEquals("cy", welsh.selectFirst("main h1").attr("lang"));
        assertEquals("cy", welsh.selectFirst("main .page-body p:contains(croeso)").closest("[lang]").attr("lang"));
    }

    /**
     * The words the build writes into the text of a page in its own language (a box's title) are in that language: a
     * Welsh page among English ones had "Note" and "Exercise" in English inside its Welsh text, read with a Welsh voice.
     * The words around the text (the menu) stay the handbook's.
     */
    @Test
    void aBoxOnAPageInItsOwnLanguageIsTitledInIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Pantry handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\n> [!NOTE]\n> The pantry opens at ten.\n",
                "croeso.md", "---\ntitle: Croeso\nlang: cy\n---\n\n> [!NOTE]\n> Mae'r pantri yn agor am ddeg.\n\n"
                        + "> [!EXERCISE] 3 lines\n> Beth fyddech chi'n ei ddweud wrth westai newydd?\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        Document welsh = page(out, "croeso.html");
        assertEquals("Nodyn", welsh.selectFirst(".callout-note .callout-title").text());
        assertEquals("Ymarfer", welsh.selectFirst(".exercise .callout-title").text());
        assertEquals("Note", page(out, "index.html").selectFirst(".callout-note .callout-title").text(), "English pages as before");
        assertEquals("en-GB", welsh.selectFirst("html").attr("lang"), "the frame stays the handbook's language");
    }

    private static Document page(Path out, String path) throws java.io.IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }
}
