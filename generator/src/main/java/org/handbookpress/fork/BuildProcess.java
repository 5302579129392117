package org.handbookpress.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.FindingLines;
import org.handbookpress.findings.Report;
import org.handbookpress.report.ReportFile;

/**
 * Runs a build in a JVM of its own ({@link ForkedBuild}) and gives back what an in-process
 * {@code HandbookBuild.run()} would: the result, or a {@link BuildFailure} with the findings. Its log lines
 * are relayed to {@code log} as they come, and whatever else it prints (a library's warning, the JVM's own
 * complaint) to {@code log.warn}.
 */
public final class BuildProcess {

    /** Lines of the JVM's error output kept for the finding when it dies without saying why. */
    private static final int KEPT_ERROR_LINES = 20;

    /**
     * The JVM to start.
     *
     * @param java      the {@code java} executable
     * @param classpath the plugin and its libraries
     * @param options   its options ({@link JvmOptions})
     */
    public record Jvm(Path java, List<Path> classpath, List<String> options) {

        /** The same {@code java} as the JVM this runs in. */
        public static Jvm sameJava(List<Path> classpath, List<String> options) {
            boolean windows = System.getProperty("os.name", "").startsWith("Windows");
            return new Jvm(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java"), classpath, options);
        }
    }

    private BuildProcess() {
    }

    public static BuildResult run(BuildOptions options, Duration lockWait, Jvm jvm, BuildLog log) throws BuildFailure {
        return run(options, lockWait, null, jvm, log);
    }

    /**
     * As above, handing over the digest of the inputs the goal already took ({@link HandbookBuild#inputs()}; null if
     * none), so that the build does not read every content file a second time.
     */
    public static BuildResult run(BuildOptions options, Duration lockWait, String inputs, Jvm jvm, BuildLog log) throws BuildFailure {
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvm.options());
        command.add("-cp");
        command.add(jvm.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add(ForkedBuild.class.getName());
        command.addAll(ForkedBuild.arguments(options, lockWait, inputs));
        Process process;
        try {
            // Nothing is typed to the build; an input closed at once also keeps it from waiting on one.
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullInput())).start();
        } catch (IOException e) {
            throw failure(options, "could not start " + jvm.java() + ": " + e.getMessage(), List.of(), null);
        }
        // Maven stopped (Ctrl+C) stops the build too, which then leaves the output folder as it was.
        Thread stopper = new Thread(process::destroy, "handbook-fork-stopper");
        Runtime.getRuntime().addShutdownHook(stopper);
        Deque<String> errorTail = new ArrayDeque<>();
        Thread errors = relay(process.getErrorStream(), Charset.defaultCharset(), line -> {
            log.warn(line);
            synchronized (errorTail) {
                errorTail.addLast(line);
                if (errorTail.size() > KEPT_ERROR_LINES) {
                    errorTail.removeFirst();
                }
            }
        });
        Outcome outcome = new Outcome(log);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                outcome.take(line);
            }
            int status = process.waitFor();
            errors.join();
            if (outcome.built != null && status == 0) {
                return new BuildResult(outcome.output, outcome.pages, List.copyOf(outcome.findings));
            }
            if (outcome.failure != null) {
                throw new BuildFailure(outcome.failure, outcome.findings,
                        outcome.cause == null ? null : new ForkedFailure(outcome.cause));
            }
            String tail;
            synchronized (errorTail) {
                tail = String.join("\n", errorTail);
            }
            throw failure(options, "the build's JVM stopped with exit status " + status + " before it finished"
                    + (tail.isEmpty() ? "" : ": " + tail), outcome.findings, null);
        } catch (IOException e) {
            throw failure(options, "lost the build's JVM: " + e.getMessage(), outcome.findings, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(options, "interrupted", outcome.findings, e);
        } finally {
            process.destroy();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running, which is what it is for.
            }
        }
    }

    /** What the forked build said, line by line. */
    private static final class Outcome {
        private final BuildLog log;
        final List<Finding> findings = new ArrayList<>();
        String built;
        int pages;
        Path output;
        String failure;
        String cause;

        Outcome(BuildLog log) {
            this.log = log;
        }

        void take(String line) {
            List<String> fields = FindingLines.fields(line);
            switch (FindingLines.kind(line)) {
                case ForkLines.INFO -> log.info(fields.get(0));
                case ForkLines.WARN -> log.warn(fields.get(0));
                case ForkLines.ERROR -> log.error(fields.get(0));
                case FindingLines.FINDING -> findings.add(FindingLines.parseFinding(fields));
                case ForkLines.BUILT -> {
                    built = line;
                    pages = Integer.parseInt(fields.get(0));
                    output = fields.size() > 1 && fields.get(1) != null ? Path.of(fields.get(1)) : null;
                }
                case ForkLines.FAILED -> {
                    failure = fields.get(0);
                    cause = fields.size() > 1 ? fields.get(1) : null;
                }
                default -> log.info(line);
            }
        }
    }

    /** A failure inside the forked build, carrying its stack trace as text for Maven's {@code -e}. */
    static final class ForkedFailure extends Exception {
        ForkedFailure(String stackTrace) {
            super("in the build's JVM:\n" + stackTrace);
        }
    }

    /**
     * The build's JVM stopped without saying how the build ended (it could not start, or was killed): a
     * finding saying so, also written to the report, since an earlier build's report there may say passed.
     */
    private static BuildFailure failure(BuildOptions options, String what, List<Finding> findings, Throwable cause) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(Finding.error("", 0, "internal.error", "the build in a JVM of its own failed: " + what,
                "set -Dhandbook.fork=false to build in Maven's own JVM, and please report this"));
        Path report = options.reportFile();
        if (report != null && ReportFile.refusal(report, options.contentDir(), options.templatesDir()) == null) {
            try {
                ReportFile.write(report, options.contentDir(), options.templatesDir(),
                        new Report(all, 0, Boolean.TRUE.equals(options.strict())));
            } catch (IOException e) {
                all.add(Finding.error("", 0, "io", "could not write the report " + report + ": " + e.getMessage(),
                        "check the path and permissions"));
            }
        }
        return new BuildFailure(BuildFailure.opening(options.checkOnly()) + ": " + what, all, cause);
    }

    private static java.io.File nullInput() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static Thread relay(InputStream stream, Charset charset, Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, charset))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The process has gone; its exit status tells the rest.
            }
        }, "handbook-fork-errors");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
