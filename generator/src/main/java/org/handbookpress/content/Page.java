package org.handbookpress.content;

import java.nio.file.Path;

/**
 * One Markdown page as loaded: where it came from, where it goes, and its validated front matter.
 *
 * @param path     path relative to the content folder, forward slashes ({@code toolkit/01-setting-up.md})
 * @param url      output path relative to the site root ({@code toolkit/01-setting-up.html})
 * @param markdown the Markdown body, front matter removed
 * @param bodyLine the line of the file on which {@code markdown} starts, for messages
 * @param title    from front matter, else the first {@code #} heading, else the file name
 */
public record Page(String path, String url, Path file, FrontMatter meta, String title, String markdown, int bodyLine) {

    public Kind kind() {
        return meta.kind();
    }

    /** The folder the page sits in ("" at the top), which is its section. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path without {@code .md}, as wiki links may name it. */
    public String pathWithoutExtension() {
        return path.substring(0, path.length() - 3);
    }

    /** "../" once per folder level, to reach the site root from this page with a relative link. */
    public String root() {
        return "../".repeat((int) url.chars().filter(c -> c == '/').count());
    }

    /**
     * A document on the register (the Documents page): every policy and agreement, and any other page
     * that declares document control (owner, approval, version or changes).
     */
    public boolean isControlled() {
        return kind().isReviewed() || !meta.control().isEmpty();
    }

    public boolean isHome() {
        return path.equals("index.md");
    }
}
