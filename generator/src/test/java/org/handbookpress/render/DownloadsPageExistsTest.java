package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site has a Downloads page whenever the build offers a file, and only then; the menu, the link check, the footer
 * and the home page agree with it. A handbook without packs and without the offline copy had none, though each of its
 * chapters and policies was printed as a PDF (and a link to it was broken).
 */
class DownloadsPageExistsTest {

    private static final String NO_COPY = "title: Visiting Handbook\nlanguage: en-GB\noffline-zip: false\n";
    /** No packs, no offline copy: a chapter and a policy, each printed as a PDF of its own. */
    static final Map<String, String> CHAPTER_AND_POLICY = Map.of(
            "handbook.yml", NO_COPY,
            "index.md", "# Welcome\n\nEvery file is on [the Downloads page](downloads.html).\n",
            "toolkit/01-visits.md", "---\nkind: chapter\n---\n# Visits\n\nHow we visit someone at home.\n",
            "policies/safety.md", "---\nkind: policy\nreviewed: 2026-06-01\nreview-every: 12 months\n---\n# Safety\n\nTell the office where you are going.\n");

    @Test
    void chaptersAndPoliciesPdfsAloneMakeThePageWhichTheMenuAndTheLinkCheckKnow(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, CHAPTER_AND_POLICY);
        BuildResult result = TestHandbooks.build(content, dir.resolve("site"));
        Path site = result.output();

        assertTrue(Files.isRegularFile(site.resolve("downloads.html")), "the pages' PDFs are files to download");
        Document downloads = TestHandbooks.page(site, "downloads.html");
        assertNotNull(downloads.selectFirst("main a[href=downloads/toolkit/01-visits.pdf]"), downloads.select("main").outerHtml());
        assertNotNull(downloads.selectFirst("main a[href=downloads/policies/safety.pdf]"));
        assertEquals(List.of(), downloads.select("main .offline-copy-note, main #offline-copy").eachText(), "no offline copy is made");
        assertEquals(List.of("Downloads"), TestHandbooks.page(site, "index.html").select("nav.site-nav a[href=downloads.html]").eachText());
        assertTrue(TestHandbooks.codes(result).stream().noneMatch(c -> c.endsWith("link.broken")), TestHandbooks.codes(result).toString());
    }

    /**
     * The footer and the home page lead to the page without packs too: they covered packs only, so a handbook printing
     * its chapters' and policies' PDFs had no footer link to its Downloads page and nothing on its home page.
     */
    @Test
    void theFooterAndTheHomePageLeadToThePageWithoutPacks(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.build(TestHandbooks.write(dir, CHAPTER_AND_POLICY), dir.resolve("site")).output();

        Document home = TestHandbooks.page(site, "index.html");
        assertEquals(List.of("Printable downloads"), home.select("footer a[href=downloads.html]").eachText());
        Element box = home.selectFirst(".home-downloads");
        assertNotNull(box, "the home page leads to the files though there are no packs");
        assertEquals("Downloads", box.selectFirst("h2").text());
        assertEquals("Parts of this handbook as PDF files, ready to print or to read offline.", box.selectFirst("p").text());
        assertEquals(List.of("All downloads"), box.select("a[href=downloads.html]").eachText());
        assertEquals(List.of("Printable downloads"),
                TestHandbooks.page(site, "toolkit/01-visits.html").select("footer a[href=../downloads.html]").eachText());
    }

    /** The offline copy alone is no print: the footer names its page by the page's title, and the home page has no box. */
    @Test
    void theOfflineCopyAloneIsLinkedFromTheFooterByThePagesTitle(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Visiting Handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\nHello.\n"));
        Document home = TestHandbooks.page(TestHandbooks.build(content, dir.resolve("site")).output(), "index.html");
        assertEquals(List.of("Downloads"), home.select("footer a[href=downloads.html]").eachText());
        assertEquals(List.of(), home.select(".home-downloads").eachText(), "no PDFs to speak of on the home page");
    }

    @Test
    void aDeckAloneMakesThePage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", NO_COPY,
                "index.md", "# Welcome\n\nHello.\n",
                "training/intro.md", "---\nkind: slides\n---\n# Introduction\n\nWhy we visit.\n\n---\n\n## Our aims\n\nCompany and a cup of tea.\n"));
        Path site = TestHandbooks.build(content, dir.resolve("site")).output();

        Document downloads = TestHandbooks.page(site, "downloads.html");
        assertEquals(List.of("Introduction"), downloads.select("main .deck-download .download-title").eachText());
        assertEquals(List.of("Downloads"), TestHandbooks.page(site, "index.html").select("nav.site-nav a[href=downloads.html]").eachText());
    }

    /** Nothing to download, no page: and nothing links to one. */
    @Test
    void withNothingToDownloadNothingLinksToAPageThatIsNotThere(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", NO_COPY,
                "index.md", "# Welcome\n\nHello.\n",
                "about.md", "# About us\n\nWe visit people at home.\n"));
        Path site = TestHandbooks.build(content, dir.resolve("site")).output();

        assertFalse(Files.exists(site.resolve("downloads.html")));
        for (String page : List.of("index.html", "about.html", "search.html")) {
            assertEquals(List.of(), TestHandbooks.page(site, page).select("a[href$=downloads.html], .home-downloads").eachAttr("href"), page);
        }
    }

    /** The preview prints no PDFs: the page the menu lists says why it lists none, as it does for packs. */
    @Test
    void thePreviewSaysThePdfsAreNotPrinted(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, CHAPTER_AND_POLICY);
        Path preview = TestHandbooks.buildWithoutPdfs(content, dir.resolve("preview")).output();
        Document downloads = TestHandbooks.page(preview, "downloads.html");
        assertEquals("The PDFs are not printed in this preview. Build the handbook (mvn handbook:build) to print them.",
                downloads.selectFirst("main .page-body p").text());
        assertEquals("Parts of this handbook as PDF files, ready to print or to read offline.", downloads.selectFirst("main .lede").text());
    }
}
