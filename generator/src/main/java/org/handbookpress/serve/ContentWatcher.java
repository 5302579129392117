package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders (every subfolder, and new ones as they appear) and calls
 * back once per burst of changes: editors save a file in several steps, and one rebuild is enough.
 */
public final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 250;

    private final WatchService watcher;

    public ContentWatcher(List<Path> roots) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
        }
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Blocks until something changes, then until it has been quiet for a moment. */
    public void awaitChanges() throws InterruptedException, IOException {
        WatchKey key = watcher.take();
        do {
            Path dir = (Path) key.watchable();
            for (var event : key.pollEvents()) {
                if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                    register(dir.resolve(name));
                }
            }
            key.reset();
            key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } while (key != null);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
