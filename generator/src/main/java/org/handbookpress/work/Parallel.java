package org.handbookpress.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per item on a fixed number of threads and returns the results in the items' order,
 * so that what a stage produces does not depend on which thread finished first. With one thread
 * (or one item) the tasks run in order on the calling thread. A task that fails fails the whole
 * call with the failure of the first failing item in order: an unchecked exception as thrown, a
 * checked one wrapped in {@link Failure}.
 */
public final class Parallel {

    /** A task for one item; may throw any exception, which {@link Failure} then carries. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws Exception;
    }

    /** A task that failed; {@link #getCause()} is what it threw. */
    public static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super(cause.getMessage(), cause);
        }

        /** Throws the cause when it is an {@code A} or a {@code B}; otherwise returns this, for the caller to throw. */
        public <A extends Exception, B extends Exception> RuntimeException rethrow(Class<A> a, Class<B> b) throws A, B {
            Throwable cause = getCause();
            if (a.isInstance(cause)) {
                throw a.cast(cause);
            }
            if (b.isInstance(cause)) {
                throw b.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            return this;
        }
    }

    private Parallel() {
    }

    /** The number of threads a build uses when none is given: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task) {
        int workers = Math.max(1, Math.min(threads, items.size()));
        List<R> results = new ArrayList<>(items.size());
        if (workers == 1) {
            for (T item : items) {
                results.add(run(task, item));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, new Named());
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> run(task, item)));
            }
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the task on every item, for its effect; as {@link #map}. */
    public static <T> void forEach(List<T> items, int threads, Task<T, Void> task) {
        map(items, threads, task);
    }

    private static <T, R> R run(Task<T, R> task, T item) {
        try {
            return task.apply(item);
        } catch (RuntimeException | Error e) {
            throw e; // unchecked: as the task threw it, as a loop on one thread would
        } catch (Exception e) {
            throw new Failure(e);
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new Failure(cause);
        }
    }

    /** Daemon threads named for the build, so a stuck build shows where in a thread dump. */
    private static final class Named implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "handbook-worker-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
