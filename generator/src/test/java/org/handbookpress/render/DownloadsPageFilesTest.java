package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Downloads page lists every file the build offers, not only the packs: each chapter's, policy's, agreement's and
 * the glossary's own PDF (and large-print edition), by section in the menu's order, then each deck's slides and handout.
 * It listed the offline copy and the packs alone: a trainer after one session's handout, or a volunteer after one
 * policy, found nothing there.
 */
class DownloadsPageFilesTest {

    @Test
    void theExampleHandbooksPageLinksEveryPdfItPrintsWithItsPagesAndSize() throws Exception {
        Path site = TestHandbooks.example().output();
        Document page = Jsoup.parse(site.resolve("downloads.html").toFile());
        Element main = page.selectFirst("main");

        List<String> linked = new ArrayList<>();
        for (Element link : main.select("a[download]")) {
            Path file = site.resolve(link.attr("href")).normalize();
            assertTrue(Files.isRegularFile(file), link.attr("href") + " leads to no file");
            linked.add(site.relativize(file).toString().replace('\\', '/'));
        }
        List<String> pdfs;
        try (Stream<Path> walk = Files.walk(site.resolve("downloads"))) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(pdfs, linked.stream().filter(l -> l.endsWith(".pdf")).sorted().toList(), "every PDF printed, each once");

        // The pages' own files under the packs, by section as the menu has them (nav: Agreements, Toolkit, Training,
        // Policies, then the glossary at the top); the deck under its section in a list of its own.
        assertEquals(List.of("The whole handbook, offline", "Printable PDFs", "Single chapters and documents", "Slides and handouts"),
                main.select("h2").eachText());
        assertEquals(List.of("Agreements", "Toolkit", "Policies", "General"), main.select("#page-files ~ h3[id^=page-files-]").eachText());
        assertEquals(List.of("Training"), main.select("h3[id^=slide-decks-]").eachText());

        Element safeguarding = main.selectFirst("a[href=downloads/policies/safeguarding.pdf]").parent();
        assertEquals("PDF Safeguarding Policy", safeguarding.selectFirst("a").text());
        assertEquals("Policy · " + pages(site, "downloads/policies/safeguarding.pdf") + " pages · "
                + PackDownload.humanSize(Files.size(site.resolve("downloads/policies/safeguarding.pdf"))),
                safeguarding.selectFirst(".download-meta").text());
        assertEquals("Glossary", main.selectFirst("a[href=downloads/glossary.pdf]").parent().selectFirst(".download-meta").text().split(" · ")[0]);

        Element deck = main.selectFirst(".deck-download");
        assertEquals("Introduction to Peer Mentoring", deck.selectFirst(".download-title").text());
        assertEquals(List.of("Slides (PDF) of Introduction to Peer Mentoring", "Handout (PDF) of Introduction to Peer Mentoring"),
                deck.select("a").eachText());
        String handout = "downloads/training/introduction-to-peer-mentoring-handout.pdf";
        assertEquals(handout, deck.select("a").get(1).attr("href"));
        assertEquals(pages(site, handout) + " pages · " + PackDownload.humanSize(Files.size(site.resolve(handout))),
                deck.select(".download-meta").get(1).text());
    }

    /**
     * A handbook printing every page in large print too ({@code editions:} at the top) lists each page's large-print
     * PDF beside it; a folder of translations' page lists its own pages' files and those of pages not translated yet;
     * a second build, on more threads and with every PDF reused from the cache, writes the same pages, byte for byte.
     */
    @Test
    void largePrintBesideEachPageTranslationsOnTheirOwnPageAndTheSameBytesFromTheCache(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Visiting Handbook\nlanguage: en-GB\neditions: [standard, large-print]\n"
                        + "languages:\n  cy:\n    title: Llawlyfr Ymweld\n",
                "index.md", "# Welcome\n\nHello.\n",
                "toolkit/01-visits.md", "---\nkind: chapter\n---\n# Visits\n\nHow we visit someone at home.\n",
                "policies/safety.md", "---\nkind: policy\n---\n# Safety\n\nTell the office where you are going.\n",
                "cy/index.md", "# Croeso\n\nHelo.\n",
                "cy/toolkit/01-visits.md", "---\nkind: chapter\n---\n# Ymweliadau\n\nSut rydyn ni’n ymweld â rhywun gartref.\n"));
        Path cache = dir.resolve("cache");
        BuildResult first = new HandbookBuild(BuildOptions.of(content, dir.resolve("one")).withTimestamp(TestHandbooks.TIMESTAMP)
                .withCache(cache).withThreads(1), BuildLog.SILENT).run();
        Document english = Jsoup.parse(first.output().resolve("downloads.html").toFile());
        Element visits = english.selectFirst("a[href=downloads/toolkit/01-visits.pdf]").parent();
        Element largePrint = visits.selectFirst(".download-editions a");
        assertNotNull(largePrint, visits.outerHtml());
        assertEquals("downloads/toolkit/01-visits-large-print.pdf", largePrint.attr("href"));
        assertEquals("Large print PDF of Visits", largePrint.text());
        assertTrue(Files.isRegularFile(first.output().resolve(largePrint.attr("href"))));
        assertEquals(List.of("Safety", "Visits", "Ymweliadau"), english.select(".page-download .download-title").eachText());
        assertEquals("cy", english.selectFirst("a[href=downloads/cy/toolkit/01-visits.pdf] .download-title").attr("lang"));

        Document welsh = Jsoup.parse(first.output().resolve("cy/downloads.html").toFile());
        assertEquals(List.of("Ymweliadau", "Safety"), welsh.select(".page-download .download-title").eachText(),
                "the Welsh chapter, and the policy not translated yet");
        Element safety = welsh.selectFirst("a[href=../downloads/policies/safety.pdf]");
        assertNotNull(safety, welsh.select("main").outerHtml());
        assertEquals("en-GB", safety.selectFirst(".download-title").attr("lang"));
        assertEquals("Polisi", welsh.selectFirst("a[href=../downloads/policies/safety.pdf]").parent().selectFirst(".download-meta").text().split(" · ")[0]);

        BuildResult second = new HandbookBuild(BuildOptions.of(content, dir.resolve("two")).withTimestamp(TestHandbooks.TIMESTAMP)
                .withCache(cache).withThreads(3), BuildLog.SILENT).run();
        assertEquals(second.summary().pdfs(), second.summary().pdfsReused(), "every PDF reused, none printed");
        for (String path : List.of("downloads.html", "cy/downloads.html")) {
            assertArrayEquals(Files.readAllBytes(first.output().resolve(path)), Files.readAllBytes(second.output().resolve(path)), path);
        }
    }

    private static int pages(Path site, String pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
