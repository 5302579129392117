package org.handbookpress.output;

import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy something: the file system root, the home
 * folder, the project, the content, or any folder that contains the content. Replacing the output is
 * a delete, so this check runs before anything is written.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path output, Path contentDir, Path projectDir) throws UnsafeOutputException {
        if (output.getParent() == null) {
            throw new UnsafeOutputException("the output folder is the root of the file system (" + output + ")");
        }
        String home = System.getProperty("user.home");
        if (home != null && output.equals(Path.of(home).toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("the output folder is your home folder (" + output + ")");
        }
        if (projectDir != null && output.equals(projectDir.toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("the output folder is the project folder (" + output + ")");
        }
        if (contentDir != null) {
            Path content = contentDir.toAbsolutePath().normalize();
            if (output.equals(content)) {
                throw new UnsafeOutputException("the output folder is the content folder (" + output + ")");
            }
            if (content.startsWith(output)) {
                throw new UnsafeOutputException("the output folder " + output + " contains the content folder");
            }
            if (output.startsWith(content)) {
                throw new UnsafeOutputException("the output folder " + output + " is inside the content folder, so the next build would read its own output");
            }
        }
    }
}
