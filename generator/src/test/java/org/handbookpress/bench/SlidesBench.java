package org.handbookpress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;

/**
 * What a slide deck costs a build: builds the example handbook as it is, and again with its deck
 * turned into an ordinary page, and prints both times per round; the difference is the slides stage
 * (deck, slides PDF with its overflow measurement, handout PDF). Not a test (surefire runs only
 * *Test classes): run it by hand from the repository root, with the classpath as for the other benches:
 * {@code java -cp generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.cp)
 * org.handbookpress.bench.SlidesBench}.
 *
 * <p>On the shared 2-core machine with other builds running, 23 November 2026, two runs of five rounds:
 * the first build with the deck took 3.0–3.2 s (fonts loading, JIT), later ones 0.58–1.67 s, against
 * 0.09–0.46 s with the deck as a page: the 10-slide deck costs roughly 0.5–1.4 s a build, nearly all
 * of it in the two PDFs.
 */
public final class SlidesBench {

    private static final int ROUNDS = 5;
    private static final String DECK = "training/introduction-to-peer-mentoring.md";

    private SlidesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content").toAbsolutePath();
        Path work = Files.createTempDirectory("slides-bench");
        Path withDeck = copy(content, work.resolve("with-deck"));
        Path asPage = copy(content, work.resolve("as-page"));
        Path deck = asPage.resolve(DECK);
        Files.writeString(deck, Files.readString(deck).replaceFirst("(?m)^kind: slides$", "kind: page"));
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.printf("round %d: with the deck %5d ms, deck as a page %5d ms%n", round,
                    time(withDeck, work.resolve("out-deck")), time(asPage, work.resolve("out-page")));
        }
    }

    private static long time(Path content, Path output) throws Exception {
        long start = System.nanoTime();
        new HandbookBuild(BuildOptions.of(content, output).withTimestamp(Instant.parse("2026-11-01T00:00:00Z")), BuildLog.SILENT).run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
