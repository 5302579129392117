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
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Path projectDir, Boolean strict,
                           Instant timestamp, boolean checkOnly, Path reportFile, boolean printPdfs) {

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
        return new BuildOptions(contentDir, dir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs);
    }

    public BuildOptions withTimestamp(Instant time) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, time, checkOnly, reportFile, printPdfs);
    }

    public BuildOptions withStrict(Boolean value) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, value, timestamp, checkOnly, reportFile, printPdfs);
    }

    public BuildOptions withProjectDir(Path dir) {
        return new BuildOptions(contentDir, templatesDir, outputDir, dir, strict, timestamp, checkOnly, reportFile, printPdfs);
    }

    public BuildOptions checkingOnly() {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, true, reportFile, printPdfs);
    }

    public BuildOptions withOutput(Path dir) {
        return new BuildOptions(contentDir, templatesDir, dir, projectDir, strict, timestamp, checkOnly, reportFile, printPdfs);
    }

    public BuildOptions withReport(Path file) {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, file, printPdfs);
    }

    /** Leaves the PDFs out: what the preview server wants, to rebuild fast while an author types. */
    public BuildOptions withoutPdfs() {
        return new BuildOptions(contentDir, templatesDir, outputDir, projectDir, strict, timestamp, checkOnly, reportFile, false);
    }
}
