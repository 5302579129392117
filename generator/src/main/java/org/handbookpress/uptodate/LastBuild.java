package org.handbookpress.uptodate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.FindingLines;
import org.handbookpress.work.Sha256;

/**
 * What the last successful build left, kept in the cache folder ({@code last-build.txt}): the digest of its
 * inputs ({@link BuildInputs}), a digest of its output folder as written (every file's path, size and date),
 * its page count, strictness and findings. A build whose inputs digest is the same, and whose output folder is
 * still exactly as listed, can repeat those findings instead of building.
 *
 * @param inputs   the inputs digest
 * @param output   the output folder's digest ({@link #outputDigest})
 * @param pages    pages built
 * @param strict   whether warnings failed that build
 * @param silenced findings silenced by 'ignore:' and handbook-ignore comments
 * @param findings its findings, in report order
 */
public record LastBuild(String inputs, String output, int pages, boolean strict, long silenced, List<Finding> findings) {

    static final String FILE = "last-build.txt";

    public LastBuild {
        findings = List.copyOf(findings);
    }

    /** The record in {@code cacheDir}, if there is one that reads whole. */
    public static Optional<LastBuild> read(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String inputs = null;
            String output = null;
            int pages = -1;
            boolean strict = false;
            long silenced = 0;
            List<Finding> findings = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<String> fields = FindingLines.fields(line);
                switch (FindingLines.kind(line)) {
                    case "inputs" -> inputs = fields.get(0);
                    case "output" -> output = fields.get(0);
                    case "pages" -> pages = Integer.parseInt(fields.get(0));
                    case "strict" -> strict = Boolean.parseBoolean(fields.get(0));
                    case "silenced" -> silenced = Long.parseLong(fields.get(0));
                    case FindingLines.FINDING -> findings.add(FindingLines.parseFinding(fields));
                    default -> {
                        return Optional.empty(); // written by another version: build
                    }
                }
            }
            return inputs == null || output == null || pages < 0 ? Optional.empty()
                    : Optional.of(new LastBuild(inputs, output, pages, strict, silenced, findings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut short: build, and write it again
        }
    }

    /** Writes this record to {@code cacheDir}, replacing the last (a temporary file moved into place). */
    public void write(Path cacheDir) throws IOException {
        Files.createDirectories(cacheDir);
        StringBuilder text = new StringBuilder();
        text.append(FindingLines.line("inputs", inputs)).append('\n');
        text.append(FindingLines.line("output", output)).append('\n');
        text.append(FindingLines.line("pages", String.valueOf(pages))).append('\n');
        text.append(FindingLines.line("strict", String.valueOf(strict))).append('\n');
        text.append(FindingLines.line("silenced", String.valueOf(silenced))).append('\n');
        findings.forEach(f -> text.append(FindingLines.finding(f)).append('\n'));
        Path temp = Files.createTempFile(cacheDir, FILE, ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, cacheDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, cacheDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the record, so that the next build builds. */
    public static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
    }

    /**
     * A digest of the output folder as it stands: every file's path, size and modification time, so a file
     * changed, added or removed since (by hand, by the preview, by another build) makes the next build build.
     * Null when the folder does not exist.
     */
    public static String outputDigest(Path outputDir) throws IOException {
        if (!Files.isDirectory(outputDir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        // One entry per file and folder, in the order of their paths. The attributes are the walk's own (read once per
        // file, links not followed): asking again per file (is it a link, a folder, its size, its time) was four more
        // calls into the kernel for each of a big site's 20,000 files.
        TreeMap<Path, String> entries = new TreeMap<>();
        Files.walkFileTree(outputDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                entries.put(dir, "dir " + name(dir) + " \n");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                entries.put(file, attributes.isSymbolicLink() ? "link " + name(file) + " \n"
                        : "file " + name(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis() + "\n");
                return FileVisitResult.CONTINUE;
            }

            private String name(Path file) {
                return outputDir.relativize(file).toString().replace('\\', '/');
            }
        });
        MessageDigest sha = Sha256.digest();
        for (String entry : entries.values()) {
            sha.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
