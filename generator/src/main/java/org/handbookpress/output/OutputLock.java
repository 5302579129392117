package org.handbookpress.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock file beside the output ({@code .handbook.lock} for
 * {@code target/handbook}) holding the process id of the build that writes there. The operating system's
 * file lock on it is what excludes (the system drops it when a process dies, so a killed build's lock
 * is recovered by the next one); the process id is there to name the holder in the message.
 * <p>
 * The file is deleted while still locked, when the build ends. A waiting build that locked the file
 * just as it was deleted notices that its lock is on a file no longer at the path (the token it wrote
 * is not there) and tries again, so two builds can never both hold the folder.
 */
public final class OutputLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final long staleHolder;

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
        Path file = fileFor(output);
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            OutputLock taken = tryAcquire(file);
            if (taken != null) {
                return taken;
            }
            String holder = holder(file);
            if (System.nanoTime() - deadline >= 0) {
                throw new LockedException(file, holder, wait);
            }
            if (!told) {
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

    private static OutputLock tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process already holds it, for another build of the same folder
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            long previous = pidIn(channel);
            long stale = previous > 0 && previous != ProcessHandle.current().pid()
                    && ProcessHandle.of(previous).map(p -> !p.isAlive()).orElse(true) ? previous : -1;
            String token = ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            String atPath;
            try {
                atPath = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                atPath = "";
            }
            if (!atPath.equals(token)) {
                // Locked a file its holder deleted as it finished: the lock is not on the file at the path.
                lock.release();
                channel.close();
                return null;
            }
            return new OutputLock(file, channel, lock, stale);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Who holds the lock, for the message: the process id and whether that process still runs. */
    static String holder(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "another build";
        }
        String first = text.isEmpty() ? "" : text.split("\\s+")[0];
        long pid;
        try {
            pid = Long.parseLong(first);
        } catch (NumberFormatException e) {
            return "another build";
        }
        if (pid == ProcessHandle.current().pid()) {
            return "another build in this same process (" + pid + ")";
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

    /** Deletes the lock file while still holding it, then releases it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A lock file left behind is recovered by the next build: its operating-system lock is gone.
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
