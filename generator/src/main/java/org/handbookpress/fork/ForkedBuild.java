package org.handbookpress.fork;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.SuppressForbidden;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.FindingLines;

/**
 * The main of the forked build: {@code ForkedBuild --content=… --output=… …} (as {@link #arguments} writes
 * them) runs {@link HandbookBuild} and tells its log, findings and outcome as {@link ForkLines} on standard
 * output. Exits 0 when the build passed, 1 when it failed with findings, 2 when the arguments were wrong.
 */
public final class ForkedBuild {

    private ForkedBuild() {
    }

    @SuppressForbidden("standard output is the channel to the goal that started this JVM")
    public static void main(String[] args) {
        // Lines go out on the real standard output; anything a library prints goes to standard error, which
        // the goal relays as it is, so it can never be mistaken for one of these lines.
        PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BuildOptions options;
        Duration lockWait;
        String inputs;
        try {
            Map<String, String> named = named(args);
            options = options(named);
            lockWait = Duration.ofSeconds(Long.parseLong(named.getOrDefault("lock-wait", "300")));
            inputs = named.get("inputs");
        } catch (RuntimeException e) {
            channel.println(FindingLines.line(ForkLines.FAILED, "bad arguments to the forked build: " + e.getMessage()));
            System.exit(2);
            return;
        }
        WarmUp.start(); // the libraries the Markdown stage needs, loaded while the content is read
        System.exit(run(options, lockWait, inputs, channel));
    }

    /** Runs the build, telling its log and outcome on {@code channel}; the exit status. */
    static int run(BuildOptions options, Duration lockWait, String inputs, PrintStream channel) {
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                channel.println(FindingLines.line(ForkLines.INFO, message));
            }

            @Override
            public void warn(String message) {
                channel.println(FindingLines.line(ForkLines.WARN, message));
            }

            @Override
            public void error(String message) {
                channel.println(FindingLines.line(ForkLines.ERROR, message));
            }
        };
        try {
            BuildResult result = new HandbookBuild(options, log).waitingForLock(lockWait).knowingInputs(inputs).onTheDayItRuns().run();
            result.findings().forEach(f -> channel.println(FindingLines.finding(f)));
            channel.println(FindingLines.line(ForkLines.BUILT, String.valueOf(result.pages()),
                    result.output() == null ? null : result.output().toString()));
            return 0;
        } catch (BuildFailure failure) {
            failure.findings().forEach(f -> channel.println(FindingLines.finding(f)));
            channel.println(FindingLines.line(ForkLines.FAILED, failure.getMessage(), failure.getCause() == null ? null : stackTrace(failure.getCause())));
            return 1;
        }
    }

    /** The arguments that give {@link #main} these options. */
    static List<String> arguments(BuildOptions options, Duration lockWait, String inputs) {
        List<String> args = new ArrayList<>();
        add(args, "content", options.contentDir());
        add(args, "templates", options.templatesDir());
        add(args, "output", options.outputDir());
        add(args, "project", options.projectDir());
        add(args, "strict", options.strict());
        add(args, "timestamp", options.timestamp());
        add(args, "check-only", options.checkOnly());
        add(args, "report", options.reportFile());
        add(args, "pdfs", options.printPdfs());
        add(args, "threads", options.threads());
        add(args, "cache", options.cacheDir());
        add(args, "lock-wait", lockWait.toSeconds());
        add(args, "inputs", inputs);
        return args;
    }

    static BuildOptions options(Map<String, String> named) {
        if (!named.containsKey("content") || !named.containsKey("output")) {
            throw new IllegalArgumentException("--content and --output are required");
        }
        return new BuildOptions(path(named, "content"), path(named, "templates"), path(named, "output"), path(named, "project"),
                named.containsKey("strict") ? Boolean.valueOf(named.get("strict")) : null,
                named.containsKey("timestamp") ? Instant.parse(named.get("timestamp")) : null,
                Boolean.parseBoolean(named.get("check-only")), path(named, "report"),
                !"false".equals(named.get("pdfs")), Integer.parseInt(named.getOrDefault("threads", "1")), path(named, "cache"));
    }

    static Map<String, String> named(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, not " + arg);
            }
            named.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return named;
    }

    private static void add(List<String> args, String name, Object value) {
        if (value != null) {
            args.add("--" + name + "=" + value);
        }
    }

    private static Path path(Map<String, String> named, String name) {
        String value = named.get(name);
        return value == null ? null : Path.of(value);
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
