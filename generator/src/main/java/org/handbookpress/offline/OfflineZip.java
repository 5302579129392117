package org.handbookpress.offline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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

    /** Writes the zip of {@code site} to {@code out}; the same bytes whatever the number of threads. */
    public static void write(Path site, String folder, OutputStream out, int threads) throws IOException {
        List<SiteFile> files = SiteFile.under(site).stream()
                .filter(f -> !f.path().equals(ServiceWorker.PATH) && !f.path().endsWith("-offline.zip")).toList();
        // DOS time fields are local: these millis give 2000-01-01 00:00 in them wherever the build runs.
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<SiteFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                List<Deflated> deflated = Parallel.map(batch, threads, f -> Deflated.of(Files.readAllBytes(f.file())));
                for (int i = 0; i < batch.size(); i++) {
                    Deflated file = deflated.get(i);
                    ZipArchiveEntry entry = new ZipArchiveEntry(folder + "/" + batch.get(i).path());
                    entry.setMethod(ZipEntry.DEFLATED);
                    entry.setTime(time);
                    entry.setCrc(file.crc());
                    entry.setSize(file.size());
                    entry.setCompressedSize(file.raw().length);
                    zip.addRawArchiveEntry(entry, new ByteArrayInputStream(file.raw()));
                }
            }
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, IOException.class);
        }
    }

    /** One file's bytes deflated as a zip entry holds them (raw deflate, no header), with their CRC and size. */
    private record Deflated(byte[] raw, long crc, long size) {
        static Deflated of(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(bytes);
                deflater.finish();
                ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
                byte[] buffer = new byte[16 * 1024];
                while (!deflater.finished()) {
                    raw.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Deflated(raw.toByteArray(), crc.getValue(), bytes.length);
            } finally {
                deflater.end();
            }
        }
    }
}
