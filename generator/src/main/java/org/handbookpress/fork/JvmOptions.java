package org.handbookpress.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The options the forked build's JVM starts with, chosen for a build rather than for Maven: measured on the
 * benchmark corpus (bench/README.md), the serial collector, told to keep less of its heap free, holds a
 * 10,000-page build to about 0.75 GB (where G1 grows its heap to 1.4–2.4 GB) at no cost in time on a few
 * cores, and the quick
 * compiler alone (C1) builds a handbook of up to 10,000 pages as fast or faster, since much of its CPU would
 * otherwise go to the optimising compiler (C2) warming up. Medians of alternating runs on 2 cores: 1,000 pages
 * 10.4 s with C1 alone against 13.2 s with both; 3,000 pages 13.4 s against 14.5 s and 5,000 pages 18.9 s
 * against 20.7 s with both and the inlining below; 10,000 pages 29.1-29.6 s against 28.5-30.4 s. C2 with
 * the JVM's default inlining was slower still: a quarter of a 10,000-page build's CPU went to compiling
 * Flexmark's, Jsoup's and the pipeline's methods with ever more inlined into them (42 s against 32 s with
 * the inlining below, before this round's other speed-ups).
 */
public final class JvmOptions {

    /**
     * The optimising compiler's inlining for a big handbook: hot methods of up to 120 bytecodes (the default
     * 325), none already compiled to more than 1,000 bytes (2,500), and calls nested at most 5 deep (15). Its
     * compiler thread still took a fifth of a 10,000-page build's CPU with the first two (perf, 2 cores); with the
     * third the build took 27.6 s against 32.3 s, medians of 9 alternating pairs (faster in 8), and less CPU.
     */
    static final List<String> BIG_HANDBOOK_INLINING = List.of("-XX:FreqInlineSize=120", "-XX:InlineSmallCode=1000",
            "-XX:MaxInlineLevel=5");
    /** Below this many Markdown files the optimising compiler costs more than it saves (measured up to 10,000). */
    static final int SMALL_HANDBOOK = 10_000;
    /** The class metadata a build may load before the JVM first collects to unload classes. */
    static final String METADATA_THRESHOLD = "96m";
    /** Above this many threads the collector that works in parallel pays for itself. */
    static final int SERIAL_GC_THREADS = 4;
    /**
     * Below this many page files, on two threads or more, the parallel collector is used too: printing PDFs keeps the
     * layout of a page or a pack in memory on every worker while it is printed, and the serial collector copies it, on
     * one core, at each young collection while every worker waits (the PDF benchmark, 41 PDFs of 400 pages in all:
     * 20 pauses, 0.97 s of a 5.2 s build). Measured on 2 cores, alternating pairs: the PDF benchmark 6.86 s against
     * 7.16 s (faster in 8 pairs of 8), 25 MB more memory (570 against 550 MB); the 1,000-page corpus, which prints
     * nothing, 7.27 s against 7.28 s (7 pairs, within the noise), 410 against 385 MB. A bigger young generation for the
     * serial collector instead (-XX:NewRatio=1, -XX:NewSize=300m) gave fewer pauses but no shorter total. Above this
     * size the serial collector keeps the heap smaller (see the class comment), where memory is what runs short.
     */
    static final int PARALLEL_GC_BELOW = 2_000;

    private JvmOptions() {
    }

    /**
     * For a build of {@code contentDir} on {@code threads} threads, keeping the heap and stack sizes the
     * Maven JVM was given ({@code MAVEN_OPTS}, {@code .mvn/jvm.config}), which the author set for a reason.
     */
    public static List<String> forBuild(Path contentDir, int threads) {
        List<String> options = new ArrayList<>(inheritedSizes(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        long pageFiles = markdownFiles(contentDir, SMALL_HANDBOOK);
        boolean parallelGc = threads > SERIAL_GC_THREADS || (threads > 1 && pageFiles < PARALLEL_GC_BELOW);
        options.add(parallelGc ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC");
        // Grow the heap only to keep 20-40% of it free after a collection (the JVM's own 40-70% leaves a 10,000-page
        // build with 760 MB of heap for 315 MB of live data); measured: 0.88 GB in all instead of 0.94-0.98, no slower.
        options.add("-XX:MinHeapFreeRatio=20");
        options.add("-XX:MaxHeapFreeRatio=40");
        // A build that prints loads OpenHTMLtoPDF, PDFBox and Batik: 31 MB of class metadata, past the JVM's first
        // threshold (about 21 MB), where it collects the whole heap to see whether classes can be unloaded (none can:
        // a build loads no class twice). Measured on the PDF benchmark: one full collection of 134 ms, both workers
        // stopped. The threshold is not a reservation: metadata is still committed only as classes load.
        options.add("-XX:MetaspaceSize=" + METADATA_THRESHOLD);
        if (pageFiles < SMALL_HANDBOOK) {
            options.add("-XX:TieredStopAtLevel=1");
        } else {
            options.addAll(BIG_HANDBOOK_INLINING);
        }
        if (hugePagesOnRequest(TRANSPARENT_HUGE_PAGES)) {
            options.add("-XX:+UseTransparentHugePages");
        }
        options.add("-Djava.awt.headless=true");
        return options;
    }

    /** Where Linux says whether a process may have its memory in 2 MB pages: {@code always [madvise] never}. */
    static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Whether the heap should ask for 2 MB pages: when Linux gives them to a process that asks (the mode in
     * brackets is {@code madvise}, or {@code always}). The first touch of each 4 KB page of fresh memory cost
     * 10-15 microseconds on the build machine (a virtual machine: 400 MB in 1.1-1.5 s; in 2 MB pages 0.03 s), and a
     * build touches hundreds of MB: its collector's pauses, copying into old-generation memory never touched before,
     * took 1.0-1.5 s of the PDF benchmark's build. Measured there: 8.55 against 8.09 s, faster in 6 alternating pairs
     * of 6 (bench/HISTORY.md). Elsewhere (no such file, or {@code [never]}) the option is left out: the JVM would warn
     * that it cannot have them, or, off Linux, not know the option.
     */
    static boolean hugePagesOnRequest(Path setting) {
        try {
            String mode = Files.readString(setting, StandardCharsets.US_ASCII);
            return mode.contains("[madvise]") || mode.contains("[always]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The heap and thread-stack options among a JVM's arguments. */
    static List<String> inheritedSizes(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss")
                        || a.startsWith("-XX:MaxRAMPercentage=") || a.startsWith("-XX:MaxRAM="))
                .toList();
    }

    private static final java.util.regex.Pattern PAGE_FILE = java.util.regex.Pattern.compile("\\.(?:mdx?|qmd|rmd|markdown|ipynb)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How many page files ({@code .md}, {@code .mdx}, {@code .qmd}, {@code .Rmd}) the folder holds, counting no further than {@code limit}. */
    static long markdownFiles(Path dir, int limit) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> PAGE_FILE.matcher(f.getFileName().toString()).find())
                    .limit(limit).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the build itself reports an unreadable folder, with its file
        }
    }
}
