package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy's change history (changes: in its front matter) ends its part. A tenants' association's A5 policy folder
 * printed its safeguarding policy on two pages, the second blank but for its running title and page number: the history's
 * table kept its bottom margin at the page's foot, which the engine does not drop. Policies of a few lengths around that
 * one, each on its own PDF, none ending on a blank page.
 */
class ChangeHistoryFootTest {

    private static final String POLICY = """
            ---
            title: Safeguarding Policy %d
            kind: policy
            reviewed: 2025-05-01
            review-every: 12 months
            owner: Committee secretary
            approved-by: Committee
            approved: 2025-05-20
            version: "2.1"
            changes:
              - version: "2.1"
                date: 2025-05-01
                summary: New contact numbers.
              - version: "2.0"
                date: 2024-04-12
                summary: Rewritten after training.
            ---
            # Safeguarding Policy %d

            Reps visit people at home. Sometimes they see things that worry them.

            ## Who to contact

            Call the safeguarding lead first. If someone is in immediate danger, call 999.%s

            ## Confidentiality

            We share worries only with those who need to know.
            """;

    @Test
    void aPolicyWhoseHistoryReachesThePagesFootEndsThere(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("handbook.yml", """
                title: Rep Handbook
                organisation: Larkfield Estate Tenants' Association
                language: en-GB
                packs:
                  - id: policy-folder
                    title: Policy Folder
                    include: ["policies/*.md"]
                    paper: A5
                """);
        files.put("index.md", "# Home\n\nHello.\n");
        String[] extras = {"", " Write down what you saw.", " Write down what you saw, and when.", "\n\nWrite down what you saw.",
                "\n\nWrite down what you saw, when, and who else was there."};
        for (int i = 0; i < extras.length; i++) {
            files.put("policies/safeguarding-" + i + ".md", POLICY.formatted(i, i, extras[i]));
        }
        Path content = TestHandbooks.write(dir.resolve("content"), files);
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        Map<String, Integer> blank = new LinkedHashMap<>();
        for (int i = 0; i < extras.length; i++) {
            String file = "downloads/policies/safeguarding-" + i + ".pdf";
            try (PDDocument pdf = Loader.loadPDF(site.resolve(file).toFile())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    if (bodyLines(pdf, page) == 0) {
                        blank.put(file, page);
                    }
                }
            }
        }
        assertEquals(Map.of(), blank, "PDFs with a page holding only its running title and page number");
    }

    /** The page's lines of text other than its running title (the first line) and its foot ("… Page 2 of 2"). */
    private static long bodyLines(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).lines().map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> !line.startsWith("Rep Handbook") && !line.contains("Page " + page + " of")).count();
    }
}
