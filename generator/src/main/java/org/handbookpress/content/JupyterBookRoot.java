package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a Jupyter Book's {@code _toc.yml} names as its root ({@code root: pages/intro}; in the tables of contents
 * before Jupyter Book 0.11, a list, its first {@code - file:}): the book's landing page. Jupyter Book builds it as its
 * own page and writes the site's index.html as a step to it, whatever else the top folder holds; a README there is a page
 * of the repository, built but outside the book's navigation.
 *
 * <p>Here the root is the home page when the top folder has no index page of its own, published at index.html, where
 * every part of the site (the menu's "Home", the breadcrumbs, the offline copy's start) looks for the home page, and its
 * Jupyter Book address ({@code intro.html}; {@code pages/intro.html} for one in a folder, as JGIBristol/ask-jgi-handbook
 * keeps it) sends readers on to it, as an old address does. Its links are written from there, as for any page published
 * away from its file. A root at the top was published at intro.html and shown again at index.html: the menu and a link
 * to intro.md led to one address, the breadcrumbs and the site's title to the other.
 */
final class JupyterBookRoot {

    /** The book's root, a key at the top level: group 1 its path, with or without its extension. */
    private static final Pattern ROOT = Pattern.compile("^root\\s*:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*(?:#.*)?$");
    /** An entry at the top level of the old tables of contents, a list: group 1 its file, if it names one. */
    private static final Pattern OLD_ENTRY = Pattern.compile("^-\\s*(?:file\\s*:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*(?:#.*)?)?.*$");

    /** No root: a book whose table of contents names none that is a page. */
    static final JupyterBookRoot NONE = new JupyterBookRoot(null, 0);

    private final String path;
    private final int line;

    private JupyterBookRoot(String path, int line) {
        this.path = path;
        this.line = line;
    }

    /**
     * The root {@code yaml}, a {@code _toc.yml}, names among the pages at {@code paths}: its {@code root:}, or the first
     * {@code - file:} of an old table of contents that is a list; NONE when it names no page.
     */
    static JupyterBookRoot read(String yaml, List<String> paths) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher root = ROOT.matcher(lines[i].stripTrailing());
            if (root.matches()) { // wherever it stands among the top-level keys (format:, defaults:, parts:)
                return at(root.group(1), i + 1, paths);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].stripTrailing();
            if (text.isBlank() || text.startsWith("#") || Character.isWhitespace(text.charAt(0))) {
                continue; // a comment, or what an entry holds (its sections:, its title:)
            }
            Matcher entry = OLD_ENTRY.matcher(text);
            if (!entry.matches()) {
                return NONE; // a key at the top level: no old list, and no root: given
            }
            if (entry.group(1) != null) {
                return at(entry.group(1), i + 1, paths); // the list's first entry that names a file is the landing page
            }
        }
        return NONE;
    }

    private static JupyterBookRoot at(String written, int line, List<String> paths) {
        String path = SummaryFile.normal(written);
        if (path == null) {
            return NONE;
        }
        if (paths.contains(path)) {
            return new JupyterBookRoot(path, line);
        }
        for (String page : paths) { // written without its extension, as Jupyter Book's are: the first in the files' order
            if (Page.stem(page).equals(path)) {
                return new JupyterBookRoot(page, line);
            }
        }
        return NONE;
    }

    /** The root's path, when it names a page. */
    Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The page that is the handbook's home: the root, unless the top folder has an index page of its own
     * ({@code index.md}, {@code index.ipynb}…), which an author keeps as the handbook's front page; empty then, and
     * without a root.
     */
    /** Whether the root is the home page among the pages at {@code paths} ({@link #home}), which the top's README then is not. */
    boolean isHome(List<String> paths) {
        return path != null && paths.contains(path) && paths.stream().noneMatch(Page::isHome);
    }

    Optional<String> home(List<Page> pages) {
        if (path == null || pages.stream().anyMatch(Page::isHome)) {
            return Optional.empty();
        }
        return pages.stream().map(Page::path).filter(path::equals).findFirst();
    }

    /**
     * The pages with the root published at index.html when it is the home page, its own address kept as an old one that
     * sends readers on; the same pages otherwise.
     */
    List<Page> publishAtTop(List<Page> pages) {
        List<String> paths = pages.stream().map(Page::path).toList();
        return pages.stream().map(page -> publishAtTop(page, paths)).toList();
    }

    private static final String INDEX = "index.html";

    /**
     * The root a Jupyter Book's {@code _toc.yml} in {@code contentDir} names among the pages at {@code paths}; NONE without
     * one. For a page read again on its own (the preview's, {@link ContentLoader#loadPage}), which then keeps the address
     * the whole build gave it: read at its file's, it differed, and every edit of the home page was a full build.
     */
    static JupyterBookRoot of(Path contentDir, List<String> paths) throws IOException {
        Path toc = contentDir.resolve(SummaryFile.JUPYTER_TOC);
        return Files.isRegularFile(toc) ? read(Files.readString(toc, StandardCharsets.UTF_8), paths) : NONE;
    }

    /**
     * The page, published at index.html when it is the root and the home page: among {@code paths}, every page's, none is
     * an index page at the top ({@link Page#isHome}).
     */
    Page publishAtTop(Page page, List<String> paths) {
        if (path == null || !page.path().equals(path) || page.url().equals(INDEX)) {
            return page;
        }
        return paths.stream().anyMatch(Page::isHome) ? page : atTop(page);
    }

    private Page atTop(Page page) {
        FrontMatter meta = page.meta();
        List<ListedAddress> old = new ArrayList<>(meta.names().redirectFrom());
        old.add(new ListedAddress("/" + page.url(), SummaryFile.JUPYTER_TOC, "root", line));
        return new Page(page.path(), INDEX, page.file(), meta.withNames(meta.names().withRedirectFrom(List.copyOf(old))), page.title(),
                page.markdown(), page.bodyLine());
    }
}
