package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;

/** A controlled policy prints its control block under the title and its history after the text, alone and in a pack. */
class DocumentControlPrintTest {

    private static String text(Path pdf, int from, int to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePolicyPdfStartsWithItsControlBlockAndEndsWithWhatChanged() throws Exception {
        Path site = TestHandbooks.example().output();
        String firstPage = text(site.resolve("downloads/policies/safeguarding.pdf"), 1, 1);
        for (String fact : new String[] {"Document control", "Version 3.1", "Owner Designated Safeguarding Lead",
                "Approved Board of Trustees, 14 May 2026", "Reviewed 10 May 2026"}) {
            assertTrue(firstPage.contains(fact), fact + " on the first page: " + firstPage);
        }
        String all = text(site.resolve("downloads/policies/safeguarding.pdf"), 1, 99);
        assertTrue(all.indexOf("What changed") > all.indexOf("Purpose"), "the history follows the policy's text");
        assertTrue(all.contains("3.0 2 May 2025 Rewritten after the annual review"), all);
    }

    @Test
    void packsPrintTheSameBlock() throws Exception {
        Path site = TestHandbooks.example().output();
        String pack = text(site.resolve("downloads/policy-pack.pdf"), 1, 999);
        assertTrue(pack.contains("Version 3.1") && pack.contains("Owner Designated Safeguarding Lead"),
                "the policy pack prints the safeguarding policy's control block");
    }
}
