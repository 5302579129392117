package org.handbookpress.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.testing.KeptLog;
import org.handbookpress.uptodate.LastBuild;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build in a JVM of its own gives what the same build in this JVM gives: the result, the findings, the log. */
class BuildProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static BuildProcess.Jvm testJvm(String... options) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        return BuildProcess.Jvm.sameJava(classpath, List.of(options));
    }

    @Test
    void aPassingBuildGivesTheSameFindingsAndSite(@TempDir Path dir) throws Exception {
        ProjectFixture here = handbook(dir.resolve("here"));
        ProjectFixture there = handbook(dir.resolve("there"));
        BuildResult inProcess = here.build();
        KeptLog log = new KeptLog();
        BuildResult forked = BuildProcess.run(there.options(), WAIT, testJvm("-XX:TieredStopAtLevel=1"), log);
        assertEquals(inProcess.pages(), forked.pages());
        assertEquals(there.output(), forked.output());
        assertFalse(forked.findings().isEmpty(), "the handbook has a warning to carry across");
        assertEquals(inProcess.findings(), forked.findings());
        assertEquals(Files.readString(here.output().resolve("index.html")), Files.readString(there.output().resolve("index.html")));
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("Handbook built")), log.lines().toString());
    }

    @Test
    void aFailedBuildFailsWithItsFindings(@TempDir Path dir) throws Exception {
        ProjectFixture project = handbook(dir).file("broken.md", "---\ntitle: [unclosed\n---\nText\n");
        BuildFailure here = assertThrows(BuildFailure.class, project::build);
        BuildFailure forked = assertThrows(BuildFailure.class,
                () -> BuildProcess.run(project.options(), WAIT, testJvm(), BuildLog.SILENT));
        assertEquals(here.getMessage(), forked.getMessage());
        assertEquals(here.findings(), forked.findings());
        assertFalse(Files.exists(project.output()), "a failed build writes no site");
    }

    @Test
    void aJvmThatCannotStartIsAFindingAndAFailedReport(@TempDir Path dir) throws Exception {
        ProjectFixture project = handbook(dir);
        // A report from an earlier build that passed must not be left saying so.
        project.build();
        assertTrue(Files.readString(project.report(), StandardCharsets.UTF_8).contains("\"passed\": true"));
        KeptLog log = new KeptLog();
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> BuildProcess.run(project.options(), WAIT, testJvm("-XX:+NoSuchOptionAnywhere"), log));
        Finding finding = failure.findings().get(failure.findings().size() - 1);
        assertEquals("internal.error", finding.code());
        assertTrue(finding.message().contains("NoSuchOptionAnywhere"), finding.message());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("NoSuchOptionAnywhere")), log.lines().toString());
        String report = Files.readString(project.report(), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"passed\": false") && report.contains("internal.error"), report);
    }

    @Test
    void theBuildKeepsTheDigestOfItsInputsTheGoalTookInsteadOfTakingItAgain(@TempDir Path dir) throws Exception {
        ProjectFixture project = handbook(dir);
        BuildOptions options = project.options().withCache(dir.resolve("target/handbook-cache"));
        HandbookBuild never = goal(options);
        assertTrue(never.upToDate().isEmpty(), "never built");
        assertNull(never.inputs(), "with no last build to compare with, the goal leaves the digest to the build");
        BuildProcess.run(options, WAIT, never.inputs(), testJvm("-XX:TieredStopAtLevel=1"), BuildLog.SILENT);
        assertTrue(goal(options).upToDate().isPresent(), "the build took its own digest");

        project.file("guide/start.md", "---\ntitle: Start\n---\n# Start\n\nOther text.\n");
        HandbookBuild goal = goal(options);
        assertTrue(goal.upToDate().isEmpty(), "a page changed");
        String digest = goal.inputs();
        assertTrue(digest != null && digest.length() >= 32, "the goal took the digest: " + digest);
        // A digest the build could not have taken itself shows which one it kept.
        BuildProcess.run(options, WAIT, "handed-" + digest, testJvm("-XX:TieredStopAtLevel=1"), BuildLog.SILENT);
        assertEquals("handed-" + digest, LastBuild.read(options.cacheDir()).orElseThrow().inputs());
        BuildProcess.run(options, WAIT, digest, testJvm("-XX:TieredStopAtLevel=1"), BuildLog.SILENT);
        assertTrue(goal(options).upToDate().isPresent(), "the next goal finds the build up to date");
    }

    /**
     * The goal's build as AbstractHandbookMojo makes it: on the day it runs, as the build's own JVM is (ForkedBuild), so
     * that the digests they take of a project with a fixed date are alike.
     */
    private static HandbookBuild goal(BuildOptions options) {
        return new HandbookBuild(options, BuildLog.SILENT).onTheDayItRuns();
    }

    private static ProjectFixture handbook(Path root) throws Exception {
        return new ProjectFixture(root)
                .file("handbook.yml", "title: Fork test\n")
                .file("index.md", "---\ntitle: Home\n---\n# Home\n\nThe phone number is TBC, and a tab\there.\n")
                .file("guide/start.md", "---\ntitle: Start\n---\n# Start\n\nSome text.\n");
    }
}
