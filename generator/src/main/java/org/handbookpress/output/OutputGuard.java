package org.handbookpress.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something that is not the build's own. Replacing
 * the output is a delete, so this check runs before anything is written, and it compares real paths
 * (symbolic links resolved), so a link cannot make the content or the home folder look like somewhere else.
 * <ul>
 *   <li>never the file system root, the home folder or any folder above it, the project folder or above it;</li>
 *   <li>never the content or templates folder, inside either, or above either;</li>
 *   <li>an existing folder that is not empty is replaced only when it holds the {@link #MARKER} file a
 *       previous build wrote (or, once, when it is a previous build's output inside the project's
 *       {@code target/}, written before the marker existed).</li>
 * </ul>
 */
public final class OutputGuard {

    /** Written into every output folder; its presence is what allows the next build to replace the folder. */
    public static final String MARKER = ".handbook-output";

    /** The marker's text: its first line is checked, the rest tells a person what the file is for. */
    public static final String MARKER_TEXT = "Handbook Press output folder\n"
            + "This folder is replaced as a whole by every build of the handbook (mvn handbook:build).\n"
            + "Delete this file to stop the build from replacing the folder.\n";

    private OutputGuard() {
    }

    /**
     * @param output      the output folder, as given
     * @param contentDir  the content folder (may be null)
     * @param templatesDir the user's templates folder (may be null or missing)
     * @param projectDir  the project folder (may be null outside Maven)
     * @return the output folder's real path, which the build then works on
     */
    static Path check(Path output, Path contentDir, Path templatesDir, Path projectDir) throws UnsafeOutputException {
        Path out = real(output);
        if (out.getParent() == null) {
            throw new UnsafeOutputException("the output folder is the root of the file system (" + out + ")");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && real(Path.of(home)).startsWith(out)) {
            throw new UnsafeOutputException("the output folder " + out + (real(Path.of(home)).equals(out) ? " is your home folder"
                    : " contains your home folder"));
        }
        if (projectDir != null && real(projectDir).startsWith(out)) {
            throw new UnsafeOutputException("the output folder " + out + (real(projectDir).equals(out) ? " is the project folder"
                    : " contains the project folder"));
        }
        refuseOverlap(out, contentDir, "content");
        refuseOverlap(out, templatesDir, "templates");
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new UnsafeOutputException("the output " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !isMarked(out) && !isUnmarkedPreviousOutput(out, projectDir)) {
            throw new UnsafeOutputException("the output folder " + out + " already holds files, and no " + MARKER
                    + " file says a handbook build wrote them; the build replaces its output folder as a whole, so it will not delete them");
        }
        return out;
    }

    /** A path inside the content or templates folder, refused the same way: the build must never write there. */
    static void refuseOverlap(Path path, Path folder, String name) throws UnsafeOutputException {
        if (folder == null) {
            return;
        }
        Path dir = real(folder);
        if (path.equals(dir)) {
            throw new UnsafeOutputException("the output folder " + path + " is the " + name + " folder");
        }
        if (dir.startsWith(path)) {
            throw new UnsafeOutputException("the output folder " + path + " contains the " + name + " folder " + dir);
        }
        if (path.startsWith(dir)) {
            throw new UnsafeOutputException(path + " is inside the " + name + " folder " + dir
                    + ", which belongs to the author (and a build would read its own output)");
        }
    }

    /**
     * The path with every symbolic link resolved: the real path of its nearest existing ancestor, with
     * the rest of the names (which do not exist yet, so cannot be links) appended.
     */
    public static Path real(Path path) {
        Path abs = path.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs.normalize();
        }
        try {
            Path base = existing.toRealPath();
            return base.resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs.normalize();
        }
    }

    static boolean isMarked(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).startsWith(MARKER_TEXT.substring(0, MARKER_TEXT.indexOf('\n') + 1));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) throws UnsafeOutputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UnsafeOutputException("the output folder " + folder + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The upgrade path: builds before the marker left {@code target/handbook} without one. Such a folder
     * is accepted only where Maven's {@code mvn clean} would delete it anyway (inside the project's
     * {@code target/}) and only when it looks like a build's output (the theme's own files and a home
     * page), so a folder someone keeps there by hand is still refused.
     */
    private static boolean isUnmarkedPreviousOutput(Path folder, Path projectDir) {
        if (projectDir == null) {
            return false;
        }
        Path target = real(projectDir).resolve("target");
        return folder.startsWith(target) && !folder.equals(target)
                && Files.isRegularFile(folder.resolve("assets/theme.css"), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve("assets/theme.js"), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve("index.html"), LinkOption.NOFOLLOW_LINKS);
    }
}
