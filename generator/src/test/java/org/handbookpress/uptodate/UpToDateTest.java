package org.handbookpress.uptodate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.testing.KeptLog;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build with nothing changed does nothing and repeats the findings; any change makes it build. */
class UpToDateTest {

    @TempDir
    Path root;
    private ProjectFixture project;
    private final KeptLog log = new KeptLog();

    @BeforeEach
    void handbook() throws IOException {
        project = new ProjectFixture(root)
                .file("handbook.yml", "title: Up to date\n")
                .file("index.md", "---\ntitle: Home\n---\n# Home\n\nThe phone number is TBC.\n")
                .file("guide/start.md", "---\ntitle: Start\n---\n# Start\n\nSome text.\n");
    }

    private BuildOptions options() {
        return project.options().withCache(root.resolve("target/handbook-cache")).withThreads(2);
    }

    private BuildResult build(BuildOptions options) throws BuildFailure {
        log.clear();
        return new HandbookBuild(options, log).run();
    }

    private boolean skipped() {
        return log.lines().stream().anyMatch(l -> l.startsWith("Handbook up to date"));
    }

    @Test
    void aSecondBuildWithNothingChangedDoesNothingAndRepeatsTheFindings() throws Exception {
        BuildResult first = build(options());
        assertFalse(skipped(), log.lines().toString());
        assertFalse(first.findings().isEmpty(), "a warning to repeat");
        String report = Files.readString(project.report(), StandardCharsets.UTF_8);
        Path home = project.output().resolve("index.html");
        FileTime written = Files.getLastModifiedTime(home);
        Files.delete(project.report());

        BuildResult second = build(options());
        assertTrue(skipped(), log.lines().toString());
        assertEquals(first.findings(), second.findings());
        assertEquals(first.pages(), second.pages());
        assertEquals(written, Files.getLastModifiedTime(home), "nothing was written again");
        assertEquals(report, Files.readString(project.report(), StandardCharsets.UTF_8), "the same report, written again");
        assertEquals(second.findings(), new HandbookBuild(options(), BuildLog.SILENT).upToDate().orElseThrow().findings());
    }

    /**
     * With the project's date fixed, the day the goal runs is an input too: a review fallen due since the last build
     * (review.overdue-today) was left out of a report repeated from it, the inputs being otherwise the same.
     */
    @Test
    void aLaterDayBuildsWhenTheProjectFixesTheDate() throws Exception {
        project.file("policies/repairs.md", "---\ntitle: Repairs\nkind: policy\nreviewed: 2025-11-20\nreview-every: 12 months\n---\nText.\n");
        BuildOptions fixed = options().withTimestamp(Instant.parse("2026-11-01T00:00:00Z"));
        log.clear();
        BuildResult first = new HandbookBuild(fixed, log).onTheDay(java.time.LocalDate.of(2026, 11, 10)).run();
        assertFalse(first.findings().stream().anyMatch(f -> f.code().equals("review.overdue-today")), "not due on the 10th");
        log.clear();
        BuildResult later = new HandbookBuild(fixed, log).onTheDay(java.time.LocalDate.of(2026, 12, 7)).run();
        assertFalse(skipped(), "another day: " + log.lines());
        assertTrue(later.findings().stream().anyMatch(f -> f.code().equals("review.overdue-today")), later.findings().toString());
        log.clear();
        BuildResult again = new HandbookBuild(fixed, log).onTheDay(java.time.LocalDate.of(2026, 12, 7)).run();
        assertTrue(skipped(), "the same day, nothing changed: " + log.lines());
        assertEquals(later.findings(), again.findings());
    }

    @Test
    void anEditedPageOrTemplateBuilds() throws Exception {
        build(options());
        project.file("guide/start.md", "---\ntitle: Start\n---\n# Start\n\nOther text.\n");
        build(options());
        assertFalse(skipped(), "a page changed");
        assertTrue(Files.readString(project.output().resolve("guide/start.html")).contains("Other text."));
        build(options());
        assertTrue(skipped(), "nothing changed since");

        Files.createDirectories(root.resolve("templates/assets"));
        Files.writeString(root.resolve("templates/assets/extra.css"), "p { margin: 0 }\n");
        build(options());
        assertFalse(skipped(), "a template was added");
    }

