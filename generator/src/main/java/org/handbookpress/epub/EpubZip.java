package org.handbookpress.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container with deterministic bytes: {@code mimetype} first, stored and without extra
 * field, then every other entry in name order, all with the same time (the build's date).
 */
final class EpubZip {

    private EpubZip() {
    }

    static byte[] zip(Map<String, byte[]> entries, Instant time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            // The DOS time only, in UTC: setLastModifiedTime would add an extended-timestamp extra field.
            first.setTimeLocal(stamp);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.setMethod(ZipOutputStream.DEFLATED);
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                ZipEntry e = new ZipEntry(entry.getKey());
                e.setTimeLocal(stamp);
                zip.putNextEntry(e);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
