package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;

/**
 * A watch service and how a folder is registered with it, which differs by system. The JDK's service
 * watches one folder per key and names what changed relative to it (Linux's inotify, Windows'
 * change notifications). On macOS the JDK has no native service: its fallback lists every watched
 * folder every 10 seconds, so a save would reach the preview seconds late; there the watcher uses
 * directory-watcher's service on FSEvents ({@link MacWatching}), whose one key per folder reports
 * everything under it, by absolute path (and the JDK's after all if FSEvents cannot be reached).
 *
 * @param wholeTree  whether a key covers the folder and everything in it (then register each root only)
 * @param register   registers a folder for creations, modifications and deletions
 */
record WatchMethod(WatchService service, boolean wholeTree, Registration register) {

    /** Registers a folder with the service; may throw when the folder has just gone. */
    @FunctionalInterface
    interface Registration {
        WatchKey folder(Path folder) throws IOException;
    }

    /** The method for the system the preview runs on. */
    static WatchMethod ofThisSystem() throws IOException {
        return forSystem(System.getProperty("os.name", ""));
    }

    /** The method for the system named ({@code os.name}). */
    static WatchMethod forSystem(String osName) throws IOException {
        if (osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            WatchMethod fsEvents = MacWatching.open();
            if (fsEvents != null) {
                return fsEvents;
            }
        }
        WatchService service = FileSystems.getDefault().newWatchService();
        return new WatchMethod(service, false, folder -> folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
    }
}
