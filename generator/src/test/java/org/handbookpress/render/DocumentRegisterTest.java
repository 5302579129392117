package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildResult;
import org.handbookpress.testing.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Documents page as a policy register, and its spreadsheet copy. */
class DocumentRegisterTest {

    @TempDir
    Path dir;

    private ProjectFixture handbook() throws Exception {
        return new ProjectFixture(dir).file("handbook.yml", "title: Register\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/controlled.md", """
                        ---
                        title: Safeguarding Policy
                        kind: policy
                        reviewed: 2026-05-10
                        review-every: 12 months
                        owner: Safeguarding Lead
                        approved-by: Board of Trustees
                        approved: 2026-05-14
                        version: "3.1"
                        changes:
                          - version: "3.0"
                            date: 2025-05-02
                            summary: Rewritten to cover adults at risk.
                          - version: "3.1"
                            date: 2026-05-10
                            summary: Added online concerns, "quoted", with a comma.
                        ---

                        The policy.
                        """)
                .file("policies/bare.md", "---\ntitle: \"=HYPERLINK(\\\"http://x.example\\\",\\\"click\\\")\"\nkind: policy\n"
                        + "reviewed: 2024-01-01\nreview-every: 12 months\n---\n\nNo control at all.\n")
                .file("guides/handover.md", "---\ntitle: Handover Guide\nowner: Volunteer Coordinator\nversion: \"1\"\n---\n\nA guide.\n");
    }

