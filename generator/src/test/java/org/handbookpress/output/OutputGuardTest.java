package org.handbookpress.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths compared as real paths; only the build's own folders replaced. */
class OutputGuardTest {

    @TempDir
    Path dir;

    private Path content() throws Exception {
        return Files.createDirectories(dir.resolve("project/content"));
    }

    private Path project() {
        return dir.resolve("project");
    }

    @Test
    void anUnrelatedFolderWithFilesIsRefusedAndKeepsThem() throws Exception {
        Path webRoot = Files.createDirectories(dir.resolve("www"));
        Files.writeString(webRoot.resolve("keep.html"), "someone else's");
        UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                () -> OutputFolder.open(webRoot, content(), project()));
        assertTrue(e.getMessage().contains(webRoot.toRealPath().toString()) && e.getMessage().contains(OutputGuard.MARKER), e.getMessage());
        assertEquals("someone else's", Files.readString(webRoot.resolve("keep.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(2, siblings.count(), "no lock or staging folder was made beside it: " + dir);
        }
    }

    @Test
    void aMissingOrEmptyFolderIsFineAndAMarkedOneIsReplaced() throws Exception {
        Path out = dir.resolve("elsewhere/site");
        OutputFolder first = OutputFolder.open(out, content(), project());
        first.write("index.html", "one");
        first.commit();
        assertTrue(OutputGuard.isMarked(out), "the build marks its output");
        OutputFolder second = OutputFolder.open(out, content(), project());
        second.write("other.html", "two");
        second.commit();
        assertFalse(Files.exists(out.resolve("index.html")));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertDoesNotThrow(() -> OutputFolder.open(empty, content(), project()).abandon());
    }

    @Test
    void aLinkToAnUnrelatedFolderIsRefused() throws Exception {
        Path desktop = Files.createDirectories(dir.resolve("Desktop"));
        Files.writeString(desktop.resolve("notes.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("out-link"), desktop);
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(link, content(), project()));
        assertEquals("mine", Files.readString(desktop.resolve("notes.txt")));
        // Also a marker that is itself a link does not count.
        Path fake = Files.writeString(dir.resolve("fake-marker"), OutputGuard.MARKER_TEXT);
        Files.createSymbolicLink(desktop.resolve(OutputGuard.MARKER), fake);
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(desktop, content(), project()));
    }

    @Test
    void theContentSeenThroughALinkIsStillTheContent() throws Exception {
        Path real = content();
        Path link = Files.createSymbolicLink(dir.resolve("content-link"), real);
        // The output named through the link lies inside the content; so does one named directly when the content is the link.
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(link.resolve("site"), real, project()));
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(real.resolve("site"), link, project()));
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(link, real, project()));
        assertFalse(Files.exists(real.resolve("site")));
    }

    @Test
    void homeAndEveryFolderAboveItAndTheProjectAndAboveAreRefused() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home/someone"));
        String saved = System.getProperty("user.home");
        try {
            System.setProperty("user.home", home.toString());
            assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(home, null, null, null));
            assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(dir.resolve("home"), null, null, null));
            assertDoesNotThrow(() -> OutputGuard.check(home.resolve("site"), null, null, null));
        } finally {
            System.setProperty("user.home", saved);
        }
        Files.createDirectories(project());
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(project(), content(), null, project()));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(dir, content(), null, project()));
    }

    @Test
    void theTemplatesFolderIsTheAuthorsToo() throws Exception {
        Path templates = Files.createDirectories(project().resolve("templates"));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(templates, content(), templates, project()));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(templates.resolve("out"), content(), templates, project()));
    }

    @Test
    void anOutputFromBeforeTheMarkerIsReplacedOnlyInsideTheProjectsTarget() throws Exception {
        for (Path out : new Path[] {project().resolve("target/handbook"), dir.resolve("published")}) {
            Files.createDirectories(out.resolve("assets"));
            Files.writeString(out.resolve("index.html"), "<!doctype html>");
            Files.writeString(out.resolve("assets/theme.css"), "body{}");
            Files.writeString(out.resolve("assets/theme.js"), "");
        }
        assertDoesNotThrow(() -> OutputGuard.check(project().resolve("target/handbook"), content(), null, project()));
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(dir.resolve("published"), content(), null, project()));
        // Something kept in target/ by hand does not look like a build's output.
        Path kept = Files.createDirectories(project().resolve("target/keep"));
        Files.writeString(kept.resolve("data.csv"), "1,2");
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(kept, content(), null, project()));
    }

    @Test
    void aFileIsNotAnOutputFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("site"), "text");
        assertThrows(UnsafeOutputException.class, () -> OutputGuard.check(file, content(), null, project()));
    }

    @Test
    void eachRunStagesIntoAFolderOfItsOwnAndLeftoversOfKilledRunsAreCleared() throws Exception {
        Path out = dir.resolve("target/handbook");
        OutputFolder first = OutputFolder.open(out, content(), project());
        Path firstStaging = first.staging();
        first.write("index.html", "x");
        OutputFolder second;
        // The first still holds the lock: the second, not waiting, is refused.
        assertThrows(OutputLock.LockedException.class, () -> OutputFolder.open(out, content(), project()));
        first.close(); // as if killed: its lock goes, but pretend its staging stayed
        Files.createDirectories(firstStaging);
        Files.writeString(firstStaging.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        second = OutputFolder.open(out, content(), project());
        assertFalse(second.staging().equals(firstStaging));
        assertFalse(Files.exists(firstStaging), "a dead run's staging folder is cleared");
        second.write("index.html", "y");
        second.commit();
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(List.of(".handbook.lock", "handbook"), siblings.map(f -> f.getFileName().toString()).sorted().toList(),
                    "only the output and its (free) lock file are left: no staging or previous folder");
        }
    }
}
