package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbookpress.findings.Finding;
import org.handbookpress.output.OutputGuard;
import org.handbookpress.testing.ProjectFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under src/test/resources/bad-input is a small handbook project with one thing wrong, and
 * a case.properties naming the finding it must give (code, file, line) and any set-up done at run time
 * (a 50 MB file, a symbolic link, an unsafe output folder). Each case runs in strict mode, so warnings
 * fail too, and must: fail with a BuildFailure (no other exception), name its finding, write nothing
 * outside the output folder, leave the previous output as it was, and still write the JSON report.
 */
class BadInputCorpusTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsNamedFindingAndLeavesEverythingElseAlone(String name) throws Exception {
        Path project = temp.resolve(name);
        copy(corpus().resolve(name), project);
        Properties spec = new Properties();
        try (InputStream in = Files.newInputStream(project.resolve("case.properties"))) {
            spec.load(in);
        }
        setUp(project, spec.getProperty("setup", ""));
        ProjectFixture fixture = new ProjectFixture(project);
        Path marker = Files.createDirectories(fixture.output()).resolve("previous-build.txt");
        Files.writeString(marker, "the previous site");
        // A previous build's output carries the marker that lets the next build replace it.
        Files.writeString(fixture.output().resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        BuildOptions base = fixture.options();
        BuildOptions options = new BuildOptions(base.contentDir(), base.templatesDir(), output(project, spec.getProperty("output", "")),
                base.projectDir(), true, base.timestamp(), false, base.reportFile());
        Map<String, String> before = snapshot(temp, fixture.report());

        BuildFailure failure = assertThrows(BuildFailure.class, () -> new HandbookBuild(options, BuildLog.SILENT).run());

        String code = spec.getProperty("code");
        Finding finding = failure.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no " + code + " finding in " + failure.findings()));
        assertEquals(spec.getProperty("file"), finding.file(), finding.format());
        if (spec.containsKey("line")) {
            assertEquals(Integer.parseInt(spec.getProperty("line")), finding.line(), finding.format());
        }
        for (Finding f : failure.findings()) {
            assertFalse(f.format().contains("Exception") || f.format().contains("\tat "), "no stack trace: " + f.format());
        }
        assertEquals(before, snapshot(temp, fixture.report()), "nothing written outside the output folder, previous output intact");
        assertEquals("the previous site", Files.readString(marker));
        JsonNode report = new ObjectMapper().readTree(fixture.report().toFile());
        assertFalse(report.get("passed").asBoolean());
        assertTrue(report.get("findings").findValuesAsText("code").contains(code), "the report names the finding: " + report);
    }

    private static Path output(Path project, String where) {
        return switch (where) {
            case "" -> project.resolve("target/handbook");
            case "content" -> project.resolve("content");
            case "project" -> project;
            case "/" -> project.getRoot();
            default -> throw new IllegalArgumentException("unknown output in case.properties: " + where);
        };
    }

    /** Inputs that cannot sensibly be committed: a 50 MB file, a symbolic link. */
    private static void setUp(Path project, String setup) throws IOException {
        List<String> words = setup.isBlank() ? List.of() : List.of(setup.trim().split("\\s+"));
        if (words.isEmpty()) {
            return;
        }
        Path file = project.resolve("content").resolve(words.get(1));
        switch (words.get(0)) {
            case "large-file" -> {
                try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
                    huge.setLength(FIFTY_MB);
                }
            }
            case "symlink" -> Files.createSymbolicLink(file, Path.of(words.get(2)));
            default -> throw new IllegalArgumentException("unknown setup in case.properties: " + setup);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every path under the folder with its content's digest (or link target), except the report. */
    static Map<String, String> snapshot(Path root, Path except) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                tree.put(root.relativize(dir) + "/", "folder");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // The output's lock file beside it is left empty (free) by design (OutputLock).
                boolean freeLock = file.getFileName().toString().equals(".handbook.lock") && attrs.size() == 0;
                if (!file.equals(except) && !freeLock) {
                    tree.put(root.relativize(file).toString(), Files.isSymbolicLink(file) ? "link to " + Files.readSymbolicLink(file)
                            : attrs.size() > 1024 * 1024 ? "size " + attrs.size() + " modified " + attrs.lastModifiedTime() : digest(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return tree;
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
