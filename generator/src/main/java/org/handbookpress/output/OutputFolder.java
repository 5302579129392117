package org.handbookpress.output;

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
import org.handbookpress.files.FileNames;

/**
 * Where a build writes. Everything goes into a staging folder beside the output and is swapped in
 * only when the whole build succeeded, so a failed build leaves the previous site untouched; and no
 * path may leave the staging folder, so a build never writes anywhere else.
 */
public final class OutputFolder {

    private final Path output;
    private final Path staging;
    private final Path previous;

    private OutputFolder(Path output) {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = output.resolveSibling("." + name + ".staging");
        this.previous = output.resolveSibling("." + name + ".previous");
    }

    /**
     * Checks that the folder is a safe place to write to, and opens a fresh staging folder.
     *
     * @throws UnsafeOutputException when the output would overwrite the content, the project or the file system
     */
    public static OutputFolder open(Path output, Path contentDir, Path projectDir) throws IOException, UnsafeOutputException {
        Path out = output.toAbsolutePath().normalize();
        OutputGuard.check(out, contentDir, projectDir);
        OutputFolder folder = new OutputFolder(out);
        deleteTree(folder.staging);
        Files.createDirectories(folder.staging);
        return folder;
    }

    public Path output() {
        return output;
    }

    /** The folder files are written to until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** Resolves a site path inside the staging folder, refusing any that would leave it. */
    public Path resolve(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || sitePath.contains("\0")) {
            throw new IllegalArgumentException("not a site path: '" + sitePath + "'");
        }
        Path target = FileNames.resolve(staging, sitePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("site path leaves the output folder: '" + sitePath + "'");
        }
        return target;
    }

    public void write(String sitePath, byte[] bytes) throws IOException {
        Path target = resolve(sitePath);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    public void write(String sitePath, String text) throws IOException {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path target = resolve(sitePath);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean exists(String sitePath) {
        return Files.exists(resolve(sitePath));
    }

    /** Swaps the finished site in for the previous one. */
    public void commit() throws IOException {
        deleteTree(previous);
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
    }

    /** Throws away a failed build's files; the previous output stays as it was. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // Leaving a staging folder behind is harmless: the next build clears it first.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
