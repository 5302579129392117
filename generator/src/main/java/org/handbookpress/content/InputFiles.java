package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files a build reads besides its content and templates (an MkDocs project's mkdocs.yml, a Docusaurus sidebars.js
 * beside the docs folder), as the build's record of its inputs holds them: each one there with its path and bytes,
 * so that an edit to one builds again.
 */
final class InputFiles {

    private InputFiles() {
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
