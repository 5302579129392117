package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a pack of chapters from several folders, a chapter says which section it is in, as its web page's eyebrow does
 * ("Chapter 1 · Stock"); a pack of one folder's chapters numbers them alone, as before (PdfPacksBuildTest). Chapters are
 * numbered within their folder, so a pantry network's toolkit in three folders printed as a pack listed "Chapter 1",
 * "Chapter 2" three times over in its contents, nothing telling the first "Chapter 1" from the others.
 */
class PackChapterLabelsTest {

    @Test
    void aPacksChaptersFromSeveralFoldersNameTheirSections(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Pantry handbook
                        language: en-GB
                        packs:
                          - id: toolkit
                            title: Pantry toolkit
                            include: [toolkit/]
                        """,
                "index.md", "# Home\n\nWelcome to the pantry.\n",
                "toolkit/01-arriving/01-first-shift.md", "---\nkind: chapter\n---\n# Your first shift\n\nCome ten minutes early.\n",
                "toolkit/01-arriving/02-hygiene.md", "---\nkind: chapter\n---\n# Washing hands\n\nBefore and after every task.\n",
                "toolkit/02-opening/01-tables.md", "---\nkind: chapter\n---\n# Laying out tables\n\nOne way round the room.\n",
                "toolkit/02-opening/02-door.md", "---\nkind: chapter\n---\n# At the door\n\nSay hello first.\n"));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        String contents = text(out.resolve("downloads/toolkit.pdf"), 2).replaceAll("\\s+", " ");
        // Capitals by the print style.
        assertTrue(contents.contains("CHAPTER 1 · ARRIVING Your first shift"), contents);
        assertTrue(contents.contains("CHAPTER 1 · OPENING Laying out tables"), contents);
        assertTrue(contents.contains("CHAPTER 2 · OPENING At the door"), contents);
    }

    private static String text(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        }
    }
}
