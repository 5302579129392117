package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.Watchable;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stand-in, for tests on any system, for the watch services that cover a whole tree with one key: macOS's
 * (FSEvents, through directory-watcher), whose events name files by absolute path, and Windows' with
 * {@code FILE_TREE}, whose events name them relative to the watched folder. The same contract, by polling: when
 * nothing is left of the folder the key is cancelled. It looks every 10 ms.
 */
final class TreeWatchService implements WatchService {

    private final List<TreeKey> keys = new CopyOnWriteArrayList<>();
    private final LinkedBlockingDeque<WatchKey> signalled = new LinkedBlockingDeque<>();
    private final Thread looking = new Thread(this::look, "tree-watch-service");
    private volatile boolean open = true;
    /** Whether events name files by absolute path (macOS) rather than relative to the watched folder (Windows). */
    private final boolean absolute;

    private TreeWatchService(boolean absolute) {
        this.absolute = absolute;
        looking.setDaemon(true);
        looking.start();
    }

    /** The watch method {@link ContentWatcher} gets on macOS, with this service in place of FSEvents. */
    static WatchMethod macOs() {
        TreeWatchService service = new TreeWatchService(true);
        return new WatchMethod(service, true, service::register);
    }

    /** The watch method {@link ContentWatcher} gets on Windows, with this service in place of the JDK's. */
    static WatchMethod windows() {
        TreeWatchService service = new TreeWatchService(false);
        return new WatchMethod(service, true, service::register);
    }

    WatchKey register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        TreeKey key = new TreeKey(root, snapshot(root));
        keys.add(key);
        return key;
    }

    private void look() {
        while (open) {
            for (TreeKey key : keys) {
                key.compare(snapshot(key.root));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every file and folder under the root with its size and time; empty when the root is gone. */
    private static Map<Path, String> snapshot(Path root) {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.put(p.toAbsolutePath(), a.size() + "@" + a.lastModifiedTime().toMillis() + (a.isDirectory() ? "/" : ""));
                } catch (IOException e) {
                    // gone while walking: the next look settles it
                }
            });
        } catch (IOException | UncheckedIOException e) {
            files.clear();
        }
        return files;
    }

    @Override
    public WatchKey poll() {
        check();
        return signalled.poll();
    }

    @Override
    public WatchKey poll(long timeout, TimeUnit unit) throws InterruptedException {
        check();
        return signalled.poll(timeout, unit);
    }

    @Override
    public WatchKey take() throws InterruptedException {
        check();
        return signalled.take();
    }

    private void check() {
        if (!open) {
            throw new ClosedWatchServiceException();
        }
    }

    @Override
    public void close() {
        open = false;
        looking.interrupt();
    }

    private record Event(WatchEvent.Kind<Path> kind, Path context) implements WatchEvent<Path> {
        @Override
        public int count() {
            return 1;
        }
    }

    private final class TreeKey implements WatchKey {
        final Path root;
        private Map<Path, String> files;
        private final List<WatchEvent<?>> events = new ArrayList<>();
        private boolean valid = true;
        private boolean waiting; // signalled and not reset yet

        TreeKey(Path root, Map<Path, String> files) {
            this.root = root;
            this.files = files;
        }

        synchronized void compare(Map<Path, String> now) {
            if (!valid) {
                return;
            }
            now.forEach((file, state) -> {
                String before = files.get(file);
                if (before == null) {
                    events.add(new Event(ENTRY_CREATE, named(file)));
                } else if (!before.equals(state) && !state.endsWith("/")) {
                    events.add(new Event(ENTRY_MODIFY, named(file)));
                }
            });
            files.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> events.add(new Event(ENTRY_DELETE, named(f))));
            files = now;
            if (now.isEmpty()) {
                valid = false; // as FSEvents' service does when nothing is left of the folder
                keys.remove(this);
            }
            if (!events.isEmpty() && !waiting) {
                waiting = true;
                signalled.add(this);
            }
        }

        private Path named(Path file) {
            return absolute ? file : root.relativize(file);
        }

        @Override
        public synchronized boolean isValid() {
            return valid;
        }

        @Override
        public synchronized List<WatchEvent<?>> pollEvents() {
            List<WatchEvent<?>> taken = List.copyOf(events);
            events.clear();
            return taken;
        }

        @Override
        public synchronized boolean reset() {
            if (valid && !events.isEmpty()) {
                signalled.add(this);
            } else {
                waiting = false;
            }
            return valid;
        }

        @Override
        public synchronized void cancel() {
            valid = false;
            keys.remove(this);
        }

        @Override
        public Watchable watchable() {
            return absolute ? new Folder(root) : root;
        }
    }

    /** What a key watches: as on macOS, not a {@link Path}, since its events' paths are absolute. */
    private record Folder(Path path) implements Watchable {
        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException("registered through TreeWatchService.register");
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>... events) {
            throw new UnsupportedOperationException("registered through TreeWatchService.register");
        }
    }
}
