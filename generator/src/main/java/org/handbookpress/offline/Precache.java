package org.handbookpress.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the service worker keeps offline: every file of the finished site with a revision (the start of
 * its SHA-256), sorted by path, so the same site gives the same {@code sw.js}. Left out: the service
 * worker itself, the offline copy (the whole site again), and the PDFs unless {@code offline-pdfs: true}.
 */
public final class Precache {

    private Precache() {
    }

    public static Map<String, String> of(Path site, boolean pdfs) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                String lower = path.toLowerCase(Locale.ROOT);
                if (path.equals(ServiceWorker.PATH) || lower.endsWith("-offline.zip") || (!pdfs && lower.endsWith(".pdf"))) {
                    continue;
                }
                files.put(path, revision(Files.readAllBytes(file)));
            }
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
