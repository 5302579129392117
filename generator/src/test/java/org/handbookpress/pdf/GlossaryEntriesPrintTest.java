package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed glossary keeps each entry on one page: a coach's workbook had "Game sense" and its definition at the foot of
 * one page and its "Used in" line alone at the top of the next, under no term.
 */
class GlossaryEntriesPrintTest {

    private static final int TERMS = 60;

    @Test
    void noEntryIsSplitAcrossPages(@TempDir Path dir) throws Exception {
        StringBuilder glossary = new StringBuilder("---\nkind: glossary\n---\n# The words we use\n\n");
        StringBuilder uses = new StringBuilder("# Using them\n\n");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < TERMS; i++) {
            String term = "Kelp" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            terms.add(term);
            // Entries of one to three lines of definition, so that the page breaks fall at different places in them.
            glossary.append(term).append("\n: A word made up for this test, long enough to take most of a printed line in the glossary.")
                    .append(" It goes on for another line or two, as some definitions do, to explain itself.".repeat(i % 4)).append("\n")
                    .append("  Also: ").append(term.toLowerCase(java.util.Locale.ROOT)).append("s\n\n");
            uses.append("We use ").append(term).append(" here.\n\n");
        }
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Words\npacks:\n  - id: book\n    title: Book\n    include:\n      - uses.md\n      - glossary.md\n",
                "index.md", "# Home\n\nWelcome.\n", "uses.md", uses.toString(), "glossary.md", glossary.toString()));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        for (String pdfPath : List.of("downloads/glossary.pdf", "downloads/book.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(result.output().resolve(pdfPath).toFile())) {
                assertTrue(pdf.getNumberOfPages() >= 3, pdfPath + " should run over several pages: " + pdf.getNumberOfPages());
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(pdf));
                }
                List<String> split = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    // Whatever belongs to an entry (its definition, other forms, pages using it) stands under its term.
                    boolean underATerm = false;
                    for (String line : pages.get(p).split("\n")) {
                        if (terms.contains(line.strip())) {
                            underATerm = true;
                        } else if (!underATerm && (line.startsWith("A word made up") || line.startsWith("Also:")
                                || line.startsWith("Used in:"))) {
                            split.add("page " + (p + 1) + " starts with '" + line + "'");
                        }
                    }
                }
                assertEquals(List.of(), split, pdfPath + ": entries split across pages");
            }
        }
    }
}
