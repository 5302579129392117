package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableOfContentsTest {

    @Test
    void secondAndThirdLevelHeadingsWithIdsButNotThoseMarkedNoToc() {
        var content = Jsoup.parseBodyFragment("""
                <h2 id="toc" class="no_toc">Table of contents</h2><h2 id="a">A</h2><h3 id="b">B</h3><h4 id="c">C</h4>
                <h2>No id</h2><h3 id="d" class="no_toc text-delta">D</h3>
                """).body();
        List<Map<String, Object>> toc = TableOfContents.of(content);
        assertEquals(List.of("a", "b"), toc.stream().map(e -> e.get("id")).toList());
        assertEquals(List.of(2, 3), toc.stream().map(e -> e.get("level")).toList());
    }

    /**
     * A deck's title slide, "# Welcome to Llanfair Harriers", is a slide card's {@code h2} on the deck's page like every
     * other slide's heading; the page's "On this page" began at the second slide (a sports club's induction deck).
     */
    @Test
    void aSlideDecksPageListsItsTitleSlideInItsContents(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Coaches\nlanguage: en-GB\n",
                "index.md", "# Home\n\nHello.\n",
                "training/induction.md", "---\ntitle: Induction slides\nkind: slides\n---\n\n# Welcome to Llanfair Harriers\n\n"
                        + "Volunteer coach induction\n\n---\n\n## Three things every coach does\n\n- Walk the field\n\n---\n\n"
                        + "## Two kinds of session\n\nAthletics and walking football.\n\n---\n\n## A good drill\n\nShort queues.\n",
                "toolkit/chapter.md", "# A chapter\n\n## First\n\nOne.\n\n## Second\n\nTwo.\n\n## Third\n\nThree.\n"));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        assertEquals(List.of("#welcome-to-llanfair-harriers", "#three-things-every-coach-does", "#two-kinds-of-session", "#a-good-drill"),
                contents(site.resolve("training/induction.html")));
        assertEquals(List.of("#first", "#second", "#third"), contents(site.resolve("toolkit/chapter.html")),
                "another page's # heading is its title, not one of its sections");
    }

    private static List<String> contents(Path page) throws java.io.IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select(".page-toc a").eachAttr("href");
    }
}
