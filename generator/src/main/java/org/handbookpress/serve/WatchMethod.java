package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import com.sun.nio.file.ExtendedWatchEventModifier;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;

/**
 * A watch service and how a folder is registered with it, which differs by system.
 * <ul>
 * <li>Linux (inotify): the JDK's service, one key per folder, naming what changed relative to it.</li>
 * <li>Windows: the JDK's service with one key per root for its whole tree ({@code FILE_TREE}), naming files
 * relative to the root. A key on every folder, as on Linux, would hold each folder open, and Windows refuses to
 * rename a folder while a folder inside it is open: the author could not rename a section during a preview.</li>
 * <li>macOS: the JDK has no native service there, and its fallback lists the watched folders every 10 seconds, so a
 * save would reach the preview seconds late; directory-watcher's service on FSEvents ({@link MacWatching}) has one
 * key per root for its whole tree, naming files by absolute path (and the JDK's is used after all if FSEvents
 * cannot be reached).</li>
 * </ul>
 *
 * @param wholeTree whether a key covers the folder and everything in it (then each root is registered, alone)
 * @param register  registers a folder for creations, modifications and deletions
 */
record WatchMethod(WatchService service, boolean wholeTree, Registration register) {

    private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE};

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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            WatchMethod fsEvents = MacWatching.open();
            if (fsEvents != null) {
                return fsEvents;
            }
        }
        WatchService service = FileSystems.getDefault().newWatchService();
        if (os.startsWith("windows")) {
            return new WatchMethod(service, true, folder -> folder.register(service, KINDS, ExtendedWatchEventModifier.FILE_TREE));
        }
        return new WatchMethod(service, false, folder -> folder.register(service, KINDS));
    }
}
