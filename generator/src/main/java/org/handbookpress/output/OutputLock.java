package org.handbookpress.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock file beside the output ({@code .handbook.lock} for
 * {@code target/handbook}) holding the process id of the build that writes there. The operating system's
 * file lock on it is what excludes other processes (the system drops it when a process dies, so a killed
 * build's lock is recovered by the next one); the process id is there to name the holder in the message.
 * Builds in the same process (two modules of {@code mvn -T 2} given the same output, tests) are kept
 * apart by a claim in {@link #CLAIMED} first, because a second channel on the same file in one process
 * would release the first one's lock when closed (POSIX record locks belong to the process).
 * <p>
 * The file stays when the build ends, emptied: deleting it would let a build that waits on the old
 * file and one that creates a new file both believe they hold the folder. An empty lock file is free;
 * one naming a process that no longer runs, and not locked, was left by a killed build.
 */
public final class OutputLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final String ANOTHER = "another build";

    /** Lock files claimed by a build in this process: the one piece of state shared across builds, by design. */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final long staleHolder;
    private boolean closed;

    private OutputLock(Path file, FileChannel channel, FileLock lock, long staleHolder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /** The lock file of an output folder: beside it, not inside it, so it survives the swap. */
    public static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /**
     * Takes the output folder's lock, waiting up to {@code wait} for a build that holds it.
     *
     * @param waiting told once, with the holder's description, when the lock is held by another build
     * @throws LockedException when another build still holds it after the wait
     */
    public static OutputLock acquire(Path output, Duration wait, Consumer<String> waiting) throws IOException, LockedException {
        Path file = fileFor(output.toAbsolutePath().normalize());
        Files.createDirectories(file.getParent());
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        boolean told = false;
        while (true) {
            String holder;
            if (CLAIMED.add(file)) {
                boolean taken = false;
                try {
                    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    try {
                        FileLock lock = channel.tryLock();
                        if (lock != null) {
                            long previous = pidIn(channel);
                            long stale = previous > 0 && previous != ProcessHandle.current().pid()
                                    && ProcessHandle.of(previous).map(p -> !p.isAlive()).orElse(true) ? previous : -1;
                            channel.truncate(0);
                            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                            channel.force(false);
                            taken = true;
                            return new OutputLock(file, channel, lock, stale);
                        }
                        holder = describe(pidIn(channel));
                    } finally {
                        if (!taken) {
                            channel.close();
                        }
                    }
                } finally {
                    if (!taken) {
                        CLAIMED.remove(file);
                    }
                }
            } else {
                holder = "another build in this same process (" + ProcessHandle.current().pid() + ")";
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new LockedException(file, holder, wait);
            }
            // Told once, as soon as the holder has written its process id (it may have just taken the lock).
            if (!told && (!holder.equals(ANOTHER) || System.nanoTime() - start > Duration.ofSeconds(1).toNanos())) {
                waiting.accept(holder);
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockedException(file, holder, wait);
            }
        }
    }

    /** Who holds the lock, for the message: the process id and whether that process still runs. */
    private static String describe(long pid) {
        if (pid <= 0) {
            return ANOTHER;
        }
        return "process " + pid + ProcessHandle.of(pid).map(p -> p.isAlive() ? "" : " (which no longer runs)").orElse(" (which no longer runs)");
    }

    /** The process id a lock file names, or -1. */
    private static long pidIn(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 256));
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        try {
            return text.isEmpty() ? -1 : Long.parseLong(text.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The process id of a killed build whose lock file this one took over (its operating-system lock
     * went with it), or -1 when the lock was free; said in the log so a left-over file is explained.
     */
    public long staleHolder() {
        return staleHolder;
    }

    public Path file() {
        return file;
    }

    /** Empties the lock file (an empty one is free) while still holding it, then releases it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.truncate(0);
        } catch (IOException ignored) {
            // A pid left in the file names a process that will no longer hold its lock: the next build recovers it.
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to do: the process's handle is gone either way when it exits.
        } finally {
            CLAIMED.remove(file);
        }
    }

    /** Another build holds the output folder. */
    public static final class LockedException extends Exception {
        public LockedException(Path file, String holder, Duration waited) {
            super(holder + " is writing to this output folder (lock file " + file + "); waited "
                    + waited.toSeconds() + " s for it to finish");
        }
    }
}
