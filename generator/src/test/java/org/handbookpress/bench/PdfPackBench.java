package org.handbookpress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;

/**
 * Prints a generated pack of about 200 pages and reports PDF pages per second. Run by hand (see
 * bench/README.md): {@code PdfPackBench [parts] [runs]}. The generated pages are plain pages, so the
 * build prints the one pack and no per-page PDFs; the time is the whole build's, warm.
 */
public final class PdfPackBench {

    private PdfPackBench() {
    }

    public static void main(String[] args) throws Exception {
        int parts = args.length > 0 ? Integer.parseInt(args[0]) : 95;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createTempDirectory("handbook-bench");
        try {
            Path content = root.resolve("content");
            generate(content, parts);
            BuildOptions options = BuildOptions.of(content, root.resolve("site")).withTimestamp(Instant.parse("2026-11-01T00:00:00Z"));
            try {
                new HandbookBuild(options, BuildLog.SILENT).run(); // warm-up: class loading and JIT
            } catch (org.handbookpress.BuildFailure e) {
                e.findings().forEach(System.err::println);
                throw e;
            }
            int pages;
            try (PDDocument pdf = Loader.loadPDF(root.resolve("site/downloads/bench.pdf").toFile())) {
                pages = pdf.getNumberOfPages();
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                new HandbookBuild(options, BuildLog.SILENT).run();
                long took = System.nanoTime() - start;
                best = Math.min(best, took);
                System.out.printf(Locale.ROOT, "run %d: %d pages in %.2f s = %.1f pages/s%n", i + 1, pages, took / 1e9, pages / (took / 1e9));
            }
            System.out.printf(Locale.ROOT, "best: %d-page pack (%d parts) in %.2f s = %.1f PDF pages/s on %d cores%n",
                    pages, parts, best / 1e9, pages / (best / 1e9), Runtime.getRuntime().availableProcessors());
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void generate(Path content, int parts) throws IOException {
        Files.createDirectories(content.resolve("workbook"));
        Files.writeString(content.resolve("handbook.yml"), """
                title: Bench Handbook
                organisation: Bench Charity
                language: en-GB
                packs:
                  - id: bench
                    title: Benchmark Workbook
                    subtitle: Generated pages for timing the PDF stage
                    include: [workbook/, glossary.md]
                    forms: true
                """);
        Files.writeString(content.resolve("index.md"), "# Bench\n\nA generated handbook.\n");
        StringBuilder glossary = new StringBuilder("---\ntitle: Glossary\nkind: glossary\n---\n\n");
        for (int t = 1; t <= 30; t++) {
            glossary.append("Term ").append(t).append("\n: The meaning of term ").append(t)
                    .append(", in a sentence long enough to wrap onto a second line in print, with “quotes” and £5.\n\n");
        }
        Files.writeString(content.resolve("glossary.md"), glossary.toString());
        for (int i = 1; i <= parts; i++) {
            StringBuilder page = new StringBuilder();
            page.append(String.format(Locale.ROOT, "---%ntitle: Part %d%n---%n%n", i));
            for (int s = 1; s <= 4; s++) {
                page.append("## Section ").append(s).append("\n\n");
                for (int p = 0; p < 3; p++) {
                    page.append("Peer mentors at the Gŵyl café listen first – they don’t rush to fix things. ")
                            .append("A session costs nothing, though travel up to £25 is repaid. ")
                            .append("See [the next part](").append(String.format(Locale.ROOT, "%03d.md", i % parts + 1))
                            .append(") and the [glossary](../glossary.md).\n\n");
                }
                page.append("- one point to remember\n- another point, a little longer than the first one\n- a third\n\n");
                if (s == 2) {
                    page.append("| What | Why |\n|---|---|\n| Chairs in a circle | Everyone is equal |\n| Tea | Something to hold |\n\n");
                }
            }
            page.append("> [!EXERCISE] 6 lines\n> What did you learn from this part?\n");
            Files.writeString(content.resolve(String.format(Locale.ROOT, "workbook/%03d.md", i)), page.toString());
        }
    }
}
