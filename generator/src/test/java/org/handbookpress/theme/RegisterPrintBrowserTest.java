package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Documents page printed from the browser (a trainer's Ctrl+P), on A4: every column of the register is on the
 * paper, its review dates above all. The register is wider than a printed page's text when its cells keep to one line,
 * as they do on a screen (where it scrolls sideways); on paper nothing scrolls, and the last columns were cut off.
 */
class RegisterPrintBrowserTest {

    @TempDir
    Path temp;

    @Test
    void everyColumnOfTheRegisterIsOnThePaper() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "policies/complaints.md", "---\ntitle: Comments, compliments and complaints\nkind: policy\nversion: 2.1\n"
                        + "owner: Chief officer and the chair of trustees\napproved: 2025-11-20\napproved-by: Board of Trustees, finance sub-committee\n"
                        + "reviewed: 2025-11-20\nreview-every: 12 months\n"
                        + "description: How anyone can tell us what went well, what did not, and how we answer them.\n---\n"
                        + "Anyone can raise a concern.\n",
                "policies/expenses.md", "---\ntitle: Volunteer expenses\nkind: policy\nversion: 1.4\nowner: Finance officer\n"
                        + "approved: 2025-07-01\napproved-by: Operations Committee\nreviewed: 2025-07-01\nreview-every: 6 months\n---\n"
                        + "Nobody should be out of pocket.\n"));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();

        byte[] pdf;
        try (DevToolsBrowser browser = DevToolsBrowser.start(temp, 1280, 900, List.of())) {
            browser.navigate(site.resolve("documents.html").toUri().toString());
            browser.waitUntil("!!document.querySelector('.documents-table .sort-button')", 5_000);
            // A4, as the page's own @page margins have it (preferCSSPageSize), without the browser's header and footer.
            pdf = Base64.getDecoder().decode(browser.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "preferCSSPageSize", true, "displayHeaderFooter", false, "printBackground", true)).path("data").asText());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrintedCharacters characters = new PrintedCharacters();
            String text = characters.getText(doc);
            for (String wanted : List.of("Next review", "Last reviewed", "Status", "20 November 2026", "1 January 2026",
                    "Board of Trustees", "every 6 months")) {
                assertTrue(text.replaceAll("\\s+", " ").contains(wanted), "'" + wanted + "' is printed: " + text);
            }
            float paper = doc.getPage(0).getMediaBox().getWidth();
            List<String> off = characters.all.stream().filter(c -> c.getXDirAdj() + c.getWidthDirAdj() > paper)
                    .map(c -> c.getUnicode() + " at " + c.getXDirAdj()).limit(10).toList();
            assertEquals(List.of(), off, "characters beyond the paper's edge (" + paper + " pt)");
            assertFalse(text.contains("Show only documents containing"), "the filter, for the screen, is not printed");
        }
    }

    /**
     * A register longer than a page starts on the page under its heading: kept whole (break-inside: avoid, as a short
     * table rightly is), it was moved to page 2 and broken over pages 2 and 3 all the same, leaving page 1 two thirds
     * empty under the page's title and summary.
     */
    @Test
    void aRegisterLongerThanAPageStartsUnderItsHeading() throws Exception {
        HeadlessChromium.assumeAvailable();
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "handbook.yml", "title: Carers' Circle\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n"));
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            String title = "Policy number " + i;
            titles.add(title);
            files.put("policies/p" + i + ".md", "---\ntitle: " + title + "\nkind: policy\nversion: 1." + i + "\nowner: Finance officer\n"
                    + "approved: 2025-07-01\napproved-by: Board of Trustees\nreviewed: 2025-07-01\nreview-every: 12 months\n"
                    + "description: What we do, who does it, and how a volunteer or a member of staff raises a question about it.\n---\n"
                    + "Text.\n");
        }
        Path content = TestHandbooks.write(temp.resolve("c"), files);
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        byte[] pdf;
        try (DevToolsBrowser browser = DevToolsBrowser.start(temp, 1280, 900, List.of())) {
            browser.navigate(site.resolve("documents.html").toUri().toString());
            browser.waitUntil("!!document.querySelector('.documents-table .sort-button')", 5_000);
            pdf = Base64.getDecoder().decode(browser.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "preferCSSPageSize", true, "displayHeaderFooter", false, "printBackground", true)).path("data").asText());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "the register is longer than a page: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertTrue(titles.stream().anyMatch(first::contains), "page 1 holds some of the register: " + first);
        }
    }
}
