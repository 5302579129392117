package org.handbookpress.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.fork.BuildProcess;
import org.handbookpress.fork.JvmOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Report;
import org.handbookpress.findings.Severity;

/** The parameters every goal shares, and the translation of findings into Maven's log. */
abstract class AbstractHandbookMojo extends AbstractMojo {

    /** The handbook's content folder: handbook.yml, the pages and their images. */
    @Parameter(property = "handbook.content", defaultValue = "${project.basedir}/content")
    File content;

    /** The user's templates, overriding the default theme's layouts and assets by file name. */
    @Parameter(property = "handbook.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Where the site is written; replaced as a whole, and only when the build succeeds. */
    @Parameter(property = "handbook.output", defaultValue = "${project.build.directory}/handbook")
    File output;

    /**
     * Where the JSON report of every finding is written, by both {@code build} and {@code check}
     * (schema in docs/checks.md). Beside the output folder, never inside the content.
     */
    @Parameter(property = "handbook.report", defaultValue = "${project.build.directory}/handbook-report.json")
    File report;

    /** Make warnings fail the build (as {@code strict: true} in handbook.yml does). */
    @Parameter(property = "handbook.strict")
    Boolean strict;

    /** Dates printed in the site and PDFs come from here, so that rebuilds give identical bytes. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /**
     * Threads for the per-page stages and the PDFs; 1 builds on one thread. The output is the same
     * bytes whatever the number. Default: one per core.
     */
    @Parameter(property = "handbook.threads")
    Integer threads;

    /**
     * Where PDFs are kept between builds, so that a PDF whose input has not changed is reused rather than
     * printed again. Holds only the PDFs the last build used. Beside the output, never inside the content.
     */
    @Parameter(property = "handbook.cache", defaultValue = "${project.build.directory}/handbook-cache")
    File cache;

    /**
     * How long, in seconds, a build waits for another build (or {@code handbook:serve}) that is writing to
     * the same output folder, before it stops with {@code output.locked} naming that build's process.
     */
    @Parameter(property = "handbook.lockWait", defaultValue = "300")
    int lockWait;

    /**
     * Build in a JVM of its own, started with options chosen for the build (see {@link JvmOptions}), rather
     * than in Maven's; {@code false} builds in Maven's JVM, with {@code MAVEN_OPTS}'s settings.
     */
    @Parameter(property = "handbook.fork", defaultValue = "true")
    boolean fork;

    /**
     * The options of the build's own JVM, separated by spaces, instead of those Handbook Press chooses (for
     * example {@code -Xmx2g -XX:+UseG1GC}). Unset: the serial collector, the quick compiler alone for a
     * handbook of fewer than 3,000 pages, and the heap and stack sizes Maven's JVM was given.
     */
    @Parameter(property = "handbook.jvmArgs")
    String jvmArgs;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Skip the goal. */
    @Parameter(property = "handbook.skip", defaultValue = "false")
    boolean skip;

    /** The build, waiting for the output folder's lock as {@link #lockWait} says. */
    HandbookBuild build(BuildOptions options) {
        return new HandbookBuild(options, buildLog()).waitingForLock(lockWaitTime()).onTheDayItRuns();
    }

    /** Runs the build in its own JVM when {@link #fork} says so (and Maven gave the plugin's classpath), else here. */
    BuildResult run(BuildOptions options) throws BuildFailure {
        if (!fork || plugin == null || plugin.getClassRealm() == null) {
            return build(options).run();
        }
        // Before starting a JVM: a build with nothing to do is done here.
        HandbookBuild here = build(options);
        Optional<BuildResult> same = here.upToDate();
        if (same.isPresent()) {
            return same.get();
        }
        List<Path> classpath = new ArrayList<>();
        for (URL url : plugin.getClassRealm().getURLs()) {
            try {
                classpath.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                getLog().debug("not on the build's classpath: " + url);
            }
        }
        List<String> jvm = jvmArgs == null || jvmArgs.isBlank()
                ? JvmOptions.forBuild(options.contentDir(), options.threads())
                : List.of(jvmArgs.trim().split("\\s+"));
        getLog().info("Building in a JVM of its own, with " + String.join(" ", jvm) + " (-Dhandbook.fork=false builds in Maven's)");
        return BuildProcess.run(options, lockWaitTime(), here.inputs(), BuildProcess.Jvm.sameJava(classpath, jvm), buildLog());
    }

    private Duration lockWaitTime() {
        return Duration.ofSeconds(Math.max(0, lockWait));
    }

    BuildOptions options() {
        return new BuildOptions(contentFolder(), templates.toPath(), output.toPath(), basedir.toPath(), strict,
                timestamp(), false, report == null ? null : report.toPath(), true,
                threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads,
                cacheOutsideContent());
    }

    /** {@link #contentFolder()}, worked out once for the goal. */
    private java.nio.file.Path contentFolder;

    /**
     * The content folder, or the folder of it that a Jekyll site's _config.yml names as its pages' ({@code source: src}),
     * a GitBook space's .gitbook.yaml ({@code root: ./docs/}) or an Eleventy site's .eleventy.js ({@code dir.input}): a
     * site at a repository's top whose pages are elsewhere read from there, as those tools read them. Read once, and said
     * once: the preview asks for it at every update.
     */
    private java.nio.file.Path contentFolder() {
        if (contentFolder == null) {
            var source = org.handbookpress.content.ContentLoader.siteSourceFolder(content.toPath());
            source.ifPresent(s -> getLog().info("Reading the pages in " + s.folder() + ": " + content + "/" + s.namedBy()));
            contentFolder = source.map(org.handbookpress.content.ContentLoader.SiteSource::folder).orElse(content.toPath());
        }
        return contentFolder;
    }

    /** The PDF cache folder, unless it is inside the content folder (then none: the content stays the author's). */
    private java.nio.file.Path cacheOutsideContent() {
        if (cache == null) {
            return null;
        }
        java.nio.file.Path dir = cache.toPath().toAbsolutePath().normalize();
        if (content != null && dir.startsWith(content.toPath().toAbsolutePath().normalize())) {
            getLog().warn("handbook.cache " + cache + " is inside the content folder; PDFs will not be cached");
            return null;
        }
        return dir;
    }

    /** Maven's convention: an ISO-8601 instant, or seconds since 1970; a single character means unset. */
    Instant timestamp() {
        if (outputTimestamp == null || outputTimestamp.length() < 2) {
            return null;
        }
        try {
            return Instant.parse(outputTimestamp);
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(outputTimestamp));
            } catch (NumberFormatException e2) {
                getLog().warn("project.build.outputTimestamp '" + outputTimestamp + "' is not a date; using today's date");
                return null;
            }
        }
    }

    BuildLog buildLog() {
        return new BuildLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void error(String message) {
                getLog().error(message);
            }
        };
    }

    /** The finding of a report path refused (it would overwrite the author's files): then no report was written to name. */
    private static final String REPORT_REFUSED = "output.report-unsafe";

    /** Every finding as {@code file:line:col: severity: message — fix}, in report order, then the counts. */
    void report(List<Finding> findings) {
        report(findings, findings);
    }

    /**
     * The findings {@code shown} (those not reported before: a preview's update shows only what it changed), then
     * the counts of {@code all}, the build's findings as the JSON report has them.
     */
    void report(List<Finding> shown, List<Finding> all) {
        List<Finding> findings = shown;
        String base = content == null ? "" : relativeToProject(contentFolder().toFile()) + "/";
        // A page of filler text gave thousands of lines: a file's findings of one code are listed up to a limit, the
        // rest counted in a closing line; the table and the counts below still take every one.
        for (Finding finding : org.handbookpress.report.ListedFindings.of(findings)) {
            // The code in brackets is what 'ignore:' and handbook-ignore comments name (docs/checks.md).
            String line = finding.format() + " [" + finding.code() + "]";
            if (finding.severity() == Severity.ERROR) {
                getLog().error(line);
            } else if (finding.severity() == Severity.WARNING) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        if (!findings.isEmpty()) {
            // A table by code, so a long list from migrated content is summed up where the author looks last.
            getLog().info("Findings by code:");
            org.handbookpress.report.FindingTable.lines(findings).forEach(line -> getLog().info("  " + line));
        }
        Report counts = new Report(all, 0, false);
        long unlisted = org.handbookpress.report.ListedFindings.unlisted(findings);
        getLog().info("Handbook report: " + counts.summary()
                + (unlisted == 0 ? "" : ", " + unlisted + " of them not listed (at most " + org.handbookpress.report.ListedFindings.LIMIT
                        + " of a code in a file are)")
                + (findings.isEmpty() ? "" : "; paths are relative to " + base)
                + (report == null || all.stream().anyMatch(f -> REPORT_REFUSED.equals(f.code())) ? "" : "; JSON report: " + report));
    }

    /** The content folder as the author knows it ("content"), for the summary line. */
    private String relativeToProject(File folder) {
        try {
            return basedir.toPath().toAbsolutePath().relativize(folder.toPath().toAbsolutePath()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return folder.getPath();
        }
    }

    MojoFailureException failure(BuildFailure failure) {
        report(failure.findings());
        // The findings above are the message; Maven prints a stack trace only when run with -e.
        // An internal failure keeps its cause, which Maven shows only with -e.
        return new MojoFailureException(failure.getMessage() + ". Each problem is listed above as file:line.", failure.getCause());
    }
}
