package org.handbookpress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;

/** A handbook project in a temporary folder: content/, target/handbook, target/handbook-report.json. */
public final class ProjectFixture {

    /** Fixed "today" for the tests, so review dates do not age. */
    public static final Instant TODAY = Instant.parse("2026-11-01T00:00:00Z");

    private final Path root;

    public ProjectFixture(Path root) {
        this.root = root;
    }

    public ProjectFixture file(String contentPath, String text) throws IOException {
        Path file = content().resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public ProjectFixture bytes(String contentPath, byte[] bytes) throws IOException {
        Path file = content().resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("target/handbook");
    }

    public Path report() {
        return root.resolve("target/handbook-report.json");
    }

    public BuildOptions options() {
        return new BuildOptions(content(), root.resolve("templates"), output(), root, null, TODAY, false, report());
    }

    public BuildResult build() throws BuildFailure {
        return new HandbookBuild(options(), BuildLog.SILENT).run();
    }

    public BuildResult build(BuildOptions options) throws BuildFailure {
        return new HandbookBuild(options, BuildLog.SILENT).run();
    }
}
