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
import java.util.Collections;
import java.util.Comparator;
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
 * files or 4 GB. Work is shared out by bytes, not by files: a site's PDFs sit together under downloads/, and
 * in runs of a fixed number of files one thread deflated nearly all of them while the other waited (the PDF
 * benchmark's 23 MB site: 450-600 ms on 2 threads, as on one).
 */
public final class OfflineZip {

    /** Every entry's time: the same for every build, so the same site gives the same zip. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** The most files, and bytes, read and deflated before they are written (memory stays bounded). */
    private static final int BATCH = 256;
    private static final long BATCH_BYTES = 32L << 20;
    /** Files deflated one after another on a thread, with one Deflater: at most this many, and no more once they reach RUN_BYTES. */
    private static final int RUN = 32;
    static final long RUN_BYTES = 256 << 10;
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
        return write(SiteFile.under(site), folder, out, threads, path -> true, AS_THEY_ARE);
    }

    /** What the copy holds of a file of the site, by its site path and bytes: here, the bytes themselves. */
    @FunctionalInterface
    interface InTheCopy {
        byte[] of(String path, byte[] bytes);
    }

    static final InTheCopy AS_THEY_ARE = (path, bytes) -> bytes;

    /**
     * As above, for the site's files as {@link SiteFile#under} listed them, giving the revisions of those files only that
     * {@code revised} accepts: those the service worker lists. Hashing is not free in the build's JVM (SHA-256 runs at
     * about 140 MB/s without the optimising compiler's intrinsics), and a site's PDFs, most of its bytes, are not listed
     * unless {@code offline-pdfs} is set.
     */
    static Map<String, String> write(List<SiteFile> site, String folder, OutputStream out, int threads, Predicate<String> revised)
            throws IOException {
        return write(site, folder, out, threads, revised, AS_THEY_ARE);
    }

    /**
     * As above, each file as {@code inTheCopy} has it in the copy (a page linking the copy itself, {@link LinksToTheCopy});
     * the revisions are still those of the site's own files, which the service worker lists.
     */
    static Map<String, String> write(List<SiteFile> site, String folder, OutputStream out, int threads, Predicate<String> revised,
                                     InTheCopy inTheCopy) throws IOException {
        List<SiteFile> files = site.stream()
                .filter(f -> SiteFile.forReaders(f.path())).toList();
        // DOS time fields are local: these millis give 2000-01-01 00:00 in them wherever the build runs.
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        Map<String, String> revisions = new HashMap<>();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (List<SiteFile> batch : cut(files, BATCH, BATCH_BYTES)) {
                List<Deflated> deflated = deflate(batch, threads, revised, inTheCopy);
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
     * The batch's files deflated, in order: in runs ({@link #cut}), each run on one thread with one {@link Deflater},
     * reset between files. A new Deflater per file costs more than deflating most of them: zlib allocates and clears a
     * few hundred KB of state for each, and frees it at the end. The biggest runs are handed out first, so that a
     * big file at the end of a batch does not leave the other threads waiting for it alone.
     */
    private static List<Deflated> deflate(List<SiteFile> batch, int threads, Predicate<String> revised, InTheCopy inTheCopy) {
        List<List<SiteFile>> runs = cut(batch, RUN, RUN_BYTES);
        List<Integer> biggestFirst = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            biggestFirst.add(i);
        }
        biggestFirst.sort(Comparator.comparingLong((Integer i) -> -bytes(runs.get(i))).thenComparingInt(i -> i));
        List<List<Deflated>> done = Parallel.map(biggestFirst, threads, i -> deflate(runs.get(i), revised, inTheCopy));
        List<List<Deflated>> inOrder = new ArrayList<>(Collections.nCopies(runs.size(), null));
        for (int k = 0; k < biggestFirst.size(); k++) {
            inOrder.set(biggestFirst.get(k), done.get(k));
        }
        List<Deflated> all = new ArrayList<>(batch.size());
        inOrder.forEach(all::addAll);
        return all;
    }

    /**
     * The files in consecutive groups of at most {@code most} files, each closed as soon as its files reach {@code
     * bytes} (so a file at least that big is a group of its own).
     */
    static List<List<SiteFile>> cut(List<SiteFile> files, int most, long bytes) {
        List<List<SiteFile>> groups = new ArrayList<>();
        int from = 0;
        long size = 0;
        for (int i = 0; i < files.size(); i++) {
            size += files.get(i).size();
            if (i + 1 - from == most || size >= bytes || i == files.size() - 1) {
                groups.add(files.subList(from, i + 1));
                from = i + 1;
                size = 0;
            }
        }
        return groups;
    }

    private static long bytes(List<SiteFile> files) {
        return files.stream().mapToLong(SiteFile::size).sum();
    }

    private static List<Deflated> deflate(List<SiteFile> run, Predicate<String> revised, InTheCopy inTheCopy) throws IOException {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            byte[] buffer = new byte[16 * 1024];
            List<Deflated> out = new ArrayList<>(run.size());
            for (SiteFile file : run) {
                byte[] bytes = Files.readAllBytes(file.file());
                String revision = revised.test(file.path()) ? Precache.revision(bytes) : null; // the site's file, as the worker lists it
                out.add(Deflated.of(inTheCopy.of(file.path(), bytes), deflater, buffer, revision));
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
        static Deflated of(byte[] bytes, Deflater deflater, byte[] buffer, String revision) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
            while (!deflater.finished()) {
                raw.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Deflated(raw.toByteArray(), crc.getValue(), bytes.length, revision);
        }
    }
}
