package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline copy unzipped elsewhere and opened from disk: search finds a word only one policy has,
 * and neither search nor the other page kinds break the Content-Security-Policy (Chromium logs every
 * violation to its console, which the test reads).
 */
class OfflineCopyInBrowserTest {

    @Test
    void unzippedCopySearchesFromDiskWithinThePolicy(@TempDir Path dir) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path zip = TestHandbooks.example().output().resolve("downloads/peer-mentor-handbook-offline.zip");
        Path unzipped = dir.resolve("elsewhere");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = unzipped.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(unzipped));
                Files.createDirectories(target.getParent());
                Files.copy((InputStream) in, target);
            }
        }
        Path site = unzipped.resolve("peer-mentor-handbook");
        List<String> logging = List.of("--enable-logging=stderr", "--v=0");
        Document dom = Jsoup.parse(HeadlessChromium.dumpDom(URI.create(site.resolve("search.html").toUri() + "?q=instincts"),
                1000, 800, 5000, logging, dir));
        // Only the policy has the word; a page with "instinct", one letter short, may follow it.
        assertEquals("policies/lone-working.html",
                dom.select("#search-results li h2 a").eachAttr("href").stream().map(h -> h.replaceAll("#.*", "")).findFirst().orElse(""),
                dom.select("#search-status").text());
        assertEquals("instincts", dom.select("#search-results li").first().select("mark").text().toLowerCase(java.util.Locale.ROOT));
        assertNoViolations(dir, "search.html");

        for (String page : List.of("index.html", "glossary.html", "training/introduction-to-peer-mentoring.slides.html", "404.html",
                "downloads.html")) {
            Document d = Jsoup.parse(HeadlessChromium.dumpDom(site.resolve(page).toUri(), 1000, 800, 3000, logging, dir));
            assertTrue(d.select("h1, .reveal").size() > 0, page + " rendered");
            assertNoViolations(dir, page);
        }
    }

    static void assertNoViolations(Path work, String page) throws Exception {
        String log = Files.readString(work.resolve("chromium.log"), StandardCharsets.UTF_8);
        List<String> violations = log.lines().filter(l -> l.contains("Content Security Policy") || l.contains("Content-Security-Policy")).toList();
        assertEquals(List.of(), violations, page + " broke the policy");
    }
}
