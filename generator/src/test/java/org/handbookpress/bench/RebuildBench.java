package org.handbookpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;

/**
 * Times builds of a handbook (the example, or the content folder given) in one warm JVM: on one
 * thread and on all cores without the PDF cache, then a first build with an empty PDF cache and a
 * second with the cache the first left. Run by hand (see bench/README.md):
 * {@code RebuildBench [content] [runs]}; prints the median of each.
 */
public final class RebuildBench {

    private RebuildBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createTempDirectory("handbook-rebuild-bench");
        BuildOptions base = BuildOptions.of(content, root.resolve("site")).withTimestamp(Instant.parse("2026-11-01T00:00:00Z"));
        int cores = Runtime.getRuntime().availableProcessors();
        build(base); // warm-up: class loading and JIT
        long[] one = new long[runs];
        long[] all = new long[runs];
        long[] first = new long[runs];
        long[] second = new long[runs];
        BuildResult last = null;
        for (int i = 0; i < runs; i++) {
            one[i] = build(base.withThreads(1)).millis;
            all[i] = build(base.withThreads(cores)).millis;
            Path cache = root.resolve("cache-" + i);
            first[i] = build(base.withCache(cache)).millis;
            Timed again = build(base.withCache(cache));
            second[i] = again.millis;
            last = again.result;
        }
        System.out.printf("%s, %d cores, median of %d:%n", content, cores, runs);
        System.out.printf("  no cache, 1 thread      %6d ms%n", median(one));
        System.out.printf("  no cache, %d threads     %6d ms%n", cores, median(all));
        System.out.printf("  empty cache (first)     %6d ms%n", median(first));
        System.out.printf("  warm cache (second)     %6d ms  (%d of %d PDFs reused)%n", median(second),
                last.summary().pdfsReused(), last.summary().pdfs());
    }

    private record Timed(BuildResult result, long millis) {
    }

    private static Timed build(BuildOptions options) throws Exception {
        long start = System.nanoTime();
        BuildResult result = new HandbookBuild(options, BuildLog.SILENT).run();
        return new Timed(result, (System.nanoTime() - start) / 1_000_000);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