    /** Among the overdue (and those due soon), the longest overdue first, whatever their titles (the build's day: 1 November 2026). */
    @Test
    void theLongestOverdueComeFirst() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Register\n").file("index.md", "# Home\n\nWelcome.\n");
        String policy = "---\ntitle: %s\nkind: policy\nreviewed: %s\nreview-every: 12 months\n---\n\nText.\n";
        p.file("policies/a.md", policy.formatted("Anti-bullying", "2025-10-20"))
                .file("policies/b.md", policy.formatted("Bank cards", "2024-03-01"))
                .file("policies/c.md", policy.formatted("Complaints", "2025-06-01"))
                .file("policies/d.md", policy.formatted("Data", "2025-11-20"))
                .file("policies/e.md", policy.formatted("Equality", "2025-11-10"));
        p.build();
        Document page = Jsoup.parse(p.output().resolve("documents.html").toFile());
        assertEquals(List.of("Bank cards", "Complaints", "Anti-bullying", "Equality", "Data"),
                page.select(".documents-table tbody tr th[scope=row] > a:not(.doc-pdf)").eachText(),
                "overdue since March 2025, June, then 20 October; due soon on 10 then 20 November");
    }

    @Test
    void theRegisterListsEveryControlledDocumentOverdueFirstWithItsControlColumns() throws Exception {
        ProjectFixture p = handbook();
        BuildResult result = p.build();
        Document page = Jsoup.parse(p.output().resolve("documents.html").toFile());
        List<String> titles = page.select(".documents-table tbody tr th[scope=row] > a:not(.doc-pdf)").eachText();
        assertEquals(List.of("=HYPERLINK(\"http://x.example\",\"click\")", "Handover Guide", "Safeguarding Policy"), titles,
                "what needs attention first: overdue, then no review date, then up to date");
        List<String> headers = page.select(".documents-table thead th").eachText();
        assertEquals(List.of("Document", "Kind", "Owner", "Last reviewed", "Next review", "Status"), headers,
                "six columns, which fit a laptop; the version under the kind, the approval under the owner");
        Element controlled = page.select(".documents-table tbody tr").get(2);
        assertEquals(List.of("Policies", "Guides", "Policies"), page.select(".documents-table .doc-section").eachText(),
                "each document's section, which tells apart a federation's policies of one title");
        assertEquals("Version 3.1", controlled.selectFirst("td[data-label=Kind] .doc-version").text());
        Element owner = controlled.selectFirst("td[data-label=Owner]");
        assertEquals("Safeguarding Lead", owner.attr("data-sort"), "the column sorts by the owner, not the approval under it");
        assertTrue(owner.text().startsWith("Safeguarding Lead Approved "), owner.text());
        assertTrue(owner.selectFirst(".doc-approval").text().endsWith("by Board of Trustees"), owner.text());
        assertEquals(1, owner.select(".doc-approval time[datetime]").size(), "the approval's date, for a machine too");
        assertEquals("overdue", page.select(".documents-table tbody tr").get(0).className().replace("status-", ""));
        assertEquals("documents.csv", page.selectFirst(".register-download a").attr("href"));
        assertTrue(page.select("script[src$=register.js]").size() == 1, "sorting is a script file, not inline");
        assertTrue(result.findings().stream().anyMatch(f -> f.file().equals("policies/bare.md") && f.code().equals("control.owner")));
    }

    @Test
    void theSpreadsheetHasTheRegisterColumnsAndCannotRunAFormula() throws Exception {
        ProjectFixture p = handbook();
        p.build();
        String csv = Files.readString(p.output().resolve("documents.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("Document,Section,Kind,Version,Owner,Approved by,Approved,Last reviewed,Review every,Next review,Status,Address", lines[0]);
        assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",Policies,Policy,,,,,2024-01-01,12 months,2025-01-01,Review overdue,policies/bare.html",
                lines[1], "a formula becomes text: an apostrophe first, then RFC 4180 quoting");
        assertEquals("Handover Guide,Guides,Document,1,Volunteer Coordinator,,,,,,No review date,guides/handover.html", lines[2]);
        assertEquals("Safeguarding Policy,Policies,Policy,3.1,Safeguarding Lead,Board of Trustees,2026-05-14,2026-05-10,12 months,2027-05-10,Up to date,"
                + "policies/controlled.html", lines[3]);
        assertEquals(4, lines.length);
    }

    @Test
    void aControlledPageShowsItsControlBlockAndWhatChangedNewestFirst() throws Exception {
        ProjectFixture p = handbook();
        p.build();
        Document page = Jsoup.parse(p.output().resolve("policies/controlled.html").toFile());
        String facts = page.selectFirst(".review-box").text();
        for (String fact : List.of("Version 3.1", "Owner Safeguarding Lead", "Board of Trustees", "14 May 2026", "Last reviewed",
                "Next review", "Up to date")) {
            assertTrue(facts.contains(fact), fact + " in: " + facts);
        }
        List<String> versions = page.select(".change-history tbody th").eachText();
        assertEquals(List.of("3.1", "3.0"), versions);
        Document guide = Jsoup.parse(p.output().resolve("guides/handover.html").toFile());
        assertTrue(guide.selectFirst(".review-box").text().contains("Owner Volunteer Coordinator"), "any page that sets control shows it");
    }

    /**
     * A policy written for another register (last_reviewed, approved_by, approval_date, policy_owner), its review period
     * given to its folder by handbook.yml under another name too: the register lists its review's dates and status and its
     * control, and the build says nothing of its keys. It was listed with "No review date", and each key a warning.
     */
    @Test
    void aPolicysReviewUnderAnotherNameIsInTheRegister() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", """
                        title: Register
                        defaults:
                          - path: "policies/*.md"
                            values:
                              kind: policy
                              review_frequency: 12 months
                        """)
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/lone-working.md", """
                        ---
                        title: Lone Working Policy
                        last_reviewed: "2025-08-08"
                        policy_owner: Volunteer Manager
                        approved_by: Board of Trustees
                        approval_date: 2025-08-20
                        version: 1.0.0
                        ---

                        Tell someone where you are going.
                        """);
        BuildResult result = p.build();
        String csv = Files.readString(p.output().resolve("documents.csv"), StandardCharsets.UTF_8);
        assertEquals("Lone Working Policy,Policies,Policy,1.0.0,Volunteer Manager,Board of Trustees,2025-08-20,2025-08-08,12 months,2026-08-08,"
                + "Review overdue,policies/lone-working.html", csv.split("\r\n")[1]);
        Document page = Jsoup.parse(p.output().resolve("documents.html").toFile());
        assertEquals("overdue", page.select(".documents-table tbody tr").get(0).className().replace("status-", ""));
        assertEquals(List.of("policies/lone-working.md:3 review.overdue"), result.findings().stream()
                .filter(f -> f.file().startsWith("policies/")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList(),
                "the review is overdue, at the line the page wrote it on; no key is unknown");
    }

    /**
     * A policy whose register keeps only the next review's date (next_review) is in the register with that date and its
     * status from it, where it was "No review date" with review.missing and an unknown-key warning.
     */
    @Test
    void aPolicyWithOnlyItsNextReviewsDateHasItsStatusFromIt() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: Register\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/lone-working.md", "---\ntitle: Lone Working Policy\nkind: policy\nnext_review: 2026-10-01\n---\n\nText.\n");
        BuildResult result = p.build();
        String csv = Files.readString(p.output().resolve("documents.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.split("\r\n")[1].contains(",2026-10-01,Review overdue,"), csv);
        assertEquals(List.of("policies/lone-working.md:4 review.overdue"), result.findings().stream()
                .filter(f -> f.code().startsWith("review.") || f.code().startsWith("config.")).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", SpreadsheetCell.of("plain"));
        assertEquals("\"a, b\"", SpreadsheetCell.of("a, b"));
        assertEquals("'+1", SpreadsheetCell.of("+1"));
        assertEquals("'-2", SpreadsheetCell.of("-2"));
        assertEquals("'@SUM(A1)", SpreadsheetCell.of("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetCell.of("\tx"));
    }
}
