package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docsy's {@code toc_hide: true}, the Hugo Learn and Relearn themes' {@code hidden: true} (and Docusaurus'
 * {@code unlisted: true}) keep a page out of the
 * menu, yet build it, found by links and search: so here, and previous and next pass it by; on a section's own page they
 * leave the whole section out of the menu. The keys were unknown-key warnings, and the pages in the menu.
 */
class MenuHidingKeysTest {

    @Test
    void aPageItsThemeKeptOutOfTheMenuIsBuiltButNotInTheMenu(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.md", "# Home\n\nSee [the thank-you page](toolkit/thanks.md) and [the old notes](old/_index.md).\n",
                "toolkit/first.md", "---\ntitle: First steps\nweight: 1\n---\nText.\n",
                "toolkit/thanks.md", "---\ntitle: Thank you\nweight: 2\ntoc_hide: true\n---\nThanks for signing up.\n",
                "toolkit/last.md", "---\ntitle: Last steps\nweight: 3\n---\nText.\n",
                "toolkit/draft-ideas.md", "---\ntitle: Ideas\nsidebar_position: 4\nunlisted: true\n---\nText.\n",
                "old/_index.md", "---\ntitle: Old notes\nHidden: true\n---\nKept for reference.\n",
                "old/rota.md", "---\ntitle: Old rota\n---\nText.\n"));
        BuildResult result;
        try {
            result = TestHandbooks.buildWithoutPdfs(content, dir.resolve("out"));
        } catch (BuildFailure failure) {
            throw new AssertionError(failure.findings().toString(), failure);
        }
        Path out = dir.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("toolkit/thanks.html")) && Files.isRegularFile(out.resolve("old/rota.html")));
        Document first = TestHandbooks.page(out, "toolkit/first.html");
        List<String> menu = first.select("nav.site-nav a").eachAttr("href");
        assertTrue(menu.stream().anyMatch(href -> href.endsWith("last.html")), menu.toString());
        assertFalse(menu.stream().anyMatch(href -> href.contains("thanks") || href.contains("ideas") || href.contains("old/")), menu.toString());
        assertEquals("last.html", first.selectFirst("a.pager-next").attr("href"), "the pager passes it by");
        assertTrue(TestHandbooks.page(out, "toolkit/thanks.html").select("a.pager-next, a.pager-prev").isEmpty());
        assertTrue(TestHandbooks.page(out, "index.html").select("main a[href=toolkit/thanks.html]").size() == 1, "its link stays");
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().equals("config.unknown-key") || f.code().startsWith("link."))
                .map(f -> f.file() + " " + f.code() + " " + f.message()).toList());
    }

    /**
     * A chapter the menu leaves out takes no number: the chapter after it was "Chapter 3" on the page and in its PDF, the
     * menu showing it second. The hidden chapter says "Chapter", without a number, as it is in no reading order.
     */
    @Test
    void aChapterLeftOutOfTheMenuShiftsNoNumbers(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.md", "# Home\n\nSee [the answers](course/02-answers.md).\n",
                "course/01-welcome.md", "---\nkind: chapter\n---\n# Welcome\n\nText.\n",
                "course/02-answers.md", "---\nkind: chapter\nnav_exclude: true\n---\n# Answers\n\nText.\n",
                "course/03-practice.md", "---\nkind: chapter\n---\n# Practice\n\nText.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        assertEquals("Chapter 1", TestHandbooks.page(out, "course/01-welcome.html").select(".chapter-number").text());
        assertEquals("Chapter 2", TestHandbooks.page(out, "course/03-practice.html").select(".chapter-number").text(), "not 3");
        assertEquals("Chapter", TestHandbooks.page(out, "course/02-answers.html").select(".chapter-number").text());
        // The chapters' PDFs say the same, the hidden one no "Chapter 0".
        String practice = pdfText(out.resolve("downloads/course/03-practice.pdf"));
        assertTrue(practice.contains("CHAPTER 2"), practice); // capitals by the print style
        String answers = pdfText(out.resolve("downloads/course/02-answers.pdf"));
        assertTrue(answers.contains("CHAPTER") && !answers.matches("(?s).*CHAPTER \\d.*"), answers);
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
