package org.handbookpress.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @Test
    void previousOutputStaysUntilCommit(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("target/handbook");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.html"), "old");
        Files.writeString(out.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        OutputFolder folder = OutputFolder.open(out, dir.resolve("content"), dir);
        folder.write("index.html", "new");
        assertTrue(Files.exists(out.resolve("old.html")));
        folder.abandon();
        assertEquals("old", Files.readString(out.resolve("old.html")));

        OutputFolder second = OutputFolder.open(out, dir.resolve("content"), dir);
        second.write("sub/index.html", "new");
        second.commit();
        assertFalse(Files.exists(out.resolve("old.html")));
        assertEquals("new", Files.readString(out.resolve("sub/index.html")));
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(2, siblings.count(), "no staging folder left behind, only the output and its free lock file");
        }
    }

    @Test
    void refusesPathsThatLeaveTheOutput(@TempDir Path dir) throws Exception {
        OutputFolder folder = OutputFolder.open(dir.resolve("out"), dir.resolve("content"), dir);
        assertThrows(IllegalArgumentException.class, () -> folder.write("../escape.html", "x"));
        assertThrows(IllegalArgumentException.class, () -> folder.write("/etc/passwd", "x"));
        assertThrows(IllegalArgumentException.class, () -> folder.write("a/../../escape.html", "x"));
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void refusesDangerousOutputFolders(@TempDir Path dir) {
        Path content = dir.resolve("content");
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(content, content, dir));
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(dir, content, dir));
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(Path.of("/"), content, dir));
        assertThrows(UnsafeOutputException.class, () -> OutputFolder.open(content.resolve("site"), content, dir));
    }
}
