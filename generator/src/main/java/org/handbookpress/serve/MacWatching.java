package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import io.methvin.watchservice.jna.CarbonAPI;
import java.util.Objects;

/**
 * The watch method on macOS: directory-watcher's service on FSEvents. In a class of its own so that
 * no other system loads it (it reaches the Mac's frameworks through JNA).
 */
final class MacWatching {

    /**
     * How long FSEvents gathers events before delivering them, in seconds. The first event after a quiet
     * spell comes at once (the service asks for no deferral); this bounds how late the rest of one save
     * follows it, and is kept below {@link ContentWatcher#QUIET_MILLIS} so that they land in the same burst.
     */
    static final double LATENCY_SECONDS = 0.02;

    private MacWatching() {
    }

    /** The method, or null when the Mac's frameworks cannot be reached through JNA (an unusual system): then the JDK's. */
    static WatchMethod open() {
        try {
            // Binds the frameworks now rather than at the first folder, where a failure would end the preview.
            Objects.requireNonNull(CarbonAPI.INSTANCE);
        } catch (LinkageError e) {
            return null;
        }
        MacOSXListeningWatchService service = new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return LATENCY_SECONDS;
            }

            /** No hashing: events name each file (not its folder), and the handbook is not read to tell edits apart. */
            @Override
            public FileHasher fileHasher() {
                return null;
            }
        });
        return new WatchMethod(service, true,
                folder -> new WatchablePath(folder).register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
    }
}
