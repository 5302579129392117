package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenants' association printing on Letter asked for editions: [standard, large-print] and got its large print on A4,
 * which a North American office printer shrinks to fit or cuts off at the foot; Letter is wider than A4, so the reason
 * for A4 (an A5 page at 18 pt holds too few words a line) does not hold for it. An A5 pack's large print stays on A4.
 */
class LargePrintPaperTest {

    private static final String DECK = """
            ---
            title: Repairs in ten minutes
            kind: slides
            ---
            ## First report

            The date the landlord first knew is what counts.

            ---

            ## Escalation

            Letter, complaint, Ombudsman.
            """;

    @Test
    void aLetterPacksLargePrintIsOnLetterWithEachSlideOnOnePage(@TempDir Path dir) throws Exception {
        Path site = build(dir, "Letter");
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/starter-large-print.pdf").toFile())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertEquals(PDRectangle.LETTER.getWidth(), box.getWidth(), 1.0, "page " + page + " is Letter");
                assertEquals(PDRectangle.LETTER.getHeight(), box.getHeight(), 1.0, "page " + page + " is Letter");
            }
            // Each slide of the deck on a page of its own with its lines: no page left holding only a slide's writing lines.
            int first = pageWith(pdf, "First report");
            int second = pageWith(pdf, "Escalation");
            assertTrue(first > 0 && second > 0, "both slides printed");
            assertEquals(first + 1, second, "the second slide on the page after the first's");
        }
    }

    @Test
    void anA5PacksLargePrintIsOnA4(@TempDir Path dir) throws Exception {
        Path site = build(dir, "A5");
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/starter-large-print.pdf").toFile())) {
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1.0);
        }
    }

    private static int pageWith(PDDocument pdf, String words) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(pdf);
            if (text.contains(words) && !text.contains("Contents")) {
                return page;
            }
        }
        return -1;
    }

    private static Path build(Path dir, String paper) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Rep Handbook
                        language: en-US
                        packs:
                          - id: starter
                            title: Starter pack
                            paper: %s
                            editions: [standard, large-print]
                            include: [casework/logging.md, training/deck.md]
                        """.formatted(paper),
                "index.md", "# Home\n\nHello.\n",
                "casework/logging.md", "---\ntitle: Logging a repair\nkind: chapter\n---\nEvery report goes into the log the same day.\n",
                "training/deck.md", DECK));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        return site;
    }
}
