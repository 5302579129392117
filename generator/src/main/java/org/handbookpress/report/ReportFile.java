package org.handbookpress.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.handbookpress.findings.Report;
import org.handbookpress.output.OutputGuard;

/**
 * Writes {@code handbook-report.json} where the build was told to (by default the project's
 * {@code target/}, beside the output folder). Never inside the content or templates folder, which
 * are the author's (compared as real paths, so a symbolic link cannot hide them), never over a file
 * that is not a previous report, and written whole or not at all, so a reader never sees half a report.
 */
public final class ReportFile {

    /** How a report this class wrote begins: the first two members of {@link JsonReport}. */
    private static final Pattern A_REPORT = Pattern.compile("\\A\\{\\s*\"version\":\\s*\\d+,\\s*\"strict\":");

    private ReportFile() {
    }

    /**
     * Why the report may not be written at {@code file}, or null when it may. Checked before the build
     * starts, so a refused report is a finding of its own, and again before writing.
     */
    public static String refusal(Path file, Path contentDir, Path templatesDir) {
        Path target = OutputGuard.real(file);
        for (Path folder : new Path[] {contentDir, templatesDir}) {
            if (folder != null && target.startsWith(OutputGuard.real(folder))) {
                return "the report " + file + " would be inside the " + (folder == contentDir ? "content" : "templates")
                        + " folder " + OutputGuard.real(folder) + ", which belongs to the author";
            }
        }
        if (Files.isDirectory(target)) {
            return "the report " + file + " is a folder";
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isReport(target)) {
            return "the report " + file + " would overwrite " + target + ", a file that is not a previous handbook report";
        }
        return null;
    }

    /**
     * Where to point {@code -Dhandbook.report} instead of a refused file: the usual {@code target/handbook-report.json},
     * unless that too is among the author's files (content folder {@code .}, the project's own folder, has target/ in it),
     * then a file beside the content folder, with the way to keep target/ out of the content.
     */
    public static String advice(Path contentDir, Path templatesDir) {
        Path usual = Path.of("target", "handbook-report.json");
        if (refusal(usual, contentDir, templatesDir) == null) {
            return "set -Dhandbook.report to a file of its own, such as " + usual.toString().replace('\\', '/');
        }
        Path parent = OutputGuard.real(contentDir).getParent();
        return "set -Dhandbook.report to a file outside the content folder" + (parent == null ? "" : ", such as "
                + parent.resolve("handbook-report.json")) + ", or keep the pages in a folder of their own beside pom.xml "
                + "(-Dhandbook.content=content), so that target/ is not among them";
    }

    /**
     * @throws IOException when it cannot be written, or may not be (see {@link #refusal}); a previous report there is
     *         then removed, when it may be written but the writing fails, so that it is never read as this build's
     */
    public static void write(Path file, Path contentDir, Path templatesDir, Report report) throws IOException {
        write(file, contentDir, templatesDir, report, (partial, text) -> Files.writeString(partial, text, StandardCharsets.UTF_8));
    }

    /** Writes a report's text into the partial file beside it; a test's can fail as a full disk does. */
    interface TextWriter {
        void write(Path partial, String text) throws IOException;
    }

    static void write(Path file, Path contentDir, Path templatesDir, Report report, TextWriter writer) throws IOException {
        String refusal = refusal(file, contentDir, templatesDir);
        if (refusal != null) {
            throw new IOException(refusal + "; " + advice(contentDir, templatesDir));
        }
        Path target = OutputGuard.real(file);
        try {
            writeWhole(target, JsonReport.of(report), writer);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + removeLast(target), e);
        }
    }

    private static void writeWhole(Path target, String text, TextWriter writer) throws IOException {
        Files.createDirectories(target.getParent());
        // A short name of its own: the report's name and the random part together could pass the 255 bytes a file
        // name may have.
        Path partial = Files.createTempFile(target.getParent(), ".handbook-report-", ".partial");
        try {
            writer.write(partial, text);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Removes the last build's report after this build's could not be written (a full disk, say): left in place, it
     * may say "passed" of a build that failed, and a CI gate would read it as this build's. Only a report is removed
     * ({@link #refusal} has checked that the file there is one). Returns what to add to the message.
     */
    private static String removeLast(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try {
            Files.delete(target);
            return "; the last build's report there was removed, so that it is not read as this build's";
        } catch (IOException e) {
            return "; the last build's report there could not be removed either (" + e.getMessage()
                    + "): it is not this build's, delete it before reading it";
        }
    }

    /** As {@link #write(Path, Path, Path, Report)} without a templates folder. */
    public static void write(Path file, Path contentDir, Report report) throws IOException {
        write(file, contentDir, null, report);
    }

    /** An empty file (made ready by a script) or one that begins as this class writes reports. */
    private static boolean isReport(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (Files.size(file) == 0) {
                return true;
            }
            byte[] start = new byte[64];
            int read;
            try (var in = Files.newInputStream(file)) {
                read = in.readNBytes(start, 0, start.length);
            }
            return A_REPORT.matcher(new String(start, 0, read, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
