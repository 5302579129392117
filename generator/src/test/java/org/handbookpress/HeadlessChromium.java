package org.handbookpress;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's Chromium headless on a page and returns the DOM after its scripts ran: enough to
 * test the site's JavaScript and run axe-core, with no driver library. Chromium is started as the
 * machine's closed network needs it (no background connections) with a fresh profile each time.
 */
public final class HeadlessChromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Skips the test where Chromium is missing, except on CI, where a missing browser must fail. */
    public static void assumeAvailable() {
        if ("true".equals(System.getenv("CI"))) {
            if (!Files.isExecutable(BINARY)) {
                fail("Chromium is required on CI (apt-get install -y chromium); .ci/run installs it");
            }
            return;
        }
        assumeTrue(Files.isExecutable(BINARY), "Chromium is not installed; browser tests skipped");
    }

    /**
     * @param extraFlags e.g. {@code --force-dark-mode}
     * @return the serialised DOM after at most {@code budgetMillis} of virtual time
     */
    public static String dumpDom(URI page, int width, int height, int budgetMillis, List<String> extraFlags, Path work)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium");
        String dom = dumpDom(page, width, height, budgetMillis, extraFlags, work, profile);
        deleteTree(profile);
        return dom;
    }

    /** The same, in a profile kept between runs (a service worker and its cache survive). */
    public static String dumpDom(URI page, int width, int height, int budgetMillis, List<String> extraFlags, Path work, Path profile)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--virtual-time-budget=" + budgetMillis));
        command.addAll(extraFlags);
        command.add("--dump-dom");
        command.add(page.toString());
        // Headless Chromium with a virtual-time budget now and then never exits (once in a dozen clean CI runs, on a
        // page it renders in 5 s every other time): a second run, in a fresh process, is what a person would do. A
        // page that hangs it every time still fails.
        for (int attempt = 1; attempt <= 2; attempt++) {
            Path out = Files.createTempFile(work, "dom", ".html");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(work.resolve("chromium.log").toFile()).start();
            if (process.waitFor(90, TimeUnit.SECONDS)) {
                return Files.readString(out, StandardCharsets.UTF_8);
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return fail("Chromium did not finish in 90 seconds, twice, on " + page);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
