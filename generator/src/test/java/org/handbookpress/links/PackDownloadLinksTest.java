package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * A page may link to what the build makes of its packs, as the Downloads page does. A tenants' association's session
 * plan linked "the starter pack" at ../downloads/rep-starter-pack.pdf and the check said there was no such file in the
 * content folder, "add the file to the content folder", an error that failed the build of a link that works.
 */
class PackDownloadLinksTest {

    @Test
    void aPageLinksToItsPacksPdfEditionsAndTheOfflineCopy(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Rep Handbook
                        packs:
                          - id: rep-starter-pack
                            title: Block Rep Starter Pack
                            editions: [standard, large-print, epub]
                            include: [training/]
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "training/new-rep-session.md", """
                        # New rep induction

                        Bring printed copies of [the starter pack](../downloads/rep-starter-pack.pdf) (or
                        [in large print](../downloads/rep-starter-pack-large-print.pdf), or [as an e-book](../downloads/rep-starter-pack.epub)),
                        and tell them about [the offline copy](../downloads/rep-handbook-offline.zip).

                        Not [a pack we do not have](../downloads/other-pack.pdf).
                        """));
        BuildResult result;
        try {
            result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withoutPdfs(), BuildLog.SILENT).run();
        } catch (org.handbookpress.BuildFailure failure) {
            result = new BuildResult(null, 0, failure.findings(), null);
        }
        List<String> broken = result.findings().stream().filter(f -> f.code().equals("link.broken")).map(f -> f.message()).toList();
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).contains("other-pack.pdf"), broken.toString());
        Path page = dir.resolve("site/training/new-rep-session.html");
        if (Files.exists(page)) {
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            List<String> hrefs = html.select("main a[href*=downloads/]").stream().map(a -> a.attr("href")).toList();
            assertEquals(List.of("../downloads/rep-starter-pack.pdf", "../downloads/rep-starter-pack-large-print.pdf",
                    "../downloads/rep-starter-pack.epub", "../downloads/rep-handbook-offline.zip"), hrefs);
        }
    }

    /** The links themselves, where the page is written: a build with the broken link left out. */
    @Test
    void theLinksAreRelativeToThePage(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Rep Handbook
                        packs:
                          - id: rep-starter-pack
                            title: Block Rep Starter Pack
                            include: [training/]
                        """,
                "index.md", "# Welcome\n\n[The pack](downloads/rep-starter-pack.pdf).\n",
                "training/deep/session.md", "# Session\n\n[The pack](../../downloads/rep-starter-pack.pdf).\n"));
        new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withoutPdfs(), BuildLog.SILENT).run();
        for (Map.Entry<String, String> page : Map.of("index.html", "downloads/rep-starter-pack.pdf",
                "training/deep/session.html", "../../downloads/rep-starter-pack.pdf").entrySet()) {
            Document html = Jsoup.parse(Files.readString(dir.resolve("site").resolve(page.getKey()), StandardCharsets.UTF_8));
            Element link = html.selectFirst("main a:contains(The pack)");
            assertEquals(page.getValue(), link.attr("href"), page.getKey());
        }
    }

    /**
     * [[Block Rep Starter Pack]], the title of a pack, linked nothing and failed the build with link.wiki-missing ("matches
     * no page title or path"): it links to the pack's PDF, or to its e-book where that is its only edition.
     */
    @Test
    void aWikiLinkByAPacksTitleLinksToItsFile(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Rep Handbook
                        packs:
                          - id: rep-starter-pack
                            title: Block Rep Starter Pack
                            include: [training/]
                          - id: pocket
                            title: Pocket Book
                            editions: [epub]
                            include: [training/]
                        """,
                "index.md", "# Welcome\n\nHello.\n",
                "training/session.md", "# Session\n\nBring the [[block rep starter pack]] and [[Pocket Book|the e-book]].\n"));
        new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withoutPdfs(), BuildLog.SILENT).run();
        Document html = Jsoup.parse(Files.readString(dir.resolve("site/training/session.html"), StandardCharsets.UTF_8));
        Element pack = html.selectFirst("main a:contains(starter pack)");
        assertEquals("../downloads/rep-starter-pack.pdf", pack.attr("href"));
        assertEquals("Block Rep Starter Pack", pack.text(), "named by its title, as [[safeguarding policy]] is by the page's");
        assertEquals("../downloads/pocket.epub", html.selectFirst("main a:contains(the e-book)").attr("href"));
    }
}
