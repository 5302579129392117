package org.handbookpress.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

/**
 * The offline copy: the whole site in one zip, under a folder named for the handbook, to unzip and open
 * from disk (index.html), search included. Byte-identical for the same site: entries sorted, one fixed
 * time, no extra fields. Left out: the service worker (never registered from disk) and the copy itself.
 */
public final class OfflineZip {

    /** Every entry's time: the same for every build, so the same site gives the same zip. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private OfflineZip() {
    }

    public static String path(String id) {
        return "downloads/" + id + "-offline.zip";
    }

    public static byte[] of(Path site, String folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (path.equals(ServiceWorker.PATH) || path.endsWith("-offline.zip")) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(folder + "/" + path);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
