package org.handbookpress.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.handbookpress.work.Checksum;
import org.handbookpress.work.Parallel;

/**
 * What the service worker keeps offline: every file of the finished site with a revision (the start of
 * its SHA-256), sorted by path, so the same site gives the same {@code sw.js}. Left out: what a reader's copy
 * does not hold ({@link SiteFile#forReaders}: the service worker and its list, the output folder's marker, the
 * offline copy, which is the whole site again), and the PDFs unless {@code offline-pdfs: true}.
 */
public final class Precache {

    private Precache() {
    }

    public static Map<String, String> of(Path site, boolean pdfs) throws IOException {
        return of(site, pdfs, 1);
    }

    /** As above, hashing on {@code threads} threads. */
    public static Map<String, String> of(Path site, boolean pdfs, int threads) throws IOException {
        return of(site, pdfs, threads, Map.of());
    }

    /**
     * As above, reading only the files whose revision is not already known.
     *
     * @param unchanged revisions already taken of files that have not been written since, by site path (those
     *                  {@link OfflineZip#write} returns, less the files written after it)
     */
    public static Map<String, String> of(Path site, boolean pdfs, int threads, Map<String, String> unchanged) throws IOException {
        return of(SiteFile.under(site), pdfs, threads, unchanged);
    }

    /** As above, for the site's files as {@link SiteFile#under} listed them. */
    static Map<String, String> of(List<SiteFile> site, boolean pdfs, int threads, Map<String, String> unchanged) throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<SiteFile> unread = new ArrayList<>();
        for (SiteFile file : site) {
            if (lists(file.path(), pdfs)) {
                String known = unchanged.get(file.path());
                if (known != null) {
                    files.put(file.path(), known);
                } else {
                    unread.add(file);
                }
            }
        }
        List<String> revisions;
        try {
            revisions = Parallel.map(unread, threads, file -> revision(Files.readAllBytes(file.file())));
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
        for (int i = 0; i < unread.size(); i++) {
            files.put(unread.get(i).path(), revisions.get(i));
        }
        return files;
    }

    /** Whether the service worker keeps the file at this site path offline. */
    static boolean lists(String path, boolean pdfs) {
        String lower = path.toLowerCase(Locale.ROOT);
        return SiteFile.forReaders(path) && !lower.endsWith("-offline.zip") && (pdfs || !lower.endsWith(".pdf"));
    }

    /** 12 hex digits (48 bits) of the file's {@link Checksum}: the worker fetches the file again when they change. */
    static String revision(byte[] bytes) {
        return Checksum.hex(bytes).substring(0, 12);
    }
}
