package org.handbookpress.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * Every test of {@link ContentWatcherTest} again, with the watch method of macOS, where one key covers a root
 * and everything in it and names files by absolute path ({@link TreeWatchService} keeps to that contract by
 * polling, since FSEvents is only on a Mac).
 */
class MacContentWatcherTest extends ContentWatcherTest {

    @Override
    ContentWatcher watch(List<Path> roots, Path output) {
        return new ContentWatcher(roots, output, TreeWatchService.macOs(), message -> { });
    }
}
