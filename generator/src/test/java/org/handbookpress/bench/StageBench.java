package org.handbookpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;

/**
 * Builds a handbook several times in one JVM and prints each stage's median time over the builds after the
 * first (which warms the JVM up). On a machine whose speed drifts by a third within minutes, whole builds cannot
 * show a change worth a few percent; a stage's time in a warm JVM can, compared between two checkouts' classes in
 * alternating processes. Run by hand (see bench/README.md): {@code StageBench content-folder [builds=4]}.
 */
public final class StageBench {

    private StageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content").toAbsolutePath();
        int builds = Math.max(2, args.length > 1 ? Integer.parseInt(args[1]) : 4);
        Path site = Files.createTempDirectory("handbook-stage-bench").resolve("site");
        BuildOptions options = BuildOptions.of(content, site).withTimestamp(Instant.parse("2026-11-01T00:00:00Z"));
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        List<Long> totals = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            BuildResult result = new HandbookBuild(options, BuildLog.SILENT).run();
            System.out.printf("build %d: %d ms %s%n", i + 1, result.summary().totalMillis(), result.summary().stages());
            if (i > 0) {
                result.summary().stages().forEach((stage, millis) -> stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(millis));
                totals.add(result.summary().totalMillis());
            }
        }
        System.out.printf("%s, median of builds 2-%d:%n", content, builds);
        stages.forEach((stage, millis) -> System.out.printf("  %-12s %6d ms%n", stage, median(millis)));
        System.out.printf("  %-12s %6d ms%n", "total", median(totals));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
