package org.handbookpress.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * Every test of {@link ContentWatcherTest} again, with the watch method of Windows, where one key covers a root
 * and everything in it and names files relative to the root ({@link TreeWatchService} keeps to that contract by
 * polling: {@code FILE_TREE} is only on Windows).
 */
class WindowsContentWatcherTest extends ContentWatcherTest {

    @Override
    ContentWatcher watch(List<Path> roots, Path output) {
        return new ContentWatcher(roots, output, TreeWatchService.windows(), message -> { });
    }
}
