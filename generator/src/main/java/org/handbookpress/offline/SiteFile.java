package org.handbookpress.offline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handbookpress.output.OutputGuard;

/**
 * A file of the finished site: the path as walked, to read it by, and its site path ({@code a/b.html}), to
 * name it by. The walked path is kept because a name cannot always be made into a path again: under an
 * ASCII locale (LANG=C) {@code café.html} has no path. The size is as the walk found it, for sharing out work
 * ({@link OfflineZip}).
 */
record SiteFile(Path file, String path, long size) {

    /**
     * Whether a reader's copy of the site holds the file at this site path: not the build's own (the output folder's
     * marker, which only tells the next build the folder is its own to replace), the service worker and its list, or
     * the offline copy itself. Both the offline copy and the service worker's list go by it.
     */
    static boolean forReaders(String path) {
        return !path.equals(OutputGuard.MARKER) && !path.equals(ServiceWorker.PATH) && !path.equals(ServiceWorker.LIST)
                && !path.endsWith("-offline.zip");
    }

    /** Every file under {@code site}, sorted; the walk's own attributes say which are files, and their sizes (no second look per file). */
    static List<SiteFile> under(Path site) throws IOException {
        List<SiteFile> files = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(new SiteFile(file, site.relativize(file).toString().replace('\\', '/'), attributes.size()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SiteFile::file));
        return files;
    }
}
