package org.handbookpress.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.handbookpress.findings.Report;

/**
 * Writes {@code handbook-report.json} where the build was told to (by default the project's
 * {@code target/}, beside the output folder). Never inside the content folder, which is the author's,
 * and written whole or not at all, so a reader never sees half a report.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /** @throws IOException when it cannot be written; the refusal to write into the content folder is one */
    public static void write(Path file, Path contentDir, Report report) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (contentDir != null && target.startsWith(contentDir.toAbsolutePath().normalize())) {
            throw new IOException("the report " + target + " would be inside the content folder; set handbook.report elsewhere, such as target/handbook-report.json");
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, JsonReport.of(report), StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
