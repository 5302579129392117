package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbookpress.BuildFailure;
import org.handbookpress.findings.Finding;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each document-control rule, through the front matter an author writes (today is 2026-11-01). */
class DocumentControlChecksTest {

    @TempDir
    java.nio.file.Path dir;

    private List<String> findings(String frontMatter, boolean strict) throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/p.md", "---\ntitle: P\nkind: policy\nreviewed: 2026-06-01\nreview-every: 12 months\n" + frontMatter
                        + "---\n\nThe policy text.\n");
        List<Finding> all;
        try {
            all = p.build(p.options().withStrict(strict)).findings();
        } catch (BuildFailure failure) {
            all = failure.findings();
        }
        return all.stream().filter(f -> f.code().startsWith("control.") || f.code().startsWith("front-matter"))
                .map(f -> f.line() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.code()).toList();
    }

    private static final String CONTROLLED = "owner: Safeguarding Lead\napproved-by: Trustees\napproved: 2026-06-03\nversion: \"2.0\"\n";

    @Test
    void aFullyControlledPolicyHasNoFinding() throws Exception {
        assertEquals(List.of(), findings(CONTROLLED + "changes:\n  - version: \"2.0\"\n    date: 2026-05-30\n    summary: New text.\n"
                + "  - version: \"1.0\"\n    date: 2025-01-01\n    summary: First.\n", false));
    }

    @Test
    void aPolicyWithoutOwnerOrApprovalIsANoticeAndAWarningInStrictMode() throws Exception {
        assertEquals(List.of("1 notice control.approval", "1 notice control.owner"), findings("", false));
        assertEquals(List.of("1 warning control.approval", "1 warning control.owner"), findings("", true));
    }

    /**
     * Half an approval: the advice asks for the half that is missing, on the line of the half that is there. A pantry
     * network's safeguarding policy gave 'approved-by: Trustee board' and was told to add 'approved-by:' as well as the date.
     */
    @Test
    void halfAnApprovalIsAskedForTheOtherHalf() throws Exception {
        assertEquals(List.of("7 notice control.approval: this policy does not say when it was approved -> add 'approved: YYYY-MM-DD'"
                        + " to its front matter: the date Trustees approved it"),
                advice("owner: Safeguarding Lead\napproved-by: Trustees\n"));
        assertEquals(List.of("7 notice control.approval: this policy does not say who approved it -> add 'approved-by:' to its front"
                        + " matter: who approved it on 2026-06-03 (e.g. the board of trustees)"),
                advice("owner: Safeguarding Lead\napproved: 2026-06-03\n"));
        assertEquals(List.of("1 notice control.approval: this policy does not say who approved it or when -> add 'approved-by:'"
                        + " (e.g. the board of trustees) and 'approved: YYYY-MM-DD' to its front matter"),
                advice("owner: Safeguarding Lead\n"));
    }

    /** The build's date here is the project's (project.build.outputTimestamp): named as what may be out of date. */
    @Test
    void anApprovalAfterAFixedBuildDateNamesTheTimestamp() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/p.md", "---\ntitle: P\nkind: policy\nreviewed: 2026-06-01\nreview-every: 12 months\n"
                        + "owner: Safeguarding Lead\napproved-by: Trustees\napproved: 2026-12-24\n---\n\nThe policy text.\n");
        Finding future = p.build().findings().stream().filter(f -> f.code().equals("control.approved-future")).findFirst().orElseThrow();
        assertEquals("'approved' is 2026-12-24, after the build's date (2026-11-01, from project.build.outputTimestamp in pom.xml)",
                future.message());
        assertEquals("set 'approved' to the date the approval was given, once it has been given; if it was given then, the build's"
                + " date is out of date: update project.build.outputTimestamp", future.fix());
    }

    private List<String> advice(String frontMatter) throws Exception {
        ProjectFixture p = new ProjectFixture(dir).file("handbook.yml", "title: T\n")
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("policies/p.md", "---\ntitle: P\nkind: policy\nreviewed: 2026-06-01\nreview-every: 12 months\n" + frontMatter
                        + "---\n\nThe policy text.\n");
        return p.build(p.options()).findings().stream().filter(f -> f.code().equals("control.approval"))
                .map(f -> f.line() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.code() + ": " + f.message()
                        + " -> " + f.fix()).toList();
    }

    /** The date is there, written wrongly: its own finding says how to write it, and no second one says it is missing. */
    @Test
    void anApprovalDateWrittenWronglyIsOneFinding() throws Exception {
        assertEquals(List.of("8 error front-matter.date"),
                findings("owner: Safeguarding Lead\napproved-by: Trustees\napproved: 5th March 2024\n", false));
    }

    @Test
    void anApprovalInTheFutureIsAWarning() throws Exception {
        assertEquals(List.of("8 warning control.approved-future"),
                findings(CONTROLLED.replace("2026-06-03", "2027-01-05"), false));
    }

    @Test
    void anApprovalBeforeSeveralEarlierVersionsIsOneWarning() throws Exception {
        assertEquals(List.of("8 warning control.approved-order"), findings(CONTROLLED.replace("2026-06-03", "2024-01-01")
                + "changes:\n  - version: \"1.5\"\n    date: 2025-06-01\n    summary: Second.\n"
                + "  - version: \"1.0\"\n    date: 2024-06-01\n    summary: First.\n", false).stream()
                .filter(f -> f.endsWith("approved-order")).toList());
    }

    @Test
    void anApprovalOlderThanAnEarlierVersionIsAWarning() throws Exception {
        assertEquals(List.of("8 warning control.approved-order"), findings(CONTROLLED.replace("2026-06-03", "2025-03-01")
                + "changes:\n  - version: \"2.0\"\n    date: 2025-02-01\n    summary: New.\n"
                + "  - version: \"1.5\"\n    date: 2025-04-01\n    summary: Older version, later date.\n", false).subList(0, 1));
    }

    @Test
    void versionsThatDoNotGoUpWithTheDatesAreAWarning() throws Exception {
        assertEquals(List.of("17 warning control.version-order"), findings(CONTROLLED
                + "changes:\n  - version: \"2.0\"\n    date: 2026-01-01\n    summary: Now.\n"
                + "  - version: \"1.10\"\n    date: 2025-01-01\n    summary: Before.\n"
                + "  - version: \"1.9\"\n    date: 2025-06-01\n    summary: Numbered below the one before it.\n", false));
    }

    @Test
    void aChangeNewerThanTheReviewIsAWarningOnItsEntry() throws Exception {
        assertEquals(List.of("11 warning control.change-after-review"), findings(CONTROLLED.replace("2026-06-03", "2026-07-03")
                + "changes:\n  - version: \"2.0\"\n    date: 2026-07-01\n    summary: Changed after the review of 1 June.\n", false));
    }

    @Test
    void theNewestChangeMustBeTheCurrentVersion() throws Exception {
        assertEquals(List.of("9 warning control.version-mismatch"), findings(CONTROLLED
                + "changes:\n  - version: \"2.1\"\n    date: 2026-05-01\n    summary: A version the page does not claim.\n", false));
    }

    @Test
    void aMalformedHistoryIsReportedOnItsLine() throws Exception {
        assertEquals(List.of("11 error front-matter.changes"), findings(CONTROLLED + "changes:\n  - just a line\n", false));
        assertEquals(List.of("11 warning front-matter.changes"), findings(CONTROLLED
                + "changes:\n  - version: \"2.0\"\n    summary: No date.\n", false));
        assertEquals(List.of("13 error front-matter.date"), findings(CONTROLLED
                + "changes:\n  - version: \"2.0\"\n    summary: Bad date.\n    date: 1 May\n", false));
    }
}
