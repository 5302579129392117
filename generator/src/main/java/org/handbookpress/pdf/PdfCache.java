package org.handbookpress.pdf;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.handbookpress.work.Sha256;

/**
 * Prints PDFs, or reuses the PDF an earlier build printed from exactly the same input. The key is a
 * SHA-256 of the print document as handed to the layout engine (the layouts, the theme's print CSS
 * and the page's HTML are all in it), the metadata (so the printed-at date), what is done to the
 * laid-out PDF ({@code variant}), the bytes of every local file the document refers to (pictures),
 * and the plugin's own version and jar (fonts and the engine ship in it). Entries are files
 * {@code <folder>/pdf/<key>.pdf}; {@link #prune} removes those the last build did not use, so the
 * cache never holds more than one build's PDFs. Without a folder nothing is reused or stored.
 * Safe to use from several threads.
 */
public final class PdfCache {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private final HtmlToPdf engine;
    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger printed = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    /**
     * The digest of every file a PDF of this build refers to, by path, taken once: the same picture, style sheet and
     * fonts go into dozens of PDFs, and hashing them again for each was a tenth of printing a chapter in the build's JVM,
     * whose quick compiler runs SHA-256 at about 140 MB/s. A build does not change them while it prints.
     */
    private final Map<Path, byte[]> fileDigests = new ConcurrentHashMap<>();

    private PdfCache(HtmlToPdf engine, Path folder) {
        this.engine = engine;
        this.folder = folder == null ? null : folder.resolve("pdf");
    }

    /** A cache in {@code folder} (created when first written to); null prints every PDF and keeps none. */
    public static PdfCache in(Path folder, HtmlToPdf engine) {
        return new PdfCache(engine, folder);
    }

