package org.handbookpress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a picture file really is, read from its first bytes only: its format and its size in pixels,
 * without decoding a single pixel. A 30000 × 30000 PNG (a decompression bomb, or a careless export)
 * is under 1 MB on disk and 3.6 GB once decoded; its header says so in a few bytes.
 *
 * <p>JPEG, PNG, GIF and BMP are read through {@code javax.imageio} (its readers identify a file by its
 * content, not its name, and {@link ImageReader#getWidth} reads only the header); WebP, which the JDK
 * cannot read, from its RIFF header; SVG is recognised by its opening text and has no pixel size.
 *
 * @param format lower-case format name: {@code png}, {@code jpeg}, {@code gif}, {@code bmp}, {@code webp}, {@code svg}
 * @param width  pixels across, 0 for SVG
 * @param height pixels down, 0 for SVG
 */
public record PictureHeader(String format, int width, int height) {

    /** The file's header, or empty when the file is no picture format known here (text, a PDF, a truncated file). */
    public static Optional<PictureHeader> read(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(512);
        }
        Optional<PictureHeader> webp = webp(start);
        if (webp.isPresent()) {
            return webp;
        }
        Optional<PictureHeader> heif = heif(start);
        if (heif.isPresent()) {
            return heif;
        }
        if (looksLikeSvg(start)) {
            return Optional.of(new PictureHeader("svg", 0, 0));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return Optional.of(new PictureHeader(format.equals("jpg") ? "jpeg" : format, reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException e) {
                // A header that announces a format and then breaks off: not a picture anyone can show.
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** Width times height, as a long: 30000 × 30000 does not fit an int's worth of bytes once decoded. */
    public long pixels() {
        return (long) width * height;
    }

    /**
     * True for the formats the PDFs print: those the PDF engine draws (through ImageIO, or Batik for SVG), and WebP,
     * which it cannot, given to it as a PNG made of the picture ({@link PrintPictures#forEngine}).
     */
    public boolean printable() {
        return switch (format) {
            case "png", "jpeg", "gif", "bmp", "svg", "webp" -> true;
            default -> false;
        };
    }

    /**
     * True for the formats every common browser shows: not TIFF (Safari alone shows it), nor HEIC, the photo format of
     * iPhones (Safari alone, since 2023), which is how a phone's pictures often reach a handbook's folder.
     */
    public boolean shownByBrowsers() {
        return switch (format) {
            case "tif", "tiff", "heic" -> false;
            default -> true;
        };
    }

    /** "30000 × 30000 pixels", or "a drawing (SVG)". */
    public String describe() {
        return format.equals("svg") ? "a drawing (SVG)" : width + " × " + height + " pixels";
    }

    private static boolean looksLikeSvg(byte[] start) {
        String text = new String(start, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("<svg") || (text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<!doctype svg"))
                && text.contains("<svg");
    }

    /**
     * The ISO media file formats of pictures, by the brands of their {@code ftyp} box: AVIF, and HEIC (HEIF) in which
     * phones save photos. The size is left 0 (it lies in boxes further on): neither format prints, so it is not needed.
     */
    static Optional<PictureHeader> heif(byte[] b) {
        if (b.length < 16 || !ascii(b, 4, "ftyp")) {
            return Optional.empty();
        }
        int end = Math.min(b.length, (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF));
        List<String> brands = new java.util.ArrayList<>();
        brands.add(new String(b, 8, 4, StandardCharsets.US_ASCII)); // the major brand, then the compatible ones
        for (int at = 16; at + 4 <= end; at += 4) {
            brands.add(new String(b, at, 4, StandardCharsets.US_ASCII));
        }
        for (String brand : brands) { // the major brand decides; an AVIF file lists the generic mif1 among its others
            if (brand.equals("avif") || brand.equals("avis")) {
                return Optional.of(new PictureHeader("avif", 0, 0));
            }
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of(new PictureHeader("heic", 0, 0));
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> HEIC_BRANDS = java.util.Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    /** RIFF....WEBP, then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk with the size. */
    static Optional<PictureHeader> webp(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(b, 12, "VP8 ")) {
            // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height, little-endian.
            return Optional.of(new PictureHeader("webp", le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF));
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return Optional.of(new PictureHeader("webp", (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1));
        }
        if (ascii(b, 12, "VP8X")) {
            return Optional.of(new PictureHeader("webp", le24(b, 24) + 1, le24(b, 27) + 1));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
