package org.handbookpress.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Files of an {@link OutputFolder} written by one thread of their own, in the order they are given, while the
 * threads that make them go on making the next. For a stage that writes thousands of files from every core (the
 * layouts, the search index): creating a file takes its folder's lock in the kernel, so two threads creating files
 * in one folder wait for each other, and on the build machine the one waiting spins. Profiled on 1,000 pages, the
 * workers spent more time in the kernel than in Java, a third of it spinning on that lock; one writer never waits
 * for another, and leaves the cores to the work.
 *
 * <p>At most {@link #MAX_PENDING_BYTES} wait to be written; a thread with more to give waits for room. A path that
 * is not a site path is refused at once, as {@link OutputFolder#write} does; a failed write is thrown by the next
 * {@link #write} or by {@link #close}, which returns once every file given is written. Nothing should read the
 * files before then.
 */
public final class QueuedWrites implements AutoCloseable {

    static final int MAX_PENDING_BYTES = 32 * 1024 * 1024;

    private final OutputFolder folder;
    private final ExecutorService writer;
    private final Semaphore room = new Semaphore(MAX_PENDING_BYTES);
    private volatile Throwable failure;

    QueuedWrites(OutputFolder folder) {
        this.folder = folder;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "handbook-writer");
            t.setDaemon(true);
            return t;
        });
    }

    public void write(String sitePath, String text) throws IOException {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String sitePath, byte[] bytes) throws IOException {
        folder.resolve(sitePath); // a bad path fails here, in the caller, as a direct write would
        throwIfFailed();
        int size = Math.min(bytes.length, MAX_PENDING_BYTES);
        room.acquireUninterruptibly(size);
        writer.execute(() -> {
            try {
                if (failure == null) {
                    folder.write(sitePath, bytes);
                }
            } catch (IOException | RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                room.release(size);
            }
        });
    }

    /** Waits until every file given is written; throws the first write that failed. */
    @Override
    public void close() throws IOException {
        writer.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the files must be written (or failed) before the stage may go on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throwIfFailed();
    }

    private void throwIfFailed() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (f instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (f instanceof Error error) {
            throw error;
        }
    }
}
