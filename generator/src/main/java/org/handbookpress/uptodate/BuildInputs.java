package org.handbookpress.uptodate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbookpress.files.ToolFolders;
import org.handbookpress.work.Checksum;
import org.handbookpress.work.Parallel;
import org.handbookpress.work.Sha256;

/**
 * A digest of everything a build's output depends on: every file of the content and templates folders (their
 * bytes, so that a checkout that only touches dates changes nothing), the settings given to the build, the date
 * it builds for, the Java version, and the plugin and theme it runs with (each jar's size and date, or each file
 * of a classes folder). Two builds with the same digest write the same bytes.
 */
public final class BuildInputs {

    private BuildInputs() {
    }

    /**
     * @param folders  the content folder, then the templates folder (which may not exist)
     * @param settings the build's settings that change its output, as text, in a fixed order
     * @param tools    where the plugin's classes and the theme are loaded from (a jar or a folder)
     * @param threads  how many files are read and hashed at once (the same digest whatever the number: the goal
     *                 takes it before every build, and one thread took 1.5 s of a 10,000-page build's 32 to read 55 MB)
     */
    public static String digest(List<Path> folders, List<String> settings, List<URL> tools, int threads) throws IOException {
        return digest(folders, settings, tools, threads, Map.of());
    }

    /** The folder's files, in order, but for those in other tools' folders, which no build reads ({@link ToolFolders}). */
    private static List<Path> filesIn(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && ToolFolders.isToolFolder(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * As above, taking the digests of the files a build has read already ({@link #fileDigest} of their bytes as read)
     * instead of reading them again.
     *
     * @param known by folder (as given in {@code folders}), the digests of files by their path in it
     */
    public static String digest(List<Path> folders, List<String> settings, List<URL> tools, int threads,
            Map<Path, Map<String, String>> known) throws IOException {
        MessageDigest sha = Sha256.digest();
        line(sha, "handbook-inputs 3 java " + System.getProperty("java.version"));
        settings.forEach(s -> line(sha, "setting " + s));
        for (URL tool : tools) {
            Path location = location(tool);
            if (location == null) {
                line(sha, "tool " + tool);
            } else if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        line(sha, "tool-file " + location.relativize(file) + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis());
                    }
                }
            } else if (Files.isRegularFile(location)) {
                line(sha, "tool " + location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis());
            }
        }
        for (Path folder : folders) {
            line(sha, "folder " + folder);
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files = filesIn(folder);
            Map<String, String> read = known.getOrDefault(folder, Map.of());
            List<String> hashes;
            try {
                hashes = Parallel.map(files, threads, file -> {
                    String digest = read.get(path(folder, file));
                    return digest != null ? digest : fileDigest(Files.readAllBytes(file));
                });
            } catch (Parallel.Failure failure) {
                throw failure.rethrow(IOException.class, IOException.class);
            }
            for (int i = 0; i < files.size(); i++) {
                line(sha, "file " + path(folder, files.get(i)) + " " + hashes.get(i));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * One file's part of the digest: its length and the {@link Checksum} of its bytes (every page is read through this,
     * and a change is what it must notice; SHA-256 was 2.4% of a 1,000-page build's samples here).
     */
    public static String fileDigest(byte[] bytes) {
        return bytes.length + " " + Checksum.hex(bytes);
    }

    private static String path(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** The jar or folder a class or resource was loaded from; null when it is neither. */
    static Path location(URL url) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                int bang = text.indexOf("!/");
                return Path.of(new URL(bang < 0 ? text.substring(4) : text.substring(4, bang)).toURI());
            }
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void line(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
