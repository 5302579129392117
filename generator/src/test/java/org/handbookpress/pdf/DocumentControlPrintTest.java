package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A controlled policy prints its control block under the title and its history after the text, alone and in a pack. */
class DocumentControlPrintTest {

    private static String text(Path pdf, int from, int to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
            // A date's no-break spaces (U+00A0, which \\s does not match) read as the spaces they print as.
            return stripper.getText(doc).replaceAll("[\\s\u00A0]+", " ");
        }
    }

    /** A handbook of these policies and a pack "rules" of them all, built on 2026-11-01; its site folder. */
    private static Path rules(Path dir, Map<String, String> policies) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(policies);
        files.put("handbook.yml", "title: Rules\npacks:\n  - id: rules\n    title: Rules\n    include: [policies/*.md]\n");
        files.put("index.md", "# Home\n\nWelcome.\n");
        return TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("site")).output();
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

    /** The website says "Status: Review overdue" and warns; a printed copy, alone or in a pack, says the same. */
    @Test
    void aPolicyOverdueForReviewPrintsItsStatusAndTheWarning(@TempDir Path dir) throws Exception {
        Path site = rules(dir, Map.of(
                "policies/lone-working.md", "---\ntitle: Lone working\nkind: policy\nreviewed: 2025-02-01\nreview-every: 12 months\n---\n"
                        + "Tell someone where you are.\n",
                "policies/expenses.md", "---\ntitle: Expenses\nkind: policy\nowner: Treasurer\nreviewed: 2025-03-01\n"
                        + "review-every: 12 months\n---\nKeep receipts.\n",
                "policies/safeguarding.md", "---\ntitle: Safeguarding\nkind: policy\nreviewed: 2026-10-01\nreview-every: 12 months\n---\n"
                        + "Tell the lead.\n"));
        for (String policy : new String[] {"lone-working", "expenses"}) {
            String own = text(site.resolve("downloads/policies/" + policy + ".pdf"), 1, 1);
            assertTrue(own.contains("Review overdue"), policy + ": " + own);
            assertTrue(own.contains("This document is overdue for review."), policy + ": " + own);
        }
        String current = text(site.resolve("downloads/policies/safeguarding.pdf"), 1, 1);
        assertTrue(current.contains("Reviewed 1 October 2026") && !current.contains("overdue"), current);
        String pack = text(site.resolve("downloads/rules.pdf"), 1, 99);
        assertTrue(pack.contains("Reviewed 1 February 2025 · next review due 1 February 2026 · Status on 1 November 2026: Review overdue"), pack);
        assertTrue(pack.contains("Status on 1 November 2026 Review overdue"), "the control block of the policy with an owner: " + pack);
        assertTrue(pack.split("is overdue for review", -1).length == 3, "two warnings: " + pack);
    }

    /**
     * A policy prints its review dates and where its review stands at the print always, not only when overdue (as GOV.UK's
     * and the NHS's policies do): a current copy said nothing of its status, and one never reviewed not even that.
     */
    @Test
    void everyPolicyPrintsItsReviewAndItsStatusOnThePrintsDate(@TempDir Path dir) throws Exception {
        Path site = rules(dir, Map.of(
                "policies/expenses.md", "---\ntitle: Expenses\nkind: policy\nowner: Treasurer\nreviewed: 2026-10-01\n"
                        + "review-every: 12 months\n---\nKeep receipts.\n",
                "policies/safeguarding.md", "---\ntitle: Safeguarding\nkind: policy\nreviewed: 2026-10-01\nreview-every: 12 months\n---\n"
                        + "Tell the lead.\n",
                "policies/visits.md", "---\ntitle: Home visits\nkind: policy\nowner: Coordinator\n---\nGo in pairs.\n",
                "policies/phones.md", "---\ntitle: Phones\nkind: policy\n---\nKeep it charged.\n"));
        String controlled = text(site.resolve("downloads/policies/expenses.pdf"), 1, 1);
        assertTrue(controlled.contains("Review Reviewed 1 October 2026 · next review due 1 October 2027"), controlled);
        assertTrue(controlled.contains("Status on 1 November 2026 Up to date"), controlled);
        String plain = text(site.resolve("downloads/policies/safeguarding.pdf"), 1, 1);
        assertTrue(plain.contains("Reviewed 1 October 2026 · next review due 1 October 2027 · Status on 1 November 2026: Up to date"), plain);
        String neverReviewed = text(site.resolve("downloads/policies/visits.pdf"), 1, 1);
        assertTrue(neverReviewed.contains("Review No date recorded"), neverReviewed);
        assertTrue(neverReviewed.contains("Status on 1 November 2026 No review date"), neverReviewed);
        String neither = text(site.resolve("downloads/policies/phones.pdf"), 1, 1);
        assertTrue(neither.contains("Status on 1 November 2026: No review date"), neither);
        String pack = text(site.resolve("downloads/rules.pdf"), 1, 99);
        assertTrue(pack.split("Status on 1 November 2026", -1).length == 5, "each of the four policies: " + pack);
    }

    /**
     * On A5 the status's heading broke its date ("Status on 1 November" above "2026"), the review line broke "1 July" from
     * "2027", and a policy without an owner's line under its title ended "Status on 1" with "November 2026" below. Each
     * date now stays whole on a line, and so does "Status on 1 November 2026" (no-break spaces: a span kept whole by CSS is
     * drawn after the rest of its line, and text read in the PDF's order came out of order).
     */
    @Test
    void onA5TheReviewLinesKeepTheirDatesWhole(@TempDir Path dir) throws Exception {
        Map<String, String> files = Map.of(
                "handbook.yml", "title: Rules\npacks:\n  - id: rules\n    title: Rules\n    paper: A5\n    include: [policies/*.md]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "policies/confidentiality.md", "---\ntitle: Confidentiality\nkind: policy\nowner: Operations Manager\n"
                        + "approved-by: Board of Trustees\napproved: 2026-07-08\nversion: \"2.0\"\nreviewed: 2026-07-01\nreview-every: 12 months\n---\n"
                        + "Keep what you hear to yourself.\n",
                "policies/lone-working.md", "---\ntitle: Lone working\nkind: policy\nreviewed: 2026-02-01\nreview-every: 12 months\n---\n"
                        + "Tell someone where you are.\n");
        Path site = TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("site")).output();
        List<String> lines;
        try (PDDocument doc = Loader.loadPDF(site.resolve("downloads/rules.pdf").toFile())) {
            lines = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').lines().map(String::strip).toList();
        }
        for (String whole : List.of("Status on 1 November 2026", "1 July 2026", "1 July 2027", "1 February 2026", "1 February 2027")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(whole)), whole + " on one line: " + lines);
        }
        assertTrue(lines.stream().filter(line -> line.contains("Status on 1 November 2026")).count() == 2, "both policies: " + lines);
    }

    /**
     * The block's caption, "Document control", names the table under it: it printed straight under the policy's summary,
     * as if its last line, with the table's top margin between it and the table it names.
     */
    @Test
    void theCaptionStandsNearerItsTableThanTheSummaryAboveIt(@TempDir Path dir) throws Exception {
        Path site = rules(dir, Map.of("policies/photos.md", "---\ntitle: Photographs\nkind: policy\n"
                + "summary: When you may take photographs of players.\nowner: Club Secretary\nreviewed: 2026-10-01\n"
                + "review-every: 12 months\n---\nAsk first.\n"));
        for (String pdf : List.of("downloads/policies/photos.pdf", "downloads/rules.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                List<Object[]> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        // Each line's text and the top of its tallest letter, in points from the page's top.
                        float top = Float.MAX_VALUE;
                        for (TextPosition p : positions) {
                            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                        }
                        lines.add(new Object[] {text.strip(), top, positions.get(0).getYDirAdj()});
                    }
                };
                stripper.setSortByPosition(true);
                stripper.getText(doc);
                float summaryBaseline = baseline(lines, "When you may take photographs of players.");
                float captionTop = top(lines, "Document control");
                float captionBaseline = baseline(lines, "Document control");
                float tableTop = top(lines, "Owner");
                assertTrue(captionTop - summaryBaseline > tableTop - captionBaseline, pdf + ": the caption is "
                        + (captionTop - summaryBaseline) + " pt under the summary and " + (tableTop - captionBaseline)
                        + " pt over its table");
            }
        }
    }

    private static float top(List<Object[]> lines, String text) {
        return (float) line(lines, text)[1];
    }

    private static float baseline(List<Object[]> lines, String text) {
        return (float) line(lines, text)[2];
    }

    private static Object[] line(List<Object[]> lines, String text) {
        return lines.stream().filter(l -> l[0].equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + lines.stream().map(l -> (String) l[0]).toList()));
    }
}
