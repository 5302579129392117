package org.handbookpress.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Pictures as the PDF engine receives them: one that fits the memory budget as it is, and a larger
 * one decoded at reduced resolution (every n-th pixel of every n-th row, with
 * {@link ImageReadParam#setSourceSubsampling}), so the full picture is never held in memory. The
 * engine itself decodes whatever it is given in full, four bytes a pixel; a 30000 × 30000 PNG would
 * need 3.6 GB.
 *
 * <p>A scaled picture is kept for the build, so a picture in a page's PDF and in a pack is decoded
 * once. Safe to share between threads.
 */
final class PrintPictures {

    /** Pictures up to this many pixels (a 24-megapixel camera photo) print as they are: ~100 MB decoded. */
    static final long MAX_PIXELS = 25_000_000L;
    /** The longest side of a scaled picture: 3000 pixels is over 400 dpi across an A4 page. */
    static final int SCALED_SIDE = 3000;

    static {
        // Registered here rather than found on the class path: ImageIO looks for readers on the class path of the
        // thread that first uses it, which in a build run in Maven's own JVM (handbook.fork=false) may not be the plugin's.
        IIORegistry.getDefaultInstance().registerServiceProvider(new WebPImageReaderSpi());
    }

    private final Map<Path, Optional<byte[]>> scaled = new ConcurrentHashMap<>();

    /** True when the picture is too large to be decoded in full for print. */
    static boolean oversized(PictureHeader header) {
        return !header.format().equals("svg") && header.pixels() > MAX_PIXELS;
    }

    /**
     * True when the PDF engine must be given a PNG made of the picture rather than the file: one too large to decode in
     * full, and a WebP picture, which the engine cannot read (web pages have more and more of them, saved so by
     * WordPress, Squarespace and phones' editors; the PDFs left them out with an image.not-printable warning).
     */
    static boolean forEngine(PictureHeader header) {
        return oversized(header) || header.format().equals("webp");
    }

    /** The factor by which each side is reduced: the smallest whole number that brings the longest side within {@link #SCALED_SIDE}. */
    static int subsampling(PictureHeader header) {
        int longest = Math.max(header.width(), header.height());
        return Math.max(1, (longest + SCALED_SIDE - 1) / SCALED_SIDE);
    }

    /** The size the picture prints at once scaled: "2308 × 2308 pixels". */
    static String scaledSize(PictureHeader header) {
        int s = subsampling(header);
        return ceilDiv(header.width(), s) + " × " + ceilDiv(header.height(), s) + " pixels";
    }

    /**
     * The picture decoded (at reduced resolution when {@link #oversized}) and encoded again as PNG, or empty when it
     * cannot be read (a truncated file, a colour model ImageIO does not support).
     */
    Optional<byte[]> scaled(Path file, PictureHeader header) {
        return scaled.computeIfAbsent(file, f -> decodeReduced(f, header));
    }

    private static Optional<byte[]> decodeReduced(Path file, PictureHeader header) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int s = subsampling(header);
                param.setSourceSubsampling(s, s, 0, 0);
                BufferedImage image = reader.read(0, param);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(image, "png", out)) {
                    return Optional.empty();
                }
                return Optional.of(out.toByteArray());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
