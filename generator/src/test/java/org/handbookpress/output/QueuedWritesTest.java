package org.handbookpress.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.handbookpress.work.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files given from many threads are all written, in order, by the time the queue is closed; a failure is not lost. */
class QueuedWritesTest {

    @Test
    void everyFileIsWrittenByClose(@TempDir Path dir) throws Exception {
        OutputFolder folder = OutputFolder.open(dir.resolve("out"), dir.resolve("content"), dir);
        try (QueuedWrites queue = folder.queued()) {
            Parallel.forEach(IntStream.range(0, 500).boxed().toList(), 4, i -> {
                queue.write("p/" + (i % 7) + "/f" + i + ".txt", "file " + i);
                return null;
            });
            queue.write("twice.txt", "first");
            queue.write("twice.txt", "second"); // in the order given: the second stays
            // Bigger than all the room there is: written, not waited for forever.
            queue.write("big.bin", new byte[QueuedWrites.MAX_PENDING_BYTES + 10]);
        }
        for (int i = 0; i < 500; i++) {
            assertEquals("file " + i, Files.readString(folder.resolve("p/" + (i % 7) + "/f" + i + ".txt"), StandardCharsets.UTF_8));
        }
        assertEquals("second", Files.readString(folder.resolve("twice.txt"), StandardCharsets.UTF_8));
        assertEquals(QueuedWrites.MAX_PENDING_BYTES + 10, Files.size(folder.resolve("big.bin")));
        folder.abandon();
    }

    @Test
    void aPathOutsideTheSiteIsRefusedAtOnceAndAFailedWriteIsThrownByClose(@TempDir Path dir) throws Exception {
        OutputFolder folder = OutputFolder.open(dir.resolve("out"), dir.resolve("content"), dir);
        QueuedWrites queue = folder.queued();
        assertThrows(IllegalArgumentException.class, () -> queue.write("../outside.txt", "no"));
        assertFalse(Files.exists(dir.resolve("out").getParent().resolve("outside.txt")));
        queue.write("a-file", "a file where a folder is wanted");
        queue.write("a-file/below.txt", "cannot be written");
        IOException failure = assertThrows(IOException.class, queue::close);
        assertTrue(failure.getMessage() != null, "says what failed");
        folder.abandon();
    }
}