    /**
     * The PDF of {@code html}: reused when an identical input was printed before, printed otherwise.
     *
     * @param variant names what {@code finish} does, so two different finishings never share an entry
     * @param finish  changes the laid-out PDF before it is saved (form fields); not run on a reused PDF
     * @param read    reads the final PDF (page count, bookmarks); runs on a printed and on a reused PDF
     * @return the PDF, with what the engine noticed while printing it (a refused resource, its own errors);
     *         a print with such notes is not kept, so the next build prints it again and reports them again
     */
    public HtmlToPdf.Printed render(Document html, java.nio.file.Path baseDir, PdfMetadata meta, String variant,
                                    Consumer<PDDocument> finish, Consumer<PDDocument> read) throws IOException {
        // Taken without a folder too: the digest of the inputs is also the PDF's document ID (HtmlToPdf.print).
        Inputs inputs = read(html, baseDir, meta, variant, fileDigests, engine::locate);
        String key = key(inputs.digest());
        if (folder != null) {
            used.add(key);
            Path entry = folder.resolve(key + ".pdf");
            if (Files.isRegularFile(entry)) {
                byte[] bytes = Files.readAllBytes(entry);
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    read.accept(doc);
                    reused.incrementAndGet();
                    return new HtmlToPdf.Printed(bytes, List.of());
                } catch (IOException e) {
                    // A damaged entry is printed again and replaced.
                }
            }
        }
        HtmlToPdf.Printed result = engine.print(html, baseDir, meta, inputs.digest(), inputs.markup(), doc -> {
            finish.accept(doc);
            read.accept(doc);
        });
        printed.incrementAndGet();
        if (folder != null && result.notes().isEmpty()) {
            store(folder.resolve(key + ".pdf"), result.bytes());
        }
        return result;
    }

    /** How many PDFs this cache printed, and how many it reused. */
    public int printedCount() {
        return printed.get();
    }

    public int reusedCount() {
        return reused.get();
    }

    /** Removes the entries this build did not use; call after a build that printed every PDF. */
    public void prune() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String key = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
                if (!used.contains(key)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void store(Path entry, byte[] bytes) throws IOException {
        Files.createDirectories(entry.getParent());
        Path temp = Files.createTempFile(entry.getParent(), "printing-", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String key(Document html, Path baseDir, PdfMetadata meta, String variant) throws IOException {
        return key(inputs(html, baseDir, meta, variant, new HashMap<>()));
    }

    /** The cache entry's name: the inputs' digest and this plugin's jar as it is on this machine (its size and time). */
    private static String key(byte[] inputs) {
        MessageDigest sha = Sha256.digest();
        update(sha, ENGINE);
        sha.update(inputs);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A digest of everything a PDF is made from that is the same on every machine: the plugin's version, the metadata,
     * what is done to the PDF, the document and the files it refers to. Its first 16 bytes are the PDF's document ID,
     * so the same handbook gives the same PDF wherever it is built (the jar's time on disk is in the key only).
     * The digests of the files it refers to are taken from {@code fileDigests}, and those not there added.
     */
    static byte[] inputs(Document html, Path baseDir, PdfMetadata meta, String variant, Map<Path, byte[]> fileDigests)
            throws IOException {
        return read(html, baseDir, meta, variant, fileDigests, java.util.function.UnaryOperator.identity()).digest();
    }

    /**
     * A PDF's inputs as digested: the digest, and the document's markup as it was digested, which the print reads
     * again for the characters it draws (serialising a print document is a fiftieth of its print).
     */
    private record Inputs(byte[] digest, String markup) {
    }

    private static Inputs read(Document html, Path baseDir, PdfMetadata meta, String variant, Map<Path, byte[]> fileDigests,
                               java.util.function.UnaryOperator<Path> locate) throws IOException {
        MessageDigest sha = Sha256.digest();
        update(sha, VERSION);
        update(sha, String.valueOf(meta));
        update(sha, variant);
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        String markup = html.outerHtml();
        update(sha, markup);
        for (String ref : localReferences(html)) {
            Path file = resolve(baseDir, ref);
            file = file == null ? null : locate.apply(file); // a picture of a site's static folder: its bytes
            update(sha, ref);
            if (file != null && Files.isRegularFile(file)) {
                byte[] digest = fileDigests.get(file);
                if (digest == null) {
                    digest = Sha256.of(Files.readAllBytes(file));
                    fileDigests.put(file, digest); // two threads may both hash a file once: the same digest
                }
                sha.update(digest);
            }
        }
        return new Inputs(sha.digest(), markup);
    }

    /** Every relative URL the document refers to (pictures, styles, CSS url()), in a fixed order. */
    static Set<String> localReferences(Document html) {
        Set<String> refs = new TreeSet<>();
        for (Element e : html.select("[src], link[href], image[href], use[href]")) {
            refs.add(e.hasAttr("src") ? e.attr("src") : e.attr("href"));
        }
        for (Element e : html.select("style, [style]")) {
            Matcher m = CSS_URL.matcher(e.tagName().equals("style") ? e.data() : e.attr("style"));
            while (m.find()) {
                refs.add(m.group(1));
            }
        }
        refs.removeIf(ref -> ref.isBlank() || ref.startsWith("data:") || ref.startsWith("#") || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"));
        return refs;
    }

    private static Path resolve(Path baseDir, String ref) {
        try {
            String path = ref.replaceFirst("[?#].*$", "");
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = baseDir.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            return file.startsWith(baseDir.normalize()) ? file : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /** The plugin's version and the fonts' families: part of the inputs. */
    private static final String VERSION = "handbook-press " + (PdfCache.class.getPackage().getImplementationVersion() == null ? "dev"
            : PdfCache.class.getPackage().getImplementationVersion()) + ' ' + List.of(PdfFonts.TEXT_FAMILIES);

    /** The plugin's version and the jar (size, date) it runs from: a new plugin prints everything again. */
    private static final String ENGINE = engine();

    private static String engine() {
        StringBuilder id = new StringBuilder(VERSION);
        try {
            CodeSource source = PdfCache.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path jar = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    id.append(' ').append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            id.append(" unknown-jar");
        }
        return id.toString();
    }
}
