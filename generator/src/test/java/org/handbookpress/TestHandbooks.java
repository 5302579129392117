package org.handbookpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Small handbooks written into a temporary folder, and the path of the example handbook. */
public final class TestHandbooks {

    public static final Instant TIMESTAMP = Instant.parse("2026-11-01T00:00:00Z");
    /** A date at which the example's policies and agreements are a mix of overdue, due soon and up to date. */
    public static final Instant MIXED_REVIEWS = Instant.parse("2027-06-01T12:00:00Z");

    private TestHandbooks() {
    }

    /** The repository's example handbook, content/. */
    public static Path exampleContent() {
        String root = System.getProperty("handbook.repoRoot", "..");
        return Path.of(root, "content").toAbsolutePath().normalize();
    }

    /** Writes the files (path → text) under {@code dir/content} and returns that content folder. */
    /**
     * The Markdown files of the example handbook, and of the real-world curricula when ../shared is beside the
     * repository: for tests that hold a quicker path to Flexmark's own on real pages.
     */
    public static java.util.List<Path> realMarkdownPages() throws IOException {
        Path corpora = Path.of(System.getProperty("handbook.repoRoot", ".."), "..", "shared", "corpora").toAbsolutePath().normalize();
        java.util.List<Path> pages = new java.util.ArrayList<>();
        for (Path root : Files.isDirectory(corpora) ? java.util.List.of(exampleContent(), corpora) : java.util.List.of(exampleContent())) {
            try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                pages.addAll(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            }
        }
        return pages;
    }

    public static Path write(Path dir, Map<String, String> files) throws IOException {
        Path content = dir.resolve("content");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = content.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        Files.createDirectories(content);
        return content;
    }

    private static BuildResult example;

    /**
     * The example handbook built once per test run (at {@link #TIMESTAMP}) into target/example-site and
     * shared by the test classes that only read it; a build with PDFs takes seconds, and the suite
     * should not spend them again and again.
     */
    public static synchronized BuildResult example() throws BuildFailure {
        if (example == null) {
            example = build(exampleContent(), Path.of("target", "example-site").toAbsolutePath());
        }
        return example;
    }

    private static Path mixedReviews;

    /**
     * The example handbook, PDFs and all, built once per test run at {@link #MIXED_REVIEWS} into
     * target/example-site-mixed-reviews, for the theme's tests: ThemeStructureTest reads it, AccessibilityTest copies it
     * before it adds axe to its pages. Each built it on its own, the same bytes, a full build with PDFs twice.
     */
    public static synchronized Path exampleWithMixedReviews() throws BuildFailure {
        if (mixedReviews == null) {
            mixedReviews = new HandbookBuild(BuildOptions.of(exampleContent(), Path.of("target", "example-site-mixed-reviews").toAbsolutePath())
                    .withTimestamp(MIXED_REVIEWS), BuildLog.SILENT).run().output();
        }
        return mixedReviews;
    }

    public static BuildResult build(Path content, Path output) throws BuildFailure {
        return new HandbookBuild(BuildOptions.of(content, output).withTimestamp(TIMESTAMP), BuildLog.SILENT).run();
    }

    /** A build of the site alone, no PDFs: what a test of pages, links and findings needs, in a tenth of the time. */
    public static BuildResult buildWithoutPdfs(Path content, Path output) throws BuildFailure {
        return new HandbookBuild(BuildOptions.of(content, output).withTimestamp(TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
    }

    /** A build's findings as {@code file:line code}, in the report's order. */
    public static java.util.List<String> codes(BuildResult result) {
        return result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }

    /** A page the build wrote, parsed. */
    public static org.jsoup.nodes.Document page(Path output, String path) throws IOException {
        return org.jsoup.Jsoup.parse(java.nio.file.Files.readString(output.resolve(path)));
    }
}
