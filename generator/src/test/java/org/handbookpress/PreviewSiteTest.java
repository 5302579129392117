package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.handbookpress.findings.Finding;
import org.handbookpress.offline.ServiceWorker;
import org.handbookpress.serve.BuildStatus;
import org.handbookpress.serve.PreviewServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's update of single pages: a small handbook is built for the preview, a page's body is
 * edited, and the update must leave the served site exactly as a fresh full build of the edited
 * content would (the strongest oracle), touching only the files it must, with the same findings.
 */
class PreviewSiteTest {

    @TempDir
    Path dir;
    Path content;
    Path served;

    static final String ONE = "---\ntitle: One\n---\n\nIntro text.\n\n## Getting started\n\nStart here.\n\n## Later\n\nMore to read.\n";

    @BeforeEach
    void handbook() throws IOException {
        content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Test Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome. See [the first page](toolkit/one.md).\n",
                "toolkit/one.md", ONE,
                "toolkit/two.md", "---\ntitle: Two\n---\n\nRead [the start](one.md#getting-started) first, then talk to your buddy.\n",
                "toolkit/three.md", "---\ntitle: Three\n---\n\nNothing to do with the others.\n",
                "glossary.md", "---\ntitle: Glossary\nkind: glossary\n---\n\nBoundaries\n: The limits that keep support safe.\n\n"
                        + "Buddy\n: The person who knows where a mentor is.\n"));
        served = dir.resolve("target/handbook");
    }

    private BuildOptions options(Path output) {
        return BuildOptions.of(content, output).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs()
                .withReport(dir.resolve("target/report.json"));
    }

    private PreviewSite preview() throws BuildFailure {
        return new HandbookBuild(options(served), BuildLog.SILENT).runForPreview();
    }

    /** A fresh full build of the content as it is now, into a folder of its own: its findings (passed or not). */
    private List<Finding> fresh(Path output) {
        try {
            return new HandbookBuild(options(output).withReport(null), BuildLog.SILENT).run().findings();
        } catch (BuildFailure failure) {
            return failure.findings();
        }
    }

    private record Stamp(byte[] bytes, FileTime modified) {
    }

    private static Map<String, Stamp> snapshot(Path site) throws IOException {
        Map<String, Stamp> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'),
                        new Stamp(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
            }
        }
        return files;
    }

    /** Files whose bytes or modification time differ between two snapshots (or that are in only one). */
    private static Set<String> changed(Map<String, Stamp> before, Map<String, Stamp> after) {
        Set<String> out = new TreeSet<>();
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String path : all) {
            Stamp a = before.get(path);
            Stamp b = after.get(path);
            if (a == null || b == null || !Arrays.equals(a.bytes(), b.bytes()) || !a.modified().equals(b.modified())) {
                out.add(path);
            }
        }
        return out;
    }

    /** What the update leaves stale by design (PreviewSite's comment): the search index, the offline copy, the service worker. */
    private static boolean staleByDesign(String path) {
        return path.startsWith("assets/search") || path.endsWith(".zip") || path.equals(ServiceWorker.PATH) || path.equals(ServiceWorker.LIST);
    }

    /**
     * The Downloads page gives the offline copy's size, which is stale with the copy: the preview does not make it
     * again, so its page states the size of the copy it serves, and an edit that changes the copy's size by enough
     * to change the rounded figure would otherwise show as a difference.
     */
    private static byte[] withoutOfflineCopySize(String path, byte[] bytes) {
        if (!path.equals("downloads.html")) {
            return bytes;
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(-offline\\.zip\"[^\\n]*\\n<p class=\"download-meta\">)[^<]*(</p>)", "$1(size)$2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every file of the served site has the bytes a fresh full build gives, except those left stale by design. */
    private void assertSameAsFreshBuild(PreviewSite.Update update) throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        List<Finding> freshFindings = fresh(fresh);
        assertEquals(freshFindings, update.findings(), "the kept findings are a full build's");
        if (!Files.isDirectory(fresh)) {
            return; // the full build failed, so it wrote no site to compare with (the preview shows the findings)
        }
        Map<String, Stamp> expected = snapshot(fresh);
        Map<String, Stamp> actual = snapshot(served);
        expected.keySet().removeIf(PreviewSiteTest::staleByDesign);
        actual.keySet().removeIf(PreviewSiteTest::staleByDesign);
        assertEquals(expected.keySet(), actual.keySet());
        Set<String> differ = new TreeSet<>();
        for (String path : expected.keySet()) {
            if (!Arrays.equals(withoutOfflineCopySize(path, expected.get(path).bytes()), withoutOfflineCopySize(path, actual.get(path).bytes()))) {
                differ.add(path);
            }
        }
        differ.removeIf(PreviewSiteTest::staleByDesign);
        assertEquals(Set.of(), differ, "files that differ from a fresh build of the edited content");
    }

    private void edit(String page, String from, String to) throws IOException {
        Path file = content.resolve(page);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aBodyEditRewritesThatPageOnlyAndMatchesAFullBuild() throws Exception {
        PreviewSite site = preview();
        Map<String, Stamp> before = snapshot(served);
        edit("toolkit/one.md", "Start here.", "Start here, with the new welcome text.");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertEquals(List.of("toolkit/one.html"), update.written());
        assertEquals(Set.of("toolkit/one.html"), changed(before, snapshot(served)), "only the edited page changed, bytes or time");
        assertTrue(Files.readString(served.resolve("toolkit/one.html")).contains("the new welcome text"));
        assertTrue(update.passed());
        assertSameAsFreshBuild(update);
    }

    /** Minutes from one template, their standing heading left empty on each: an edit of one says what a full build says. */
    @Test
    void anEditOfMinutesWithAStandingHeadingMatchesAFullBuild() throws Exception {
        for (String month : List.of("march", "april", "may")) {
            Files.createDirectories(content.resolve("minutes"));
            Files.writeString(content.resolve("minutes/" + month + ".md"), "---\ntitle: Minutes of " + month
                    + "\n---\n\n## Decisions\n\nKeep the rota.\n\n## Any other business\n\n## Next meeting\n\nMonday.\n");
        }
        PreviewSite site = preview();
        edit("minutes/april.md", "Keep the rota.", "Keep the rota, and thank the drivers.");
        PreviewSite.Update update = site.update(List.of(content.resolve("minutes/april.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertTrue(site.findings().stream().noneMatch(f -> f.code().equals("placeholder.empty-section")), site.findings().toString());
        assertSameAsFreshBuild(update);
    }

    @Test
    void anMdxPageWhoseReadingSaysWhatItSaidBeforeIsUpdatedAlone() throws Exception {
        Files.writeString(content.resolve("toolkit/tabs.mdx"), "# Tabs\n\n<Fancy>\nHeld.\n</Fancy>\n\nFirst words.\n");
        PreviewSite site = preview();
        assertTrue(site.findings().stream().anyMatch(f -> f.code().equals("page.mdx-component")), site.findings().toString());
        edit("toolkit/tabs.mdx", "First words.", "Other words.");
        PreviewSite.Update same = site.update(List.of(content.resolve("toolkit/tabs.mdx")));
        assertTrue(same.applied(), same.fullBuild());
        assertEquals(List.of("toolkit/tabs.html"), same.written());
        assertSameAsFreshBuild(same);
        edit("toolkit/tabs.mdx", "Other words.", "<Other />\n\nOther words.");
        PreviewSite.Update other = site.update(List.of(content.resolve("toolkit/tabs.mdx")));
        assertFalse(other.applied(), "its reading says something new: the full build reports it");
    }

    @Test
    void aBodyEditOfAPageAnMkDocsNavNamesIsUpdatedAloneKeepingItsName() throws Exception {
        // The page read again takes the menu's name the nav gives it, as the full build did, so its front matter compares
        // equal and the edit needs no full build.
        Files.writeString(content.resolve("mkdocs.yml"), "site_name: Test\ndocs_dir: .\nnav:\n  - index.md\n  - First steps: toolkit/one.md\n");
        PreviewSite site = preview();
        edit("toolkit/one.md", "Start here.", "Start here, with the new welcome text.");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertTrue(Files.readString(served.resolve("toolkit/one.html")).contains("First steps"), "the nav's name in the menu");
        assertSameAsFreshBuild(update);
    }

    @Test
    void anEditOfAReadmeThatIsItsFoldersPageRewritesBothItsAddresses() throws Exception {
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("policies/README.md"), "# Our policies\n\nRead them all.\n");
        Files.writeString(content.resolve("policies/leave.md"), "# Leave\n\nText.\n");
        PreviewSite site = preview();
        edit("policies/README.md", "Read them all.", "Read every one of them.");
        PreviewSite.Update update = site.update(List.of(content.resolve("policies/README.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertEquals(Set.of("policies/README.html", "policies/index.html"), Set.copyOf(update.written()));
        assertTrue(Files.readString(served.resolve("policies/index.html")).contains("every one of them"));
        assertSameAsFreshBuild(update);
    }

    /**
     * A Jupyter Book's root in a folder is published at index.html (JupyterBookRoot): read again after an edit, it keeps
     * that address, and the edit is the page's alone; read at its file's address, every edit of the home page was a full build.
     */
    @Test
    void anEditOfAJupyterBooksRootInAFolderRewritesTheHomePage() throws Exception {
        Files.delete(content.resolve("index.md"));
        Files.writeString(content.resolve("_toc.yml"), "format: jb-book\nroot: toolkit/one\nchapters:\n- file: toolkit/two\n- file: toolkit/three\n");
        PreviewSite site = preview();
        edit("toolkit/one.md", "Start here.", "Start here, with the new welcome text.");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertEquals(List.of("index.html"), update.written());
        assertTrue(Files.readString(served.resolve("index.html")).contains("the new welcome text"));
        assertSameAsFreshBuild(update);
    }

    @Test
    void aNewUseOfAGlossaryTermRewritesTheGlossaryPageToo() throws Exception {
        PreviewSite site = preview();
        assertFalse(Files.readString(served.resolve("glossary.html")).contains("one.html"), "one.md uses no term yet");
        Map<String, Stamp> before = snapshot(served);
        edit("toolkit/one.md", "More to read.", "More to read about boundaries.");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertEquals(Set.of("toolkit/one.html", "glossary.html"), Set.copyOf(update.written()));
        assertEquals(Set.of("toolkit/one.html", "glossary.html"), changed(before, snapshot(served)));
        assertTrue(Files.readString(served.resolve("glossary.html")).contains("toolkit/one.html"), "listed under Used in");
        assertSameAsFreshBuild(update);
    }

    /** With a glossary in each language (cy/glossary.md), a new use of a term needs the full build, which lists it in the right one. */
    @Test
    void aNewUseOfAWelshTermWithAGlossaryInEachLanguageNeedsTheFullBuild() throws Exception {
        TestHandbooks.write(dir, Map.of(
                "cy/toolkit/one.md", "---\ntitle: Un\n---\n\nTestun.\n",
                "cy/toolkit/two.md", "---\ntitle: Dau\n---\n\nSiaradwch â'ch cyfaill.\n",
                "cy/glossary.md", "---\ntitle: Geirfa\nkind: glossary\n---\n\nFfiniau\n: Y terfynau sy'n cadw cefnogaeth yn ddiogel.\n\n"
                        + "Cyfaill\n: Y person sy'n gwybod ble mae mentor.\n"));
        PreviewSite site = preview();
        assertFalse(Files.readString(served.resolve("cy/glossary.html")).contains("one.html"), "cy/toolkit/one.md uses no term yet");
        edit("cy/toolkit/one.md", "Testun.", "Testun am ffiniau.");
        PreviewSite.Update update = site.update(List.of(content.resolve("cy/toolkit/one.md")));
        assertFalse(update.applied(), "the Welsh glossary's Used in lists are the full build's to write");
        assertTrue(update.fullBuild().contains("glossary in each language"), update.fullBuild());
    }

    @Test
    void removingAHeadingAnotherPageLinksToBreaksThatLinkAndRestoringItMendsIt() throws Exception {
        PreviewSite site = preview();
        assertTrue(site.findings().stream().noneMatch(f -> f.file().equals("toolkit/two.md")), site.findings().toString());

        edit("toolkit/one.md", "## Getting started\n", "## Beginning\n");
        PreviewSite.Update broken = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(broken.applied(), broken.fullBuild());
        assertTrue(broken.written().contains("toolkit/two.html"), broken.written().toString());
        List<Finding> onTwo = broken.findings().stream().filter(f -> f.file().equals("toolkit/two.md")).toList();
        assertEquals(1, onTwo.size(), broken.findings().toString());
        assertTrue(onTwo.get(0).code().startsWith("link."), onTwo.toString());
        assertFalse(broken.passed(), "a broken link is an error");
        assertSameAsFreshBuild(broken);

        edit("toolkit/one.md", "## Beginning\n", "## Getting started\n");
        PreviewSite.Update mended = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(mended.applied(), mended.fullBuild());
        assertTrue(mended.findings().stream().noneMatch(f -> f.file().equals("toolkit/two.md")), mended.findings().toString());
        assertTrue(mended.passed());
        assertTrue(Files.readString(served.resolve("toolkit/two.html")).contains("one.html#getting-started"));
        assertSameAsFreshBuild(mended);
    }

    /** A Quarto page's own #later goes to the one page with that id (a book's way): renaming that heading breaks it. */
    @Test
    void renamingTheOnlyHeadingOfAnIdRewritesAQuartoPageLinkingToItByTheIdAlone() throws Exception {
        Files.writeString(content.resolve("toolkit/notes.qmd"), "---\ntitle: Notes\n---\n\nSee [what comes later](#later).\n");
        PreviewSite site = preview();
        assertTrue(Files.readString(served.resolve("toolkit/notes.html")).contains("one.html#later"));

        edit("toolkit/one.md", "## Later\n", "## Afterwards\n");
        PreviewSite.Update broken = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(broken.applied(), broken.fullBuild());
        assertTrue(broken.written().contains("toolkit/notes.html"), broken.written().toString());
        assertTrue(broken.findings().stream().anyMatch(f -> f.file().equals("toolkit/notes.qmd") && f.code().equals("link.anchor-missing")),
                broken.findings().toString());
        assertSameAsFreshBuild(broken);
    }

    /**
     * An R Markdown page's [Install Git] links to the heading of those words (Pandoc's implicit heading references):
     * renaming that heading leaves the words in brackets on the page referring to it, as a full build does.
     */
    @Test
    void renamingAHeadingRewritesAnRMarkdownPageReferringToItByItsWords() throws Exception {
        Files.writeString(content.resolve("install.Rmd"), "# Install Git\n\nText.\n\n## Check the version\n\nRun it.\n");
        Files.writeString(content.resolve("notes.Rmd"), "# Notes\n\nSee [the check][Check the version].\n");
        PreviewSite site = preview();
        assertTrue(Files.readString(served.resolve("notes.html")).contains("install.html#check-the-version"));

        edit("install.Rmd", "## Check the version\n", "## Check which version\n");
        PreviewSite.Update broken = site.update(List.of(content.resolve("install.Rmd")));
        assertTrue(broken.applied(), broken.fullBuild());
        assertTrue(broken.written().contains("notes.html"), broken.written().toString());
        assertSameAsFreshBuild(broken);
    }

    /** A bookdown part heading groups every page's menu: an edit of a page that holds one needs the full build. */
    @Test
    void anEditOfAPageWithABookdownPartNeedsTheFullBuild() throws Exception {
        Files.writeString(content.resolve("basics.Rmd"), "# (PART) Foundations {-}\n\n# Basics\n\nText.\n");
        PreviewSite site = preview();
        assertTrue(Files.readString(served.resolve("basics.html")).contains("Foundations"));
        edit("basics.Rmd", "(PART) Foundations", "(PART) Groundwork");
        PreviewSite.Update update = site.update(List.of(content.resolve("basics.Rmd")));
        assertFalse(update.applied());
        assertTrue(update.fullBuild().contains("parts group the menu"), update.fullBuild());
    }

    @Test
    void aTitleChangeNeedsTheFullBuildAndWritesNothing() throws Exception {
        PreviewSite site = preview();
        Map<String, Stamp> before = snapshot(served);
        edit("toolkit/one.md", "title: One\n", "title: The first one\n");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertFalse(update.applied());
        assertTrue(update.fullBuild().contains("front matter or title"), update.fullBuild());
        assertEquals(Set.of(), changed(before, snapshot(served)));
    }

    @Test
    void otherChangesNeedTheFullBuildAndEditorsTemporaryFilesAreIgnored() throws Exception {
        PreviewSite site = preview();
        Files.writeString(content.resolve("toolkit/four.md"), "# Four\n");
        assertFalse(site.update(List.of(content.resolve("toolkit/four.md"))).applied(), "a page added");
        Files.delete(content.resolve("toolkit/four.md"));
        assertFalse(site.update(List.of(content.resolve("handbook.yml"))).applied(), "the settings");
        assertFalse(site.update(List.of(content.resolve("glossary.md"))).applied(), "the glossary");
        assertFalse(site.update(List.of(dir.resolve("templates/page.ftlh"))).applied(), "a template");

        Map<String, Stamp> before = snapshot(served);
        Files.writeString(content.resolve("toolkit/.one.md.swp"), "swap");
        PreviewSite.Update swap = site.update(List.of(content.resolve("toolkit/.one.md.swp"), content.resolve("toolkit/4913"),
                content.resolve("toolkit/one.md")));
        assertTrue(swap.applied(), swap.fullBuild());
        assertEquals(List.of(), swap.written(), "a hidden file, a file that came and went, a page saved unchanged");
        assertEquals(Set.of(), changed(before, snapshot(served)));
    }

    @Test
    void theServedPageShowsTheNewTextAfterAnUpdate() throws Exception {
        PreviewSite site = preview();
        BuildStatus status = new BuildStatus();
        status.update(true, site.findings());
        HttpClient client = HttpClient.newHttpClient();
        try (PreviewServer server = new PreviewServer(served, status, 0)) {
            server.start();
            URI page = URI.create("http://127.0.0.1:" + server.port() + "/toolkit/one.html");
            String first = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(first.contains("Start here."));
            long version = status.version();

            edit("toolkit/one.md", "Start here.", "Start somewhere new.");
            PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
            assertTrue(update.applied(), update.fullBuild());
            status.update(update.passed(), update.findings());
            assertEquals(version + 1, status.awaitChange(version, 1, java.util.concurrent.TimeUnit.SECONDS), "open pages are told to reload");

            String second = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(second.contains("Start somewhere new."), second);
            assertFalse(second.contains("Start here."));
        }
        assertNotNull(site.result());
    }

    /**
     * A wiki's _Footer.md is on every page: a page's edit keeps it (the update's layouts are given it too), and the
     * footer's own edit builds every page again, as a template's does, after which every page shows the new words.
     */
    @Test
    void aWikisFooterStaysOnAnUpdatedPageAndItsEditBuildsEveryPage() throws Exception {
        Files.writeString(content.resolve("Home.md"), "The wiki's own front page.\n");
        Files.writeString(content.resolve("_Footer.md"), "Run by volunteers since 2019.\n");
        PreviewSite site = preview();
        edit("toolkit/one.md", "Start here.", "Start here, with the new welcome text.");
        PreviewSite.Update update = site.update(List.of(content.resolve("toolkit/one.md")));
        assertTrue(update.applied(), update.fullBuild());
        assertTrue(Files.readString(served.resolve("toolkit/one.html")).contains("Run by volunteers since 2019."));
        assertSameAsFreshBuild(update);

        Files.writeString(content.resolve("_Footer.md"), "Run by volunteers since 2020.\n");
        PreviewSite.Update footer = site.update(List.of(content.resolve("_Footer.md")));
        assertFalse(footer.applied());
        assertTrue(footer.fullBuild().contains("foot of every page"), footer.fullBuild());
        preview(); // what handbook:serve runs then
        for (String page : List.of("index.html", "toolkit/two.html", "glossary.html")) {
            assertTrue(Files.readString(served.resolve(page)).contains("Run by volunteers since 2020."), page);
        }
    }
}
