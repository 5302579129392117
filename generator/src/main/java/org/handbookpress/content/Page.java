package org.handbookpress.content;

import java.nio.file.Path;
import java.util.List;
import org.handbookpress.files.SitePath;

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

    /** The same page with other front matter (names a site file gives it: an old address, a menu label). */
    public Page withMeta(FrontMatter other) {
        return new Page(path, url, file, other, title, markdown, bodyLine);
    }

    /** The folder the page sits in ("" at the top), which is its section. */
    public String folder() {
        return org.handbookpress.files.SitePath.folderOf(path);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path without {@code .md} (or another page file's extension), as wiki links may name it. */
    public String pathWithoutExtension() {
        return stem(path);
    }

    /**
     * The extensions of page files, in the order a lookup tries them: Markdown ({@code .md}); MDX ({@code .mdx},
     * Docusaurus', Nextra's, Mintlify's and Starlight's Markdown with components, read by {@link MdxSource}); Quarto's
     * and R Markdown's ({@code .qmd}, {@code .Rmd}: Pandoc's Markdown with code chunks, read by {@link CodeChunks});
     * and Markdown's longer name, {@code .markdown}, which Jekyll's new sites use. Middleman, and so the GOV.UK Tech
     * Docs Template, names a page by the address it makes and the steps that make it ({@code get-started.html.md},
     * {@code index.html.md.erb}: Markdown, after ERB); such a page is published at {@code get-started.html}, as there
     * ({@link ErbSource}). Those come first: a name ending {@code .html.md} also ends {@code .md}.
     */
    public static final List<String> EXTENSIONS = List.of(".html.md", ".html.md.erb", ".html.markdown", ".md", ".mdx", ".qmd", ".rmd",
            ".markdown", Notebooks.EXTENSION);

    /** Whether a file is read as a page: its name ends in one of {@link #EXTENSIONS}, in any case, as {@code README.MD} does. */
    public static boolean isPageFile(String name) {
        return extension(name) != null;
    }

    /** The page file extension a name ends in, in lower case; null for none. */
    static String extension(String name) {
        for (String extension : EXTENSIONS) {
            if (name.regionMatches(true, name.length() - extension.length(), extension, 0, extension.length())) {
                return extension;
            }
        }
        return null;
    }

    /** A page file's path without its extension; any other path as it is. */
    public static String stem(String path) {
        String extension = extension(path);
        return extension == null ? path : path.substring(0, path.length() - extension.length());
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
     * The same page's path in the other spellings ({@code a.mdx}, {@code a.qmd}… for {@code a.md}, and back), for lookups
     * written with {@code .md} (a link, a pack, a folder's {@code index.md}) that an MDX or Quarto page answers; none for
     * any other path. A folder cannot hold two of them: both would be written to one address ({@code page.same-output}).
     */
    public static List<String> otherSpellings(String path) {
        String extension = extension(path);
        if (extension == null) {
            return List.of();
        }
        String stem = path.substring(0, path.length() - extension.length());
        String written = path.substring(path.length() - extension.length());
        List<String> others = new java.util.ArrayList<>();
        for (String other : EXTENSIONS) {
            if (!other.equals(written)) {
                others.add(stem + other);
            }
        }
        if (!written.equals(".Rmd")) {
            others.add(stem + ".Rmd"); // as R Markdown writes it
        }
        return others;
    }

    /** "../" once per folder level, to reach the site root from this page with a relative link. */
    public String root() {
        return SitePath.toTop(url);
    }

    /**
     * A document on the register (the Documents page): every policy and agreement, and any other page
     * that declares document control (owner, approval, version or changes).
     */
    public boolean isControlled() {
        return kind().isReviewed() || !meta.control().isEmpty();
    }

    /**
     * The language the page says its text is in ({@code lang:}) when that is another than {@code folderLanguage}, the
     * language of its folder or handbook; null when it says none or the same. The same language in another country's
     * form ({@code lang: en} on the pages of an {@code en-GB} handbook, as Jekyll sites write it on every page) is the same.
     */
    public String ownLanguage(String folderLanguage) {
        String own = meta().language();
        return own == null || java.util.Locale.forLanguageTag(own).getLanguage()
                .equals(java.util.Locale.forLanguageTag(folderLanguage).getLanguage()) ? null : own;
    }

    public boolean isHome() {
        return isHome(path);
    }

    /** Whether the page at {@code path} is the top folder's {@code index.md} (or {@code index.mdx}, {@code index.ipynb}…). */
    public static boolean isHome(String path) {
        return isPageFile(path) && stem(path).equals("index");
    }

    /** Whether the page is its folder's {@code index.md} (or {@code index.mdx}, {@code index.qmd}…). */
    public boolean isIndex() {
        return isPageFile(path) && stem(fileName()).equals("index");
    }
}
