package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdBookHiddenClassTest {

    /**
     * A chapter with mdBook's hidden class, as its guide shows it (guide/src/format/mdbook.md), and a hidden section; a
     * chapter (its front matter says so), so that the build prints it too.
     */
    private static final Map<String, String> BOOK = Map.of(
            "SUMMARY.md", "# Summary\n\n- [Rota](rota.md)\n",
            "rota.md", """
                    ---
                    kind: chapter
                    ---

                    # Rota

                    Shifts start at nine.

                    <div class="hidden">This will not be seen.</div>

                    <div class="note hidden">

                    ## Unseen notes

                    Kept for the editors: see [the start](#unseen-notes).

                    </div>

                    ```html
                    <div class="hidden">Shown: an example in code.</div>
                    ```
                    """);

    /**
     * mdBook's stylesheet hides an element of class hidden, and its guide says so; here such an element is hidden by
     * HTML's hidden attribute, so it is neither on the page nor in its contents, its search text or its PDF. It was shown
     * to every reader, and the search found its words.
     */
    @Test
    void anElementOfClassHiddenIsHiddenInAnMdBook(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), BOOK);
        Files.writeString(content.getParent().resolve("book.toml"), "[book]\ntitle = \"Drop-in rota\"\n");
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("handbook.yml:0 config.site-file"), TestHandbooks.codes(result), "the link into it is no broken one");
        Document page = TestHandbooks.page(out, "rota.html");
        assertEquals(2, page.select("main .hidden[hidden]").size(), page.select("main").html());
        assertEquals(List.of(), page.select("nav.page-toc a, .page-toc a").eachText(), "its heading is in no contents");
        assertTrue(page.selectFirst("main pre code").text().contains("Shown: an example in code."));
        String search = searchText(out);
        assertTrue(search.contains("Shifts start at nine"), search);
        assertFalse(search.contains("will not be seen") || search.contains("Kept for the editors"), search);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out.resolve("downloads"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
        assertFalse(pdfs.isEmpty());
        for (Path file : pdfs) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Shifts start at nine"), file + ":\n" + text);
                assertFalse(text.contains("will not be seen") || text.contains("Kept for the editors"), file + ":\n" + text);
            }
        }
    }

    /** Outside an mdBook book the class means what the site's own stylesheet made it, which is not known: left alone. */
    @Test
    void elsewhereTheClassIsLeftAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        TestHandbooks.buildWithoutPdfs(TestHandbooks.write(dir.resolve("c"), BOOK), out);
        Document page = TestHandbooks.page(out, "rota.html");
        assertEquals(2, page.select("main .hidden").size());
        assertEquals(0, page.select("main [hidden]").size());
    }

    /** Every word the search index holds, from its files. */
    private static String searchText(Path out) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().contains("search") && Files.isRegularFile(f)
                    && (f.toString().endsWith(".json") || f.toString().endsWith(".js"))).toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }
}
