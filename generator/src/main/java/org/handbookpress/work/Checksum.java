package org.handbookpress.work;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of bytes, CRC-32 and CRC-32C side by side, for telling whether something changed where no one
 * gains by forging a match: the service worker's revisions, the record of a build's inputs, the search index's
 * version. Both are computed by the processor's own instructions in the interpreter and in every tier of the JIT,
 * where SHA-256 is plain Java until the optimising compiler takes it, and the build's JVM runs without that compiler
 * below 2,000 pages: there SHA-256 ran at 160 MB/s, 9.5% of a 1,000-page build's samples, and these at 9 GB/s.
 * Two polynomials, so that no edit that keeps one keeps the other as a matter of course; a CRC also catches every
 * short edit outright, which a truncated hash only makes unlikely. SHA-256 ({@link Sha256}) stays where a hash must
 * be one (Content-Security-Policy) or names a file by its content (the PDF cache, the search index's chunks).
 */
public final class Checksum {

    private final CRC32 crc32 = new CRC32();
    private final CRC32C crc32c = new CRC32C();

    /** A checksum to {@link #update} in parts. */
    public Checksum() {
    }

    /** The checksum of {@code bytes} as 16 hex digits. */
    public static String hex(byte[] bytes) {
        return new Checksum().update(bytes).hex();
    }

    public Checksum update(byte[] bytes) {
        crc32.update(bytes);
        crc32c.update(bytes);
        return this;
    }

    /** The checksum of everything given so far, as 16 hex digits: CRC-32, then CRC-32C. */
    public String hex() {
        return HexFormat.of().toHexDigits((int) crc32.getValue()) + HexFormat.of().toHexDigits((int) crc32c.getValue());
    }
}
