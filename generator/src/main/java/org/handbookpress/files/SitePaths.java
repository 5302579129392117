package org.handbookpress.files;

/**
 * Paths inside the handbook as its text writes them: forward slashes, from the top of the content folder (which is the
 * top of the site). Here, below the packages that resolve links and show other files' text, so that both fold a path
 * the same way.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /**
     * Resolves a relative path against a folder, folding "." and "..".
     *
     * @return the normalised path, or null when it climbs above the root
     */
    public static String resolve(String folder, String relative) {
        String joined = relative.startsWith("/") ? relative.substring(1) : (folder.isEmpty() ? relative : folder + "/" + relative);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty()) {
                parts.addLast(part);
            }
        }
        String result = String.join("/", parts);
        return joined.endsWith("/") && !result.isEmpty() ? result + "/" : result;
    }

    /**
     * Whether the content folder holds a file at {@code path} (a path inside it, from its top), read or not by the build:
     * for a finding about a link or an entry naming a file the build left out, that the file is there.
     */
    public static boolean isFileIn(java.nio.file.Path contentDir, String path) {
        java.nio.file.Path file = contentDir.resolve(path).normalize();
        return file.startsWith(contentDir) && java.nio.file.Files.isRegularFile(file);
    }
}
