package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the system refuses to watch (Linux's limit on inotify watches, shared with editors and other tools) is
 * told to the author once, with how to raise the limit, and the other folders are still watched.
 */
class WatchRefusalTest {

    @TempDir
    Path content;

    @Test
    void aRefusedFolderIsToldOnceAndTheRestIsStillWatched() throws Exception {
        Files.createDirectories(content.resolve("toolkit"));
        Files.writeString(content.resolve("index.md"), "# Home\n");
        WatchService service = FileSystems.getDefault().newWatchService();
        WatchMethod limited = new WatchMethod(service, false, folder -> {
            if (folder.getFileName().toString().equals("toolkit")) {
                throw new IOException("User limit of inotify watches reached"); // the JDK's words on Linux
            }
            return folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        });
        List<String> warnings = new CopyOnWriteArrayList<>();
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try (ContentWatcher watcher = new ContentWatcher(List.of(content), null, limited, warnings::add)) {
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(content.resolve("toolkit").toString()), warnings.get(0));
            assertTrue(warnings.get(0).contains("fs.inotify.max_user_watches"), "says how to raise the limit: " + warnings.get(0));
            Future<ContentWatcher.Changes> burst = waiting.submit(watcher::awaitChangedFiles);
            Files.createDirectories(content.resolve("policies")); // a creation: the folders are walked again
            assertTrue(burst.get(20, TimeUnit.SECONDS).files().contains(content.resolve("policies")));
            assertEquals(1, warnings.size(), "told once, not at every walk: " + warnings);
        } finally {
            waiting.shutdownNow();
        }
    }

    @Test
    void otherReasonsGetNoAdviceAboutLinuxLimits() {
        assertEquals("", ContentWatcher.limitAdvice("Access denied"));
        assertEquals("", ContentWatcher.limitAdvice(null));
        assertTrue(ContentWatcher.refusal(Path.of("content"), "Access denied").startsWith("The preview cannot watch content"));
    }
}
