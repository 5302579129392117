package org.handbookpress.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbookpress.work.Parallel;

/**
 * What the service worker keeps offline: every file of the finished site with a revision (the start of
 * its SHA-256), sorted by path, so the same site gives the same {@code sw.js}. Left out: the service
 * worker itself, the offline copy (the whole site again), and the PDFs unless {@code offline-pdfs: true}.
 */
public final class Precache {

    private Precache() {
    }

    public static Map<String, String> of(Path site, boolean pdfs) throws IOException {
        return of(site, pdfs, 1);
    }

    /** As above, hashing on {@code threads} threads. */
    public static Map<String, String> of(Path site, boolean pdfs, int threads) throws IOException {
        // The walked paths are read, never paths made again from the names: under an ASCII locale (LANG=C)
        // a name such as café.html cannot be turned back into a path.
        List<Path> read = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                String lower = path.toLowerCase(Locale.ROOT);
                if (!path.equals(ServiceWorker.PATH) && !lower.endsWith("-offline.zip") && (pdfs || !lower.endsWith(".pdf"))) {
                    read.add(file);
                    paths.add(path);
                }
            }
        }
        List<String> revisions;
        try {
            revisions = Parallel.map(read, threads, file -> revision(Files.readAllBytes(file)));
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < paths.size(); i++) {
            files.put(paths.get(i), revisions.get(i));
        }
        return files;
    }

    static String revision(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
