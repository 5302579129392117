package org.handbookpress.offline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.handbookpress.work.Parallel;

/**
 * The offline copy: the whole site in one zip, under a folder named for the handbook, to unzip and open
 * from disk (index.html), search included. Byte-identical for the same site: entries sorted, one fixed
 * time, no extra fields. Left out: the service worker (never registered from disk) and the copy itself.
 *
 * <p>Compressing is most of the cost, so files are deflated on all threads, a batch at a time (memory
 * stays bounded on a big site), and written in order as raw entries; Zip64 is used only past 65,535
 * files or 4 GB.
 */
public final class OfflineZip {

    /** Every entry's time: the same for every build, so the same site gives the same zip. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int BATCH = 256;
    /** Files deflated one after another on a thread, with one Deflater. */
    private static final int RUN = 32;
    /**
     * zlib's level 4, the quickest of its levels that look for a longer match before taking one: measured on the
     * pages of a 10,000-page site, 99 MB/s against 73 MB/s at the default level 6, for a copy 1.8% larger (ratio 0.284
     * against 0.279); level 1 was quicker still (120 MB/s) but 9% larger, and the copy is for phones.
     */
    static final int LEVEL = 4;

    private OfflineZip() {
    }

    public static String path(String id) {
        return "downloads/" + id + "-offline.zip";
    }

    /** The zip's bytes, in memory: for small sites and tests. */
    public static byte[] of(Path site, String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(site, folder, bytes, 1);
        return bytes.toByteArray();
    }

    /**
     * Writes the zip of {@code site} to {@code out}; the same bytes whatever the number of threads.
     *
     * @return the {@link Precache#revision} of every file packed, by site path, taken from the bytes read for
     *         the zip, so that the service worker's list need not read them again ({@link Precache#of(Path, boolean, int, Map)})
     */
    public static Map<String, String> write(Path site, String folder, OutputStream out, int threads) throws IOException {
        return write(SiteFile.under(site), folder, out, threads, path -> true);
    }

    /**
     * As above, for the site's files as {@link SiteFile#under} listed them, giving the revisions of those files only that
     * {@code revised} accepts: those the service worker lists. Hashing is not free in the build's JVM (SHA-256 runs at
     * about 140 MB/s without the optimising compiler's intrinsics), and a site's PDFs, most of its bytes, are not listed
     * unless {@code offline-pdfs} is set.
     */
    static Map<String, String> write(List<SiteFile> site, String folder, OutputStream out, int threads, Predicate<String> revised)
            throws IOException {
        List<SiteFile> files = site.stream()
                .filter(f -> SiteFile.forReaders(f.path())).toList();
        // DOS time fields are local: these millis give 2000-01-01 00:00 in them wherever the build runs.
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        Map<String, String> revisions = new HashMap<>();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<SiteFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                List<Deflated> deflated = deflate(batch, threads, revised);
                for (int i = 0; i < batch.size(); i++) {
                    Deflated file = deflated.get(i);
                    ZipArchiveEntry entry = new ZipArchiveEntry(folder + "/" + batch.get(i).path());
                    entry.setMethod(ZipEntry.DEFLATED);
                    entry.setTime(time);
                    entry.setCrc(file.crc());
                    entry.setSize(file.size());
                    entry.setCompressedSize(file.raw().length);
                    zip.addRawArchiveEntry(entry, new ByteArrayInputStream(file.raw()));
                    if (file.revision() != null) {
                        revisions.put(batch.get(i).path(), file.revision());
                    }
                }
            }
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
        return revisions;
    }

    /**
     * The batch's files deflated, in order: in runs of {@link #RUN} files, each run on one thread with one
     * {@link Deflater}, reset between files. A new Deflater per file costs more than deflating most of them:
     * zlib allocates and clears a few hundred KB of state for each, and frees it at the end.
     */
    private static List<Deflated> deflate(List<SiteFile> batch, int threads, Predicate<String> revised) {
        List<List<SiteFile>> runs = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += RUN) {
            runs.add(batch.subList(from, Math.min(batch.size(), from + RUN)));
        }
        List<Deflated> all = new ArrayList<>(batch.size());
        for (List<Deflated> run : Parallel.map(runs, threads, run -> deflate(run, revised))) {
            all.addAll(run);
        }
        return all;
    }

    private static List<Deflated> deflate(List<SiteFile> run, Predicate<String> revised) throws IOException {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            byte[] buffer = new byte[16 * 1024];
            List<Deflated> out = new ArrayList<>(run.size());
            for (SiteFile file : run) {
                out.add(Deflated.of(Files.readAllBytes(file.file()), deflater, buffer, revised.test(file.path())));
                deflater.reset();
            }
            return out;
        } finally {
            deflater.end();
        }
    }

    /**
     * One file's bytes deflated as a zip entry holds them (raw deflate, no header), with their CRC and size,
     * and the revision the service worker gives them (null when not asked for).
     */
    private record Deflated(byte[] raw, long crc, long size, String revision) {
        /** @param deflater a raw deflater, fresh or reset */
        static Deflated of(byte[] bytes, Deflater deflater, byte[] buffer, boolean revised) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
            while (!deflater.finished()) {
                raw.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Deflated(raw.toByteArray(), crc.getValue(), bytes.length, revised ? Precache.revision(bytes) : null);
        }
    }
}
