package org.handbookpress.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.testing.ProjectFixture;
import org.handbookpress.testing.KeptLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time per output folder, across threads and processes; a killed build's lock recovered. */
class OutputLockTest {

    @TempDir
    Path dir;

    private ProjectFixture handbook() throws Exception {
        ProjectFixture p = new ProjectFixture(dir);
        p.file("handbook.yml", "title: Lock test\n");
        p.file("index.md", "# Home\n\nSee [the guide](guide.md) and ![a dot](images/dot.png).\n");
        p.file("guide.md", "# Guide\n\nBack [home](index.md).\n");
        p.bytes("images/dot.png", java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        return p;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void twoBuildsAtOnceBothGiveACompleteSite() throws Exception {
        ProjectFixture p = handbook();
        List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    outcomes.add(new HandbookBuild(p.options().withoutPdfs(), BuildLog.SILENT).run());
                } catch (BuildFailure e) {
                    outcomes.add(e);
                }
            });
            threads.add(t);
            t.start();
            Thread.sleep(50);
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(3));
        }
        assertEquals(2, outcomes.size());
        for (Object outcome : outcomes) {
            assertTrue(outcome instanceof BuildResult, "both complete, the second after waiting: " + outcome);
        }
        assertComplete(p.output());
        try (var siblings = Files.list(p.output().getParent())) {
            assertEquals(List.of(".handbook.lock", "handbook", "handbook-report.json"),
                    siblings.map(s -> s.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
        assertEquals("", Files.readString(OutputLock.fileFor(p.output())), "the lock file is left empty: free");
    }

    @Test
    void aBuildInAnotherProcessHoldsTheFolderAndItsLockIsRecoveredWhenKilled() throws Exception {
        ProjectFixture p = handbook();
        Files.createDirectories(p.output().getParent());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), p.output().toString())
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(line != null && line.startsWith("holding"), "the other process took the lock: " + line);

            BuildFailure locked = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                    () -> new HandbookBuild(p.options().withoutPdfs(), BuildLog.SILENT).waitingForLock(Duration.ofMillis(500)).run());
            assertEquals(List.of("output.locked"), codes(locked.findings()));
            String message = locked.findings().get(0).message();
            assertTrue(message.contains("process " + holder.pid()), "names the holder's pid: " + message);
            assertFalse(Files.exists(p.output()), "nothing written while another build holds the folder");

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertTrue(Files.exists(OutputLock.fileFor(p.output())), "a killed build leaves its lock file");
            assertEquals(String.valueOf(holder.pid()), Files.readString(OutputLock.fileFor(p.output())).trim());

            KeptLog log = new KeptLog();
            new HandbookBuild(p.options().withoutPdfs(), log).waitingForLock(Duration.ofMillis(500)).run();
            List<String> said = log.lines();
            assertTrue(said.stream().anyMatch(s -> s.contains("process " + holder.pid()) && s.contains("no longer runs")), said.toString());
            assertComplete(p.output());
            assertEquals("", Files.readString(OutputLock.fileFor(p.output())), "the lock is free after the build");
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aWaitingBuildIsToldWhoHoldsTheFolder() throws Exception {
        ProjectFixture p = handbook();
        Path out = p.output();
        List<String> told = new ArrayList<>();
        try (OutputLock first = OutputLock.acquire(out, Duration.ZERO, told::add)) {
            OutputLock.LockedException e = org.junit.jupiter.api.Assertions.assertThrows(OutputLock.LockedException.class,
                    () -> OutputLock.acquire(out, Duration.ofMillis(300), told::add));
            assertTrue(e.getMessage().contains("this same process (" + ProcessHandle.current().pid() + ")"), e.getMessage());
            assertEquals(1, told.size(), "told once while waiting: " + told);
            assertEquals(first.file(), OutputLock.fileFor(out));
        }
        assertEquals("", Files.readString(OutputLock.fileFor(out)));
        OutputLock.acquire(out, Duration.ZERO, told::add).close();
    }

    static void assertComplete(Path site) {
        for (String file : List.of("index.html", "guide.html", "images/dot.png", "assets/theme.css", OutputGuard.MARKER)) {
            assertTrue(Files.isRegularFile(site.resolve(file)), "the site has " + file);
        }
    }
}
