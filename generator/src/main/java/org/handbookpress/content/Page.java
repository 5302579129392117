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

    /** The path without {@code .md} (or {@code .mdx}), as wiki links may name it. */
    public String pathWithoutExtension() {
        return stem(path);
    }

    /**
     * Whether a file is read as a page: Markdown ({@code .md}), or MDX ({@code .mdx}, Docusaurus' and Nextra's Markdown
     * with components, read as Markdown by {@link MdxSource}); in any case, as {@code README.MD} is.
     */
    public static boolean isPageFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".mdx");
    }

    /** A page file's path without its extension; any other path as it is. */
    public static String stem(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") ? path.substring(0, path.length() - 3)
                : lower.endsWith(".mdx") ? path.substring(0, path.length() - 4) : path;
    }

    /** The address a page file's path gives it ({@code about.html} for {@code about.md}). */
    public static String address(String path) {
        return stem(path) + ".html";
    }

    /** Whether the page is published at an address other than its path's ({@code about.en.md} at {@code about.html}). */
    public boolean atOtherAddress() {
        return !url.equals(address(path));
    }

    /**
     * The same page's path in the other spelling ({@code a.mdx} for {@code a.md} and back), for lookups written with
     * {@code .md} (a link, a pack, a folder's {@code index.md}) that an MDX page answers; null for any other path.
     * A folder cannot hold both: the loader keeps the {@code .md} ({@code page.clash}).
     */
    public static String otherSpelling(String path) {
        return path.endsWith(".md") ? path + "x" : path.endsWith(".mdx") ? path.substring(0, path.length() - 1) : null;
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
        return path.equals("index.md") || path.equals("index.mdx");
    }

    /** Whether the page is its folder's {@code index.md} (or {@code index.mdx}). */
    public boolean isIndex() {
        String name = fileName();
        return name.equals("index.md") || name.equals("index.mdx");
    }
}
