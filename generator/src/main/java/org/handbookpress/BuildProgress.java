package org.handbookpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.handbookpress.work.Progress;

/**
 * Times a build's stages for the closing summary and keeps a long build from looking stuck, without
 * flooding a CI log: one line when a stage has run for {@code quiet} (5 s), another every further
 * six times that, and for counted work (the PDFs) "done/total" at most once per {@code quiet}.
 * A short build prints nothing here at all.
 */
final class BuildProgress implements AutoCloseable {

    static final long QUIET_MILLIS = 5_000;

    private final BuildLog log;
    private final LongSupplier millis;
    private final long quiet;
    private final Map<String, Long> times = new LinkedHashMap<>();
    private final long started;
    private final ScheduledExecutorService ticker;
    private String stage;
    private long stageStarted;
    private long nextNote;
    private long nextCount;

    /** A progress reporter on the wall clock, checking every second whether a stage runs long. */
    static BuildProgress start(BuildLog log) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "handbook-progress");
            t.setDaemon(true);
            return t;
        });
        BuildProgress progress = new BuildProgress(log, () -> System.nanoTime() / 1_000_000, QUIET_MILLIS, ticker);
        ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
        return progress;
    }

    /** For tests: a clock of their own and no ticker ({@link #tick} is called by hand). */
    BuildProgress(BuildLog log, LongSupplier millis, long quiet, ScheduledExecutorService ticker) {
        this.log = log;
        this.millis = millis;
        this.quiet = quiet;
        this.ticker = ticker;
        this.started = millis.getAsLong();
    }

    /** Ends the current stage and starts the next; stages of the same name add up. */
    synchronized void stage(String name) {
        long now = millis.getAsLong();
        end(now);
        stage = name;
        stageStarted = now;
        nextNote = now + quiet;
        nextCount = now + quiet;
    }

    private void end(long now) {
        if (stage != null) {
            times.merge(stage, now - stageStarted, Long::sum);
            stage = null;
        }
    }

    /** Says so when the current stage has run long; called every second. */
    synchronized void tick() {
        long now = millis.getAsLong();
        if (stage != null && now >= nextNote) {
            log.info("Handbook: " + stage + " still running after " + seconds(now - stageStarted));
            nextNote = now + 6 * quiet;
        }
    }

    /** A counter for the current stage's items: "PDFs 3/12" at most once per quiet period, and never in a short stage. */
    Progress counter(String what) {
        return (done, total) -> {
            synchronized (this) {
                long now = millis.getAsLong();
                if (now >= nextCount && done < total) {
                    log.info("Handbook: " + what + " " + done + "/" + total + " after " + seconds(now - stageStarted));
                    nextCount = now + quiet;
                    nextNote = Math.max(nextNote, now + quiet);
                }
            }
        };
    }

    /** Each stage's time in milliseconds, in the order they first ran. */
    synchronized Map<String, Long> times() {
        Map<String, Long> out = new LinkedHashMap<>(times);
        if (stage != null) {
            out.merge(stage, millis.getAsLong() - stageStarted, Long::sum);
        }
        return out;
    }

    synchronized long total() {
        return millis.getAsLong() - started;
    }

    @Override
    public synchronized void close() {
        end(millis.getAsLong());
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private static String seconds(long ms) {
        return (ms / 1000) + " s";
    }
}
