package org.handbookpress.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;

/** What a goal prints of its findings: each finding not shown before, then the counts of all of the build's. */
class FindingsReportTest {

    /** Maven's log, kept as lines. */
    private static final class KeptLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARNING " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }
    }

    private final Finding draft = Finding.notice("toolkit/06.md", 5, "page.draft", "draft page left out", "remove draft");
    private final Finding unreachable = Finding.warning("volunteers/roles.md", 0, "page.unreachable", "no menu entry", "add it");
    private final Finding longRule = Finding.warning("volunteers/roles.md", 9, "content.long-rule", "a long rule", "shorten it");

    @Test
    void aPreviewsUpdateShowsItsNewFindingAndCountsEveryFindingOfTheBuild() {
        ServeMojo mojo = new ServeMojo();
        KeptLog log = new KeptLog();
        mojo.setLog(log);

        mojo.report(List.of(longRule), List.of(draft, unreachable, longRule));

        assertEquals(1, log.lines.stream().filter(l -> l.startsWith("WARNING ")).count(), log.lines.toString());
        assertTrue(log.lines.get(0).contains("content.long-rule"), log.lines.toString());
        String summary = log.lines.get(log.lines.size() - 1);
        // Not "1 warning(s)": the report file, written with all three, says the same as this line.
        assertTrue(summary.startsWith("INFO Handbook report: 0 error(s), 2 warning(s), 1 notice(s)"), summary);
    }

    /** A full rebuild in the preview (after a template's edit) shows what it changed, not every finding again. */
    @Test
    void aPreviewsRebuildShowsOnlyTheFindingsTheLastBuildDidNotHave() {
        ServeMojo mojo = new ServeMojo();
        KeptLog log = new KeptLog();
        mojo.setLog(log);
        Finding broken = Finding.error("index.md", 3, "link.broken", "a broken link", "mend it");

        mojo.reportRebuild(null, List.of(draft, unreachable, longRule));
        assertEquals(2, log.lines.stream().filter(l -> l.startsWith("WARNING ")).count(), "the first build shows all: " + log.lines);
        log.lines.clear();
        mojo.reportRebuild(List.of(draft, unreachable, longRule), List.of(draft, unreachable, broken));

        assertEquals(List.of("ERROR index.md:3: error: a broken link — mend it [link.broken]"),
                log.lines.stream().filter(l -> !l.startsWith("INFO ")).toList(), log.lines.toString());
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("page.draft")), log.lines.toString());
        assertTrue(log.lines.contains("INFO 2 finding(s) as before, not shown again (the report lists them all); 1 finding(s) resolved"),
                log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO Handbook report: 1 error(s), 1 warning(s), 1 notice(s)")),
                log.lines.toString());
    }

    @Test
    void aBuildShowsAndCountsTheSameFindings() {
        BuildMojo mojo = new BuildMojo();
        KeptLog log = new KeptLog();
        mojo.setLog(log);
        mojo.report(List.of(Finding.error("index.md", 3, "link.broken", "a broken link", "mend it")));
        assertEquals("ERROR index.md:3: error: a broken link — mend it [link.broken]", log.lines.get(0));
        assertTrue(log.lines.get(log.lines.size() - 1).startsWith("INFO Handbook report: 1 error(s), 0 warning(s), 0 notice(s)"),
                log.lines.toString());
    }

    /** A page of filler text prints 20 lines of a code and one for the rest, where it printed thousands; the counts are of all. */
    @Test
    void aFilesFindingsOfOneCodeAreListedUpToTheLimitAndCountedAll() {
        BuildMojo mojo = new BuildMojo();
        KeptLog log = new KeptLog();
        mojo.setLog(log);
        List<Finding> todos = new ArrayList<>();
        for (int line = 1; line <= 500; line++) {
            todos.add(Finding.warning("filler.md", line, "placeholder.todo", "placeholder text left in: 'TODO'", "finish this part"));
        }
        mojo.report(todos);
        assertEquals(21, log.lines.stream().filter(l -> l.startsWith("WARNING ")).count(), log.lines.toString());
        assertTrue(log.lines.contains("WARNING filler.md:21: warning: 480 more warnings of this kind in this file, not listed (lines 21 to 500):"
                + " a report lists the first 20 of a kind in a file, and counts them all — finish this part; then build again to list any left"
                + " [placeholder.todo]"), log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(l -> l.matches("INFO +placeholder\\.todo +warning +500 +filler\\.md:1")), "the table counts all: " + log.lines);
        String summary = log.lines.get(log.lines.size() - 1);
        assertTrue(summary.startsWith("INFO Handbook report: 0 error(s), 500 warning(s), 0 notice(s), 480 of them not listed (at most 20 of a"
                + " code in a file are)"), summary);
    }

    @Test
    void aReportPathRefusedIsNotNamedAsWritten() {
        BuildMojo mojo = new BuildMojo();
        KeptLog log = new KeptLog();
        mojo.setLog(log);
        mojo.report = new java.io.File("/tmp/handbook/content/report.json");
        mojo.report(List.of(Finding.error("", 0, "output.report-unsafe", "refusing to write the report there; nothing was written", "set it")));
        String summary = log.lines.get(log.lines.size() - 1);
        assertFalse(summary.contains("JSON report"), summary);
        mojo.report(List.of(Finding.error("index.md", 3, "link.broken", "a broken link", "mend it")));
        assertTrue(log.lines.get(log.lines.size() - 1).endsWith("; JSON report: /tmp/handbook/content/report.json"), log.lines.toString());
    }
}
