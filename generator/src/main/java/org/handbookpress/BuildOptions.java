package org.handbookpress;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and where.
 *
 * @param contentDir   the handbook's content folder (handbook.yml, pages, images)
 * @param templatesDir the user's templates overriding the default theme by file name; may not exist
 * @param outputDir    where the site is written; replaced only when the build succeeds
 * @param projectDir   the project folder, which the output must never be (may be null outside Maven)
 * @param strict       true makes warnings fail the build; null leaves it to {@code strict:} in handbook.yml
 * @param timestamp    the build's date and time (from {@code project.build.outputTimestamp}); null means now
 * @param checkOnly    run every check and write nothing
 * @param reportFile   where the JSON report is written (target/handbook-report.json); null writes none
 * @param printPdfs    print the packs and page PDFs; the preview leaves them out to rebuild in a second
 * @param threads      threads for the per-page stages and the PDFs; 1 runs everything in order on one thread.
 *                     The output is the same bytes whatever the number
 * @param cacheDir     where PDFs are kept for the next build to reuse ({@code target/handbook-cache}); null
 *                     prints every PDF and keeps none
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Path projectDir, Boolean strict,
                           Instant timestamp, boolean checkOnly, Path reportFile, boolean printPdfs, int threads,
                           Path cacheDir) {

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Path projectDir, Boolean strict,
                        Instant timestamp, boolean checkOnly, Path reportFile, boolean printPdfs) {
        this(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs,
                Runtime.getRuntime().availableProcessors(), null);
    }

    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Path projectDir, Boolean strict,
                        Instant timestamp, boolean checkOnly, Path reportFile) {
        this(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, true);
    }

    /** Without a report file, as builds made outside Maven (tests, benchmarks) usually want. */
    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Path projectDir, Boolean strict,
                        Instant timestamp, boolean checkOnly) {
        this(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, null);
    }

    public static BuildOptions of(Path contentDir, Path outputDir) {
        return new BuildOptions(contentDir, null, outputDir, null, null, null, false, null, true);
    }

    public BuildOptions withTemplates(Path dir) {
        return new BuildOptions(contentDir, dir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs, threads, cacheDir);
    }

    public BuildOptions withTimestamp(Instant time) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, time, checkOnly, reportFile, printPdfs, threads, cacheDir);
    }

    public BuildOptions withStrict(Boolean value) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, value, timestamp, checkOnly, reportFile, printPdfs, threads, cacheDir);
    }

    public BuildOptions withProjectDir(Path dir) {
        return new BuildOptions(contentDir, templatesDir, outputDir, dir, strict, timestamp, checkOnly, reportFile, printPdfs, threads, cacheDir);
    }

    public BuildOptions checkingOnly() {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, true, reportFile, printPdfs, threads, cacheDir);
    }

    public BuildOptions withReport(Path file) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, file, printPdfs, threads, cacheDir);
    }

    /** Leaves the PDFs out: what the preview server wants, to rebuild fast while an author types. */
    public BuildOptions withoutPdfs() {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, false, threads, cacheDir);
    }

    /** Runs the per-page stages and the PDFs on {@code count} threads (1: in order, on one thread). */
    public BuildOptions withThreads(int count) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs, count, cacheDir);
    }

    /** Keeps PDFs in {@code dir} for the next build to reuse when their input is unchanged; null keeps none. */
    public BuildOptions withCache(Path dir) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs, threads, dir);
    }
}
