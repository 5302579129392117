package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files a build reads besides its content and templates (an MkDocs project's mkdocs.yml, a Docusaurus sidebars.js
 * beside the docs folder), as the build's record of its inputs holds them: each one there with its path and bytes,
 * so that an edit to one builds again.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The files of these names in the content folder, then those of the other names beside it (in its parent). */
    static List<Path> nearby(Path contentDir, List<String> inContent, List<String> besideContent) {
        Path content = contentDir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        inContent.forEach(name -> files.add(content.resolve(name)));
        if (content.getParent() != null) {
            besideContent.forEach(name -> files.add(content.getParent().resolve(name)));
        }
        return files;
    }

    /** The file's text, when it is a file that can be read as UTF-8; empty otherwise (then it is as no file). */
    static Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a {@code docs.json} or {@code mint.json} is the handbook's own data rather than Mintlify's site file, which
     * has a {@code navigation}.
     */
    static boolean isOwnData(Path file, String text) {
        String name = file.getFileName().toString();
        return (name.equals("docs.json") || name.equals("mint.json")) && !text.contains("\"navigation\"");
    }

    /** The paths and bytes of those of {@code files} that exist; {@code none} when none does. */
    static String describe(List<Path> files) {
        StringBuilder read = new StringBuilder();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    read.append(file).append('\n').append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
                }
            } catch (IOException e) {
                read.append(file).append(" unreadable\n");
            }
        }
        return read.length() == 0 ? "none" : read.toString();
    }
}
