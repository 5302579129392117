package org.handbookpress.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's watcher follows folders created, renamed and deleted while it runs, and sees the
 * served site disappear, with this system's watch method ({@link MacContentWatcherTest} and
 * {@link WindowsContentWatcherTest}: the others'). Each test waits for one burst of changes at a time, with
 * a generous limit (the machine may be busy), and for "nothing happens" until the watcher has looked twice since.
 */
class ContentWatcherTest {

    static final long CHANGE_SECONDS = 20;

    @TempDir
    Path project;
    Path content;
    Path templates;
    Path output;
    ContentWatcher watcher;
    final ExecutorService waiting = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws IOException {
        content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("index.md"), "# Home\n");
        Files.createDirectories(content.resolve("toolkit"));
        Files.writeString(content.resolve("toolkit/one.md"), "# One\n");
        templates = project.resolve("templates"); // not there yet
        output = Files.createDirectories(project.resolve("target/handbook"));
        watcher = watch(List.of(content, templates), output);
    }

    /** A watcher with this system's watch method. */
    ContentWatcher watch(List<Path> roots, Path output) throws IOException {
        return new ContentWatcher(roots, output);
    }

    @AfterEach
    void stop() throws IOException {
        waiting.shutdownNow();
        watcher.close();
    }

    /** Starts waiting for the next burst of changes. */
    Future<?> next() {
        return waiting.submit(() -> {
            watcher.awaitChanges();
            return null;
        });
    }

    static void seen(Future<?> burst, String what) throws Exception {
        burst.get(CHANGE_SECONDS, TimeUnit.SECONDS);
        assertTrue(burst.isDone(), what);
    }

    /**
     * What was done is no change: the watcher looked at everything twice since (the second look began after this was
     * called, so after what was done) and reported nothing. Looks, not a fixed time: a busy machine only makes it
     * slower. Every look waits {@link ContentWatcher#OUTPUT_CHECK_MILLIS} for an event, the JDK's and
     * {@link TreeWatchService}'s deliver theirs in a few milliseconds, and the output folder, the files beside the
     * roots and the roots themselves are looked at after it: a change would have been reported by then.
     */
    void notSeen(Future<?> burst, String what) throws Exception {
        long looked = watcher.quietLooks();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHANGE_SECONDS);
        while (watcher.quietLooks() < looked + 2 && !burst.isDone()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("the watcher did not look again within " + CHANGE_SECONDS + " s");
            }
            Thread.sleep(5);
        }
        if (burst.isDone()) {
            burst.get(); // a failure in the watcher shows as itself
            throw new AssertionError(what + " should not count as a change");
        }
    }

    @Test
    void aTemplatesFolderCreatedAfterStartIsWatched() throws Exception {
        Future<?> created = next();
        Files.createDirectories(templates.resolve("assets"));
        seen(created, "creating templates/");
        Future<?> edited = next();
        Files.writeString(templates.resolve("assets/theme.css"), "body { color: black; }\n");
        seen(edited, "a file written in the new templates/assets/");
    }

    @Test
    void aTemplatesFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Future<?> created = next();
        Files.createDirectories(templates);
        seen(created, "creating templates/");
        Future<?> deleted = next();
        Files.delete(templates);
        seen(deleted, "deleting templates/");
        Future<?> again = next();
        Files.createDirectories(templates);
        seen(again, "making templates/ again");
        Future<?> edited = next();
        Files.writeString(templates.resolve("page.ftlh"), "<p>${html}</p>\n");
        seen(edited, "a layout written in the new templates/");
    }

    /** On Linux a folder's watch follows it when it is moved, and nothing reports that it left its place. */
    @Test
    void aTemplatesFolderMovedAwayAndBackIsSeenBothTimes() throws Exception {
        Future<?> created = next();
        Files.createDirectories(templates);
        seen(created, "creating templates/");
        Future<?> moved = next();
        Files.move(templates, project.resolve("old-templates"));
        seen(moved, "moving templates/ away (mv templates old-templates)");
        Future<?> edited = next();
        Files.writeString(project.resolve("old-templates/page.ftlh"), "<p>${html}</p>\n");
        notSeen(edited, "a file written in the folder moved away");
        Files.move(project.resolve("old-templates"), templates);
        seen(edited, "moving it back");
        Future<?> again = next();
        Files.writeString(templates.resolve("page.ftlh"), "<p>${html}</p>\n");
        seen(again, "a layout written in templates/ moved back");
    }

    @Test
    void aFolderCreatedInsideContentIsWatched() throws Exception {
        Future<?> created = next();
        Files.createDirectories(content.resolve("policies/local"));
        seen(created, "creating policies/local/");
        Future<?> edited = next();
        Files.writeString(content.resolve("policies/local/data.md"), "# Data\n");
        seen(edited, "a page written in the new folder");
    }

    @Test
    void aRenamedSectionAndAFolderMadeInsideItAreWatched() throws Exception {
        Future<?> renamed = next();
        Files.move(content.resolve("toolkit"), content.resolve("guides"));
        seen(renamed, "renaming toolkit/ to guides/");
        Future<?> created = next();
        Files.createDirectories(content.resolve("guides/extra"));
        seen(created, "a folder made in the renamed section");
        Future<?> edited = next();
        Files.writeString(content.resolve("guides/extra/two.md"), "# Two\n");
        seen(edited, "a page written in a folder made in the renamed section");
    }

    /** npm installing packages in the content folder, git at work in it: no change to the handbook, and not watched. */
    @Test
    void installedPackagesAndVersionControlAreNoChange() throws Exception {
        Future<?> installed = next();
        Files.createDirectories(content.resolve("node_modules/left-pad"));
        Files.writeString(content.resolve("node_modules/left-pad/README.md"), "# left-pad\n");
        Files.createDirectories(content.resolve(".git/objects"));
        Files.writeString(content.resolve(".git/index"), "git status was here");
        notSeen(installed, "npm install and git status");
        Files.writeString(content.resolve("node_modules/left-pad/index.js"), "module.exports = 1;\n");
        notSeen(installed, "a package's file written after the folder was made");
        Files.writeString(content.resolve("toolkit/one.md"), "# One, edited\n");
        seen(installed, "a page edited next");
    }

    /** A page that was in the section before the rename, edited after it: named by its new path. */
    @Test
    void aPageEditedInARenamedSectionIsNamedByItsNewPath() throws Exception {
        Future<?> renamed = next();
        Files.move(content.resolve("toolkit"), content.resolve("guides"));
        seen(renamed, "renaming toolkit/ to guides/");
        Future<ContentWatcher.Changes> edited = waiting.submit(() -> watcher.awaitChangedFiles());
        Files.writeString(content.resolve("guides/one.md"), "# One, edited\n");
        ContentWatcher.Changes changes = edited.get(CHANGE_SECONDS, TimeUnit.SECONDS);
        assertEquals(java.util.Set.of(content.resolve("guides/one.md").toAbsolutePath().normalize()), changes.files());
    }

    @Test
    void aDeletedAndRecreatedSectionIsWatchedAgain() throws Exception {
        Future<?> deleted = next();
        Files.delete(content.resolve("toolkit/one.md"));
        Files.delete(content.resolve("toolkit"));
        seen(deleted, "deleting toolkit/");
        Future<?> created = next();
        Files.createDirectories(content.resolve("toolkit"));
        seen(created, "making toolkit/ again");
        Future<?> edited = next();
        Files.writeString(content.resolve("toolkit/three.md"), "# Three\n");
        seen(edited, "a page written in the new toolkit/");
    }

    @Test
    void theBuildsOwnFilesBesideAMissingTemplatesFolderDoNotCount() throws Exception {
        Future<?> burst = next();
        Files.writeString(project.resolve("target/handbook-report.json"), "{}");
        Files.writeString(project.resolve("notes.txt"), "not a handbook file");
        notSeen(burst, "a file written beside templates/");
        Files.writeString(content.resolve("index.md"), "# Home, edited\n");
        seen(burst, "an edit of a page");
    }

    /** Starts waiting for the next burst of changes, keeping what it names. */
    Future<ContentWatcher.Changes> nextChanges() {
        return waiting.submit(watcher::awaitChangedFiles);
    }

    @Test
    void aBurstNamesTheFilesItChangedAndIsOneChange() throws Exception {
        Future<ContentWatcher.Changes> burst = nextChanges();
        // An editor's save: a temporary file written and removed, the page truncated and written in steps.
        Path page = content.resolve("toolkit/one.md");
        Files.writeString(content.resolve("toolkit/4913"), "");
        Files.delete(content.resolve("toolkit/4913"));
        Files.writeString(page, "");
        Files.writeString(page, "# One\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(page, "\nEdited.\n", java.nio.file.StandardOpenOption.APPEND);
        ContentWatcher.Changes changes = burst.get(CHANGE_SECONDS, TimeUnit.SECONDS);
        assertTrue(changes.files().contains(page), changes.toString());
        assertFalse(changes.everything(), "a watcher that saw every event can say what changed");
        Future<ContentWatcher.Changes> another = nextChanges();
        notSeen(another, "the rest of one save");
        Files.writeString(content.resolve("index.md"), "# Home, edited\n");
        assertTrue(another.get(CHANGE_SECONDS, TimeUnit.SECONDS).files().contains(content.resolve("index.md")));
    }

    @Test
    void aFileBesideTheContentTheBuildReadsIsWatchedToo() throws Exception {
        Path mkdocs = project.resolve("mkdocs.yml");
        Files.writeString(mkdocs, "site_name: Drop-in\n");
        watcher.watchingAlso(() -> {
            try {
                return Files.readString(mkdocs);
            } catch (IOException e) {
                return "";
            }
        });
        Future<ContentWatcher.Changes> burst = nextChanges();
        Files.writeString(mkdocs, "site_name: Drop-in handbook\n");
        assertTrue(burst.get(CHANGE_SECONDS, TimeUnit.SECONDS).everything(), "another tool's settings: the full build");
        notSeen(next(), "the same settings again");
    }

    @Test
    void aDeletedOutputFolderIsRebuiltAtOnce() throws Exception {
        Future<ContentWatcher.Changes> burst = nextChanges();
        Files.delete(output);
        assertTrue(burst.get(CHANGE_SECONDS, TimeUnit.SECONDS).everything(), "deleting the served site needs the full build");
        assertFalse(Files.exists(output));
        // Until a build writes it again, a missing site is not a change over and over.
        notSeen(next(), "a site that is still missing");
    }
}
