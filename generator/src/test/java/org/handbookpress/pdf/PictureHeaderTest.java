package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ISO media picture formats, told apart by the brands of their ftyp box. */
class PictureHeaderTest {

    /** An ftyp box with a major brand and compatible brands, then a box of padding, as such files begin. */
    private static byte[] ftyp(String major, String... compatible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 16 + 4 * compatible.length;
        out.writeBytes(new byte[] {0, 0, 0, (byte) size});
        out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(major.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[4]); // minor version
        for (String brand : compatible) {
            out.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {0, 0, 0, 16});
        out.writeBytes("meta".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[8]);
        return out.toByteArray();
    }

    @Test
    void anIphonePhotoIsHeicAndNoBrowserPictureNorPrintable() {
        Optional<PictureHeader> header = PictureHeader.heif(ftyp("heic", "mif1", "heic"));
        assertEquals("heic", header.orElseThrow().format());
        assertFalse(header.get().shownByBrowsers());
        assertFalse(header.get().printable());
        assertEquals("heic", PictureHeader.heif(ftyp("mif1", "heic")).orElseThrow().format(), "a generic HEIF file");
    }

    @Test
    void anAvifPictureIsShownByBrowsersButNotPrinted() {
        // An AVIF file lists the generic HEIF brand mif1 among its compatible ones: it is still AVIF.
        PictureHeader header = PictureHeader.heif(ftyp("avif", "mif1", "miaf")).orElseThrow();
        assertEquals("avif", header.format());
        assertTrue(header.shownByBrowsers());
        assertFalse(header.printable());
    }

    @Test
    void aVideoOrAnythingElseIsNoneOfThem() {
        assertTrue(PictureHeader.heif(ftyp("isom", "iso2", "mp41")).isEmpty(), "an MP4 video");
        assertTrue(PictureHeader.heif("not a picture at all".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }
}
