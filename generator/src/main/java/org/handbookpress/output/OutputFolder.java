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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.handbookpress.files.FileNames;

/**
 * Where a build writes. Everything goes into a staging folder beside the output and is swapped in
 * only when the whole build succeeded, so a failed build leaves the previous site untouched; and no
 * path may leave the staging folder, so a build never writes anywhere else.
 * <p>
 * Opening it checks the folder with {@link OutputGuard} (real paths, never the author's folders, only
 * a folder a build wrote), then takes the folder's {@link OutputLock}, so two builds (or a build and
 * the preview server) never write into the same output at once. Each run stages into a folder of
 * its own ({@code .handbook.staging-<pid>-<random>}), which carries the {@link OutputGuard#MARKER}
 * into the output. The lock is held until {@link #commit()} or {@link #abandon()}.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final OutputLock lock;
    /** The site paths of the author's files copied in, and those the build then wrote a file of its own over. */
    private final java.util.Set<String> copied = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> replaced = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean finished;

    private OutputFolder(Path output, OutputLock lock) {
        this.output = output;
        this.lock = lock;
        String name = output.getFileName().toString();
        String run = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.staging = output.resolveSibling("." + name + ".staging-" + run);
        this.previous = output.resolveSibling("." + name + ".previous-" + run);
    }

    /** As {@link #open(Path, Path, Path, Path, Duration, Consumer)} without templates, not waiting for a lock. */
    public static OutputFolder open(Path output, Path contentDir, Path projectDir)
            throws IOException, UnsafeOutputException, OutputLock.LockedException {
        return open(output, contentDir, null, projectDir, Duration.ZERO, message -> { });
    }

    /**
     * Refuses an output folder that is, holds or is inside another folder the build reads ({@code name} says which: a
     * site's static folder, Hugo's static/ or Astro's public/), as it refuses the content folder.
     */
    public static void refuseOverlap(Path output, Path folder, String name) throws UnsafeOutputException {
        OutputGuard.refuseOverlap(OutputGuard.real(output), folder, name);
    }

    /**
     * Checks that the folder is a safe place to write to, takes its lock and opens a fresh staging folder.
     *
     * @param lockWait how long to wait for another build that holds the folder
     * @param log      told when the build waits for another, or recovers a killed build's lock
     * @throws UnsafeOutputException when the output would overwrite something not the build's own
     * @throws OutputLock.LockedException when another build still holds the folder after the wait
     */
    public static OutputFolder open(Path output, Path contentDir, Path templatesDir, Path projectDir, Duration lockWait,
                                    Consumer<String> log) throws IOException, UnsafeOutputException, OutputLock.LockedException {
        Path out = OutputGuard.check(output, contentDir, templatesDir, projectDir);
        OutputLock lock = OutputLock.acquire(out, lockWait,
                holder -> log.accept("waiting for " + holder + ", which is writing to " + out));
        try {
            if (lock.staleHolder() > 0) {
                log.accept("took over the lock of " + out + " from process " + lock.staleHolder() + ", which no longer runs");
            }
            // Checked again under the lock: the folder may have changed while this build waited.
            OutputGuard.check(out, contentDir, templatesDir, projectDir);
            OutputFolder folder = new OutputFolder(out, lock);
            folder.clearLeftovers();
            Files.createDirectories(folder.staging);
            Files.writeString(folder.staging.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException | UnsafeOutputException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Staging and previous-output folders left by builds that were killed before they could clear them:
     * only those named as this class names them and carrying the marker, and only under the lock, so
     * never a running build's.
     */
    private void clearLeftovers() throws IOException {
        String name = output.getFileName().toString();
        List<Path> left;
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            left = siblings.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".previous-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isMarked(p);
            }).toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        for (Path dir : left) {
            deleteTree(dir);
        }
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
        if (copied.contains(sitePath)) {
            replaced.add(sitePath);
        }
        Path target = resolve(sitePath);
        createParent(target);
        Files.write(target, bytes);
    }

    public void write(String sitePath, String text) throws IOException {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The author's files (copied in) that the build then replaced with a file of its own at the same path, sorted: a
     * content folder's {@code search.html} or {@code assets/theme.css}, a Hugo site's {@code static/404.html}.
     */
    public List<String> replacedFiles() {
        return replaced.stream().sorted().toList();
    }

    /** Writes on a thread of their own, for a stage that writes thousands of files from many threads ({@link QueuedWrites}). */
    public QueuedWrites queued() {
        return new QueuedWrites(this);
    }

    /** Copies one of the author's files in; a later {@link #write} to the same path replaces it ({@link #replacedFiles}). */
    public void copy(Path source, String sitePath) throws IOException {
        copied.add(sitePath);
        Path target = resolve(sitePath);
        createParent(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Most files go into a folder that is already there (a site of 1,000 pages writes 9,000 search files into
     * one): one look at it is much cheaper than createDirectories, which tries to make it and fails first.
     */
    private static void createParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(parent);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(resolve(sitePath));
    }

    /** Swaps the finished site in for the previous one, and releases the folder's lock. */
    public void commit() throws IOException {
        try {
            boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
            if (hadOutput) {
                move(output, previous);
            }
            try {
                move(staging, output);
            } catch (IOException e) {
                if (hadOutput) {
                    move(previous, output); // put the previous site back rather than leave none
                }
                throw e;
            }
            deleteTree(previous);
        } finally {
            finished = true;
            lock.close();
        }
    }

    /** Throws away a failed build's files and releases the lock; the previous output stays as it was. */
    public void abandon() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // Leaving a staging folder behind is harmless: the next build clears it first.
        } finally {
            lock.close();
        }
    }

    /** Abandons the build unless it was committed: whatever ended it, the lock is released. */
    @Override
    public void close() {
        abandon();
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
