package org.handbookpress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The preview's PDFs (packs, chapters, slides and handouts), printed after the pages are served, on a
 * thread of their own, so that saving a page is never held up by them. Each print is a whole build
 * into a folder of its own; when it finishes and no newer edit has been built meanwhile, its files are
 * copied into the served site (the pages, which now link the PDFs, and the PDFs). A print overtaken by
 * a newer edit is dropped, and only the newest waiting print runs.
 */
public final class BackgroundPrints implements AutoCloseable {

    /** Prints the whole site, PDFs included, into a folder of its own; returns that folder, or null when the build failed. */
    @FunctionalInterface
    public interface Print {
        Path run() throws Exception;
    }

    private final Path served;
    private final Consumer<String> log;
    private final AtomicLong latest = new AtomicLong();
    private final Object site = new Object();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "handbook-preview-pdfs");
        t.setDaemon(true);
        return t;
    });

    public BackgroundPrints(Path served, Consumer<String> log) {
        this.served = served;
        this.log = log;
    }

    /**
     * Runs a build of the pages while no print is being copied into the site; any print still running
     * is then out of date.
     */
    public <T> T buildPages(Builder<T> pages) throws Exception {
        latest.incrementAndGet();
        synchronized (site) {
            return pages.run();
        }
    }

    @FunctionalInterface
    public interface Builder<T> {
        T run() throws Exception;
    }

    /** Queues a print of what was built last. */
    public void print(Print print) {
        long generation = latest.get();
        thread.submit(() -> {
            if (generation != latest.get()) {
                return; // a newer edit came in; its own print is queued behind this one
            }
            long start = System.nanoTime();
            try {
                Path printed = print.run();
                synchronized (site) {
                    if (printed != null && generation == latest.get()) {
                        int files = copyInto(printed, served);
                        log.accept("PDFs printed in the background in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                                + " ms; " + files + (files == 1 ? " file" : " files") + " changed (reload the page to see their links)");
                    }
                }
            } catch (Exception e) {
                log.accept("printing the PDFs in the background failed: " + e.getMessage());
            }
        });
    }

    /**
     * Copies each file of {@code from} into {@code to} where it differs from the file of that name there (most are the
     * same: the pages the preview already serves, the PDFs reused from the cache); returns how many were copied. Each
     * is written beside its place under a hidden name and moved over it, so a reader never gets half a file.
     */
    static int copyInto(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        int copied = 0;
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(file) && Files.mismatch(target, file) == -1) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling("." + target.getFileName() + ".part");
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            copied++;
        }
        return copied;
    }

    /** Waits up to {@code millis} for the queued prints; for tests. */
    void awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        var marker = thread.submit(() -> { });
        while (!marker.isDone() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
