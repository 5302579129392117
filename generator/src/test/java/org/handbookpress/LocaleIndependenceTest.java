package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.handbookpress.testing.BuildMain;
import org.handbookpress.testing.OddNamesHandbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build under {@code LANG=C}, as many CI images run it: Java 17 then reads and writes file names
 * and, by default, text as ASCII. The handbook with {@code café gŵyl.md} and the other odd names is
 * built in a JVM of its own with those settings, and its site must be the same as anywhere else.
 */
class LocaleIndependenceTest {

    private static final String ASCII = "ANSI_X3.4-1968";

    @TempDir
    Path temp;

    @Test
    void buildsWithNonAsciiFileNamesUnderTheCLocale() throws Exception {
        Path content = OddNamesHandbook.write(temp.resolve("project"));
        Path site = temp.resolve("site");
        Run run = buildInChildJvm(content, site, Map.of("LANG", "C", "LC_ALL", "C"),
                List.of("-Dsun.jnu.encoding=" + ASCII, "-Dfile.encoding=" + ASCII));
        assertTrue(run.output().startsWith("sun.jnu.encoding=" + ASCII + " default=US-ASCII"),
                "the child JVM really reads file names and text as ASCII: " + run.output());
        assertEquals(0, run.exitCode(), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
        OddNamesHandbook.assertEveryLinkWorks(site);
    }

    record Run(int exitCode, String output) {
    }

    static Run buildInChildJvm(Path content, Path site, Map<String, String> env, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BuildMain.class.getName());
        command.add(content.toString());
        command.add(site.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANG") || key.equals("LANGUAGE"));
        builder.environment().putAll(env);
        Path log = Files.createTempFile("child-build", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not finish in 5 minutes: " + Files.readString(log, StandardCharsets.ISO_8859_1));
        }
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }
}