    @Test
    void anEditedMkDocsSiteBesideTheContentBuilds() throws Exception {
        // The content folder as an MkDocs site's docs: its settings are read from the mkdocs.yml beside it.
        Files.delete(project.content().resolve("handbook.yml"));
        Path mkdocs = project.content().resolveSibling("mkdocs.yml");
        Files.writeString(mkdocs, "site_name: First name\ndocs_dir: " + project.content().getFileName() + "\n", StandardCharsets.UTF_8);
        build(options());
        build(options());
        assertTrue(skipped(), "nothing changed");
        Files.writeString(mkdocs, "site_name: Second name\ndocs_dir: " + project.content().getFileName() + "\n", StandardCharsets.UTF_8);
        build(options());
        assertFalse(skipped(), "the site's name changed");
        assertTrue(Files.readString(project.output().resolve("index.html")).contains("Second name"));
    }

    @Test
    void anEditedSnippetOfTheMkDocsProjectOutsideTheContentBuilds() throws Exception {
        // MkDocs' snippets are looked for from the project's top (its base_path, "." by default): includes/ beside docs/.
        Path top = project.content().getParent();
        Files.writeString(top.resolve("mkdocs.yml"), "site_name: Site\ndocs_dir: " + project.content().getFileName()
                + "\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: [.]\n", StandardCharsets.UTF_8);
        Files.createDirectories(top.resolve("includes"));
        Files.writeString(top.resolve("includes/contacts.md"), "Call the office on 0100.\n");
        Files.writeString(project.content().resolve("contacts.md"), "# Contacts\n\n--8<-- \"includes/contacts.md\"\n");
        build(options());
        assertTrue(Files.readString(project.output().resolve("contacts.html")).contains("Call the office on 0100."));
        build(options());
        assertTrue(skipped(), "nothing changed");
        Files.writeString(top.resolve("includes/contacts.md"), "Call the office on 0199.\n");
        build(options());
        assertFalse(skipped(), "the snippet changed");
        assertTrue(Files.readString(project.output().resolve("contacts.html")).contains("Call the office on 0199."));
    }

    @Test
    void anOutputChangedByHandOrDeletedBuilds() throws Exception {
        build(options());
        Path home = project.output().resolve("index.html");
        Files.writeString(home, "changed by hand");
        build(options());
        assertFalse(skipped(), "an output file changed");
        assertFalse(Files.readString(home).equals("changed by hand"));

        Files.delete(project.output().resolve("guide/start.html"));
        build(options());
        assertFalse(skipped(), "an output file is missing");
        assertTrue(Files.isRegularFile(project.output().resolve("guide/start.html")));

        build(options());
        assertTrue(skipped());
    }

    @Test
    void otherSettingsBuild() throws Exception {
        build(options());
        build(options().withTimestamp(Instant.parse("2026-12-24T00:00:00Z")));
        assertFalse(skipped(), "another date");
        assertThrows(BuildFailure.class, () -> build(options().withTimestamp(Instant.parse("2026-12-24T00:00:00Z")).withStrict(true)));
        assertFalse(skipped(), "strict: the warning fails the build");
        build(options().checkingOnly());
        assertFalse(skipped(), "a check always checks");
        build(options().withoutPdfs());
        assertFalse(skipped(), "a build without PDFs always builds");
        build(options().withCache(null));
        assertFalse(skipped(), "without a cache folder there is no record");
        build(options());
        build(options());
        assertTrue(skipped());
        build(options().withThreads(1));
        assertFalse(skipped(), "a build on other threads (one comparing their bytes) builds");
    }

    @Test
    void aFailedBuildInBetweenLeavesTheLastGoodOutputUpToDateForItsInputs() throws Exception {
        build(options());
        String good = Files.readString(project.content().resolve("guide/start.md"));
        project.file("guide/start.md", "---\ntitle: [unclosed\n---\nText\n");
        assertThrows(BuildFailure.class, () -> build(options()));
        assertFalse(skipped());
        project.file("guide/start.md", good);
        build(options());
        assertTrue(skipped(), "the output is that of these inputs: the failed build left it as it was");
    }

    @Test
    void anUnreadableRecordBuilds() throws Exception {
        build(options());
        Files.writeString(root.resolve("target/handbook-cache/last-build.txt"), "something else\n");
        build(options());
        assertFalse(skipped());
        build(options());
        assertTrue(skipped(), "the record was written again");
    }
}
