package org.handbookpress.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.IncludeLines;
import org.handbookpress.content.Page;
import org.handbookpress.content.QuartoProject;
import org.handbookpress.content.QuartoShortcodes;
import org.handbookpress.content.WikiNames;
import org.handbookpress.files.WrittenAddress;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Another file's text shown where a page asks for it ({@link IncludeLines}: Obsidian's {@code ![[Note]]} alone on a line,
 * MkDocs' {@code --8<-- "file.md"}): the file's Markdown as HTML, in a {@code <div class="included">}, before the page's
 * own passes, so that it is sanitised, linked and checked as the page's own text. Its relative links and pictures are
 * made addresses from the top ({@code /policies/leave.md}), which the link pass resolves wherever the page is; its ids
 * are prefixed, so that a heading or footnote the two share is not one id twice; every line of it is reported at the
 * line that asks for it. Includes may include, four deep; a file that includes itself is said once.
 */
public final class Includes {

    /** How deep includes may go, which also stops a file that includes itself. */
    static final int MAX_DEPTH = 4;
    private static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final Pattern MARKUP = Pattern.compile("(?i)\\.(html?|svg)$");
    /** A snippet's range of lines: group 1 the file, 2 the first line, 3 the last (empty: to the end). */
    private static final Pattern RANGE = Pattern.compile("^(.+?):(\\d+):(\\d*)$");
    /** A snippet's named section, {@code file.md:contacts}: group 1 the file, 2 the name. */
    private static final Pattern SECTION = Pattern.compile("^(.+?\\.[A-Za-z0-9]+):([A-Za-z_][\\w-]*)$");
    private static final Pattern SECTION_MARK = Pattern.compile("--8<-- \\[(?:start|end):[\\w-]+\\]");

    /**
     * Refuses Markdown the converter cannot read (nesting or a rule's run that would overflow its stack), adding
     * findings for it to {@code to}: the page's own guards, which the build runs before converting a page, and which
     * an included file's text must pass too, or a snippet no page guard saw fails the build as an internal error.
     */
    public interface Guard {
        boolean refuses(Page text, Findings to);
    }

    private final Handbook handbook;
    private final MarkdownConverter converter;
    private final Findings findings;
    private final Guard guard;
    /** Pages by the names a wiki embed gives them, as a wiki link does. */
    private final WikiNames names;

    public Includes(Handbook handbook, MarkdownConverter converter, Findings findings, Guard guard) {
        this.handbook = handbook;
        this.converter = converter;
        this.findings = findings;
        this.guard = guard;
        this.names = new WikiNames(handbook.pages());
    }

    /** Whether a page's Markdown asks for another file's text. */
    public static boolean asks(String markdown) {
        return markdown.contains(IncludeLines.MARKER);
    }

    /**
     * The page's HTML with what it includes in place of each marker; as it was when it has none. {@code tabTitle} is told
     * each mdBook {@code {{#title …}}} the text it pastes in holds, in order: mdBook reads the tag in what its includes
     * paste as in the page itself, the last one counting.
     */
    public String expand(Page page, String html, java.util.function.Consumer<String> tabTitle) {
        if (!html.contains(IncludeLines.MARKER)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        expand(page, doc.body(), new ArrayList<>(List.of(page.path())), new int[1], tabTitle);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /**
     * Whether the guard refuses the text to include; its findings are given at the line that asks for it, naming the
     * file and the line in the text shown (a page included whole also has its own finding, at its own line).
     */
    private boolean refused(Page page, int line, String target, String path, String text) {
        Findings refusals = new Findings();
        if (!guard.refuses(new Page(path, null, null, null, "", text, 1), refusals)) {
            return false;
        }
        for (Finding f : refusals.sorted()) {
            findings.add(new Finding(page.path(), line, 0, f.severity(), f.code(), "'" + target + "', shown here, at line " + f.line()
                    + " of its text: " + f.message() + "; it is left out", f.fix()));
        }
        return true;
    }

    private void expand(Page page, Element root, List<String> chain, int[] counter, java.util.function.Consumer<String> tabTitle) {
        List<Comment> markers = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            for (Node child : e.childNodes()) {
                if (child instanceof Comment comment && comment.getData().strip().startsWith("hb-include ")) {
                    markers.add(comment);
                }
            }
        }
        for (Comment marker : markers) {
            Matcher m = IncludeLines.MARKER_PATTERN.matcher(marker.getData().strip());
            if (!m.matches()) {
                continue;
            }
            int line = Integer.parseInt(m.group(1));
            if (m.group(2).equals("mdbook")) {
                mdBook(page, line, m.group(3).strip(), marker, tabTitle);
                continue;
            }
            String target = m.group(3).strip().replace("%2D%2D", "--");
            Optional<Source> source = m.group(2).equals("liquid") ? Optional.of(liquid(page, target))
                    : m.group(2).equals("page") ? page(page, line, target) : file(page, line, target, m.group(2).equals("code"));
            if (m.group(2).equals("partial")) {
                // A Middleman partial is pasted into the page before its Markdown is read: its links are the page's.
                source = source.map(s -> new Source(s.path(), page.folder(), s.markdown(), s.section()));
            }
            if (source.isEmpty()) {
                marker.remove();
                continue;
            }
            // docsify's ':include :type=code': the file's text as code, in its language; a page's own source too, since
            // code includes nothing and so cannot lead back.
            if (m.group(2).equals("code")) {
                String name = source.get().path();
                String language = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
                Element pre = new Element("pre").attr(MarkdownConverter.LINE, String.valueOf(line));
                pre.appendElement("code").addClass("language-" + language).text(source.get().markdown());
                marker.replaceWith(pre);
                continue;
            }
            if (chain.contains(source.get().path()) || chain.size() > MAX_DEPTH) {
                findings.warning(page.path(), line, "include.cycle", "'" + target + "' is already being shown here (it includes"
                                + " this page, or includes go more than " + MAX_DEPTH + " deep); it is shown once",
                        "remove the include that leads back, or link to the page instead");
                marker.remove();
                continue;
            }
            Element included = new Element("div").addClass("included");
            // A snippet of HTML or SVG is that markup as it is (MkDocs pastes it in, where raw HTML may hold blank lines).
            String text = withoutSectionMarks(source.get().markdown());
            // Jekyll pastes an include's HTML into the page's Markdown, which kramdown then reads: Markdown, whatever its name.
            boolean markup = !m.group(2).equals("liquid") && MARKUP.matcher(source.get().path()).find();
            if (!markup && refused(page, line, target, source.get().path(), text)) {
                marker.remove();
                continue;
            }
            included.html(markup ? text : converter.toHtml(text, 1));
            if (source.get().section() != null && !section(included, source.get().section())) {
                findings.warning(page.path(), line, "include.missing", "'" + target + "' has no heading '" + source.get().section() + "'",
                        "use one of its headings, as written, after the #");
                marker.remove();
                continue;
            }
            Element first = included.firstElementChild();
            if (first != null && PageHtml.headingLevel(first) == 1) {
                first.remove(); // the other page's title: the page showing it has its own, and one '#' heading
            }
            chain.add(source.get().path());
            expand(page, included, chain, counter, tabTitle);
            chain.remove(chain.size() - 1);
            fromTop(included, source.get().folder());
            prefixIds(included, "inc" + (++counter[0]) + "-");
            for (Element e : included.getAllElements()) {
                if (e.hasAttr(MarkdownConverter.LINE)) {
                    e.attr(MarkdownConverter.LINE, String.valueOf(line));
                }
            }
            included.attr(MarkdownConverter.LINE, String.valueOf(line));
            included.attr(MarkdownConverter.INCLUDED_FROM, source.get().path());
            marker.replaceWith(included);
        }
    }

    /**
     * mdBook's includes ({@link MdBookIncludes}): the text around them (a code fence, mostly) with the files' lines pasted
     * in, read as the page's own Markdown, since mdBook pastes them before reading it (links from the page's folder).
     */
    private void mdBook(Page page, int line, String encoded, Comment marker, java.util.function.Consumer<String> tabTitle) {
        String text = new String(java.util.Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        // mdBook reads a file wherever its path leads: the Rust book's examples are in listings/, beside its src/. Paths are
        // read from the book's folder (book.toml's) when it holds the content folder, as MkDocs' snippets from the project's.
        java.nio.file.Path top = mdBookFolder();
        java.nio.file.Path content = handbook.contentDir().toAbsolutePath().normalize();
        String contentFolder = top.equals(content) ? "" : top.relativize(content).toString().replace('\\', '/');
        String folder = contentFolder.isEmpty() ? page.folder() : page.folder().isEmpty() ? contentFolder : contentFolder + "/" + page.folder();
        String filled = new MdBookIncludes(path -> mdBookFile(top, path), contentFolder.isEmpty() ? "the content folder" : "the book's folder",
                (at, what, fix) -> findings.warning(page.path(), line + at, "include.missing", what, fix), tabTitle).fill(text, folder);
        if (refused(page, line, "the text mdBook's includes paste here", page.path(), filled)) {
            marker.remove();
            return;
        }
        Element holder = new Element("div");
        holder.html(converter.toHtml(filled, 1));
        for (Element e : holder.getAllElements()) {
            if (e.hasAttr(MarkdownConverter.LINE)) {
                e.attr(MarkdownConverter.LINE, String.valueOf(line));
            }
        }
        for (Node n : new ArrayList<>(holder.childNodes())) {
            marker.before(n);
        }
        marker.remove();
    }

    /** The folder mdBook's includes are read from: the book's, when book.toml is beside the content folder; or the content folder. */
    private java.nio.file.Path mdBookFolder() {
        if (mdBookFolder == null) {
            java.nio.file.Path content = handbook.contentDir().toAbsolutePath().normalize();
            mdBookFolder = org.handbookpress.content.MdBookSettings.of(handbook.contentDir()).map(book -> book.folder())
                    .filter(folder -> content.startsWith(folder)).orElse(content);
        }
        return mdBookFolder;
    }

    /** Found when first asked: pages are expanded on many threads, and each finds the same folder. */
    private volatile java.nio.file.Path mdBookFolder;

    /** A file's text for mdBook's includes, by its path from the top of {@code folder}; none past 1 MB. */
    private Optional<String> mdBookFile(java.nio.file.Path folder, String path) {
        return fileIn(folder, path).flatMap(file -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return bytes.length > MAX_FILE_BYTES ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** What is shown: its Markdown, its path (for the chain), its folder (for its links), and a section or null. */
    private record Source(String path, String folder, String markdown, String section) {
    }

    /** A Jekyll include's text as filled in ({@code org.handbookpress.content.LiquidIncludes}): its links are the page's. */
    private static Source liquid(Page host, String target) {
        int space = target.lastIndexOf(' ');
        String text = new String(java.util.Base64.getDecoder().decode(target.substring(space + 1)), StandardCharsets.UTF_8);
        return new Source("_includes/" + target.substring(0, space), host.folder(), text, null);
    }

    private Optional<Source> page(Page host, int line, String target) {
        int hash = target.indexOf('#');
        String name = hash < 0 ? target : target.substring(0, hash);
        String section = hash < 0 ? null : target.substring(hash + 1).strip();
        String key = name.strip();
        Page page = names.find(key, host.folder()).map(WikiNames.Found::page).orElse(null);
        if (page == null) {
            findings.warning(host.path(), line, "include.missing", "![[" + target + "]] asks to show a page, but no page has that"
                    + " title, path or name", "use the page's title or its path without .md");
            return Optional.empty();
        }
        return Optional.of(new Source(page.path(), page.folder(), page.markdown(), section == null || section.isEmpty() ? null : section));
    }

    /**
     * A snippet file: a path from the including page's folder or from the top of the content folder (or from its MkDocs
     * project, which holds it as docs/); {@code file.md:3:9} its lines 3 to 9, as MkDocs' snippets write a range.
     */
    /** @param raw the file's text as it is, to show as code: not read as a page, MDX or a Quarto file */
    private Optional<Source> file(Page host, int line, String target, boolean raw) {
        Matcher range = RANGE.matcher(target);
        if (range.matches()) {
            Optional<Source> whole = file(host, line, range.group(1), raw);
            int from = Math.max(1, Integer.parseInt(range.group(2)));
            int to = range.group(3) == null || range.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(range.group(3));
            // Lines of the file: a page's Markdown starts after its front matter.
            return whole.map(s -> {
                int skipped = handbook.page(s.path()).map(p -> p.bodyLine() - 1).orElse(0);
                return new Source(s.path(), s.folder(), lines(s.markdown(), from - skipped, to == Integer.MAX_VALUE ? to : to - skipped), null);
            });
        }
        Matcher named = SECTION.matcher(target);
        if (named.matches() && !RANGE.matcher(target).matches()) {
            String name = named.group(2);
            return file(host, line, named.group(1), raw).flatMap(s -> {
                Optional<String> section = section(s.markdown(), name);
                if (section.isEmpty()) {
                    findings.warning(host.path(), line, "include.missing", "--8<-- \"" + target + "\" names a section the file does not mark",
                            "mark it in the file with --8<-- [start:" + name + "] and --8<-- [end:" + name + "] lines");
                }
                return section.map(text -> new Source(s.path(), s.folder(), text, null));
            });
        }
        String path = target.replace('\\', '/');
        // From the including page's folder first (null when that climbs out of the content folder).
        String besideHost = host.folder().isEmpty() || path.startsWith("/") ? null : org.handbookpress.files.SitePaths.resolve(host.folder(), path);
        if (besideHost != null && exists(besideHost)) {
            path = besideHost;
        }
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("/") ? 1 : 2);
        }
        String inContent = handbook.contentDir().getFileName() + "/";
        if (!exists(path) && path.startsWith(inContent)) {
            path = path.substring(inContent.length());
        }
        // MkDocs' snippets are looked for in its base_path folders too, from the project's top: includes/glossary.md there.
        Optional<java.nio.file.Path> fromProject = path.contains("../") || exists(path) ? Optional.empty() : projectSnippet(path);
        if (path.contains("../") || !exists(path) && fromProject.isEmpty()) {
            // A slip in the name (office-contact.md for office-contacts.md) is the usual reason: the file beside it is named.
            Optional<String> meant = path.contains("../") ? Optional.empty() : nearFile(path);
            findings.warning(host.path(), line, "include.missing", "the file to show here, '" + target + "', is not in the content folder"
                    + (path.contains("../") ? " (a file outside it is not shown)" : ""),
                    meant.map(m -> "did you mean '" + m + "'? Correct the file's name here, or put the snippet in the content folder")
                            .orElse("put the snippet in the content folder and give its path from there"));
            return Optional.empty();
        }
        Optional<Page> page = raw || fromProject.isPresent() ? Optional.empty() : handbook.page(path);
        if (page.isPresent()) {
            return Optional.of(new Source(path, page.get().folder(), page.get().markdown(), null));
        }
        try {
            byte[] bytes = Files.readAllBytes(fromProject.isPresent() ? fromProject.get() : snippetFile(path).orElseThrow());
            if (bytes.length > MAX_FILE_BYTES) {
                findings.warning(host.path(), line, "include.missing", "the file to show here, '" + target + "', is larger than 1 MB; it is not shown",
                        "include a smaller file");
                return Optional.empty();
            }
            // A snippet from the project's folders is pasted into the page, its links the page's; one in the content, its own.
            int slash = fromProject.isPresent() ? -1 : path.lastIndexOf('/');
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (raw) {
                return Optional.of(new Source(path, slash < 0 ? "" : path.substring(0, slash), text, null));
            }
            text = quartoValues(host, line, path, text); // before a Quarto file's chunks are read, as in a page
            if (org.handbookpress.content.MdxSource.isMdx(path, text)) {
                text = org.handbookpress.content.MdxSource.markdown(text); // a Docusaurus partial
            } else if (org.handbookpress.content.CodeChunks.isChunked(path)) {
                text = org.handbookpress.content.CodeChunks.read(text).markdown(); // a Quarto one
            } else if (org.handbookpress.content.ErbSource.isErb(path)) {
                text = org.handbookpress.content.ErbSource.markdown(handbook.contentDir(), path, text); // a Middleman one
            }
            text = IncludeLines.apply(text, 1); // a snippet may include too
            return Optional.of(new Source(path, slash < 0 ? "" : path.substring(0, slash), text, null));
        } catch (IOException e) {
            findings.warning(host.path(), line, "include.missing", "the file to show here, '" + target + "', could not be read: " + e.getMessage(),
                    "check the file's permissions");
            return Optional.empty();
        }
    }

    /**
     * An included file's text with its Quarto shortcodes for values filled in, as the page showing it has them: the
     * page's front matter and folders give {@code meta} its values, as Quarto pastes the file into the page before
     * filling them (Seedcase's guidebook's badges, in includes/_badges.qmd, name its repository with
     * {@code {{< meta gh.repo >}}}). What is not filled in is said at the line that asks for the file.
     */
    private String quartoValues(Page host, int line, String path, String text) {
        if (!QuartoShortcodes.mayAsk(text)) {
            return text;
        }
        if (quarto == null) {
            quarto = QuartoProject.find(handbook.contentDir());
        }
        if (!quarto.exists() && !host.path().toLowerCase(java.util.Locale.ROOT).endsWith(".qmd")) {
            return text;
        }
        String frontMatter = null;
        try {
            frontMatter = host.file() == null ? null : QuartoShortcodes.frontMatterOf(Files.readString(host.file(), StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            // Read when the page was: now unreadable, its front matter gives nothing, and what it gave is said missing.
        }
        QuartoShortcodes.Report report = (at, message, fix) -> findings.warning(host.path(), line,
                QuartoShortcodes.CODE, "'" + path + "', shown here, at line " + (at + 1) + " of its text: " + message, fix);
        return QuartoShortcodes.shown(text, quarto, frontMatter, host.folder(), report);
    }

    /** The Quarto project the content folder is (in), read when an included file first holds a shortcode. */
    private volatile QuartoProject quarto;

    /** Lines {@code from} to {@code to} (from 1, both kept) of a text. */
    private static String lines(String text, int from, int to) {
        String[] all = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = Math.max(0, from - 1); i < Math.min(all.length, to); i++) {
            kept.append(all[i]).append('\n');
        }
        return kept.toString();
    }

    /** The MkDocs project's snippet folders (its {@code pymdownx.snippets} base paths), found when first asked. */
    private List<java.nio.file.Path> snippetFolders;

    /**
     * A snippet file in one of the MkDocs project's snippet folders, the first that has it: a file in the project's folder
     * (mkdocs.yml's), as it really is (none when a link on its way leads out of it, or the name is a hidden file's).
     */
    private Optional<java.nio.file.Path> projectSnippet(String path) {
        if (snippetFolders == null) {
            snippetFolders = org.handbookpress.content.MkDocsProject.snippetFolders(handbook.contentDir());
        }
        return snippetFolders.stream().map(folder -> fileIn(folder, path)).flatMap(Optional::stream).findFirst();
    }

    /** A page, or a file in the content folder (one of the site's, or one it leaves out, a snippet in {@code _snippets/}). */
    private boolean exists(String path) {
        return handbook.page(path).isPresent() || snippetFile(path).isPresent();
    }

    /**
     * The file at {@code path} in the content folder, as it really is: none when the path or a link on its way leads
     * out of the folder (as {@code JekyllIncludes} reads {@code _includes/}), or names a hidden file.
     */
    /** The one file of the folder {@code path} names whose name is a slip of the keyboard from its last part, as a path from the top. */
    private Optional<String> nearFile(String path) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        if (folder.startsWith(".") || folder.contains("/.")) {
            return Optional.empty();
        }
        java.nio.file.Path dir = handbook.contentDir().resolve(folder).normalize();
        if (!dir.startsWith(handbook.contentDir().normalize()) || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.list(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).toList();
            return org.handbookpress.text.EditDistance.nearest(path.substring(slash + 1), names)
                    .map(n -> folder.isEmpty() ? n : folder + "/" + n);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<java.nio.file.Path> snippetFile(String path) {
        return fileIn(handbook.contentDir(), path);
    }

    /**
     * The file at {@code path} in {@code folder}, as it really is: none when the path or a link on its way leads out of the
     * folder, or names a hidden file, or the file cannot be read.
     */
    private static Optional<java.nio.file.Path> fileIn(java.nio.file.Path folder, String path) {
        if (path.startsWith(".") || path.contains("/.")) {
            return Optional.empty();
        }
        try {
            java.nio.file.Path top = folder.toRealPath();
            java.nio.file.Path file = top.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            java.nio.file.Path real = file.toRealPath();
            return real.startsWith(top) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps the section under the heading named {@code wanted} (its text or id, any case), to the next as high; false if none. */
    private static boolean section(Element included, String wanted) {
        Element start = null;
        for (Element e : included.children()) {
            if (PageHtml.headingLevel(e) > 0 && (e.text().strip().equalsIgnoreCase(wanted) || e.id().equalsIgnoreCase(wanted))) {
                start = e;
                break;
            }
        }
        if (start == null) {
            return false;
        }
        int level = PageHtml.headingLevel(start);
        List<Element> kept = new ArrayList<>();
        for (Element e = start; e != null; e = e.nextElementSibling()) {
            if (e != start && PageHtml.headingLevel(e) > 0 && PageHtml.headingLevel(e) <= level) {
                break;
            }
            kept.add(e);
        }
        for (Element e : new ArrayList<>(included.children())) {
            if (!kept.contains(e)) {
                e.remove();
            }
        }
        return true;
    }

    /**
     * The lines of a snippet's section, as MkDocs' snippets mark one: between a line holding {@code --8<-- [start:name]}
     * and one holding {@code --8<-- [end:name]} (in whatever comment the file's language has); empty when not marked.
     * Other sections' marker lines inside are left out, as MkDocs leaves them.
     */
    static Optional<String> section(String text, String name) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = null;
        for (String line : lines) {
            if (line.contains("--8<-- [start:" + name + "]")) {
                out = new StringBuilder();
            } else if (out != null && line.contains("--8<-- [end:" + name + "]")) {
                return Optional.of(out.toString());
            } else if (out != null && !SECTION_MARK.matcher(line).find()) {
                out.append(line).append('\n');
            }
        }
        return Optional.empty();
    }

    /** The text without the lines that mark snippets' sections, which MkDocs never shows. */
    private static String withoutSectionMarks(String text) {
        if (!text.contains("--8<-- [")) {
            return text;
        }
        return java.util.Arrays.stream(text.split("\n", -1)).filter(line -> !SECTION_MARK.matcher(line).find())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Relative links and pictures of the included file made paths from the top, as they name files from its folder. */
    private static void fromTop(Element included, String folder) {
        for (Element e : included.select("a[href], img[src]")) {
            String attr = e.tagName().equals("a") ? "href" : "src";
            String value = e.attr(attr).strip();
            if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || WrittenAddress.hasScheme(value)) {
                continue;
            }
            e.attr(MarkdownConverter.WRITTEN, value);
            e.attr(attr, "/" + normalised(folder.isEmpty() ? value : folder + "/" + value));
        }
    }

    /**
     * The path with its {@code .} and {@code ..} steps taken ({@code _partials/../setup.md} is {@code setup.md}), so that a
     * finding names the file the link means; as written when it climbs above the top, for the link check to report.
     */
    static String normalised(String path) {
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            end = path.indexOf(c) >= 0 ? Math.min(end, path.indexOf(c)) : end;
        }
        String resolved = org.handbookpress.files.SitePaths.resolve("", path.substring(0, end)); // as links are resolved
        return resolved == null ? path : resolved + path.substring(end);
    }

    /** Every id of the included text prefixed, and the links inside it to those ids with it. */
    private static void prefixIds(Element included, String prefix) {
        Map<String, String> renamed = new HashMap<>();
        for (Element e : included.select("[id]")) {
            String id = prefix + e.id();
            renamed.put(e.id(), id);
            e.id(id);
        }
        for (Element a : included.select("a[href^=#]")) {
            String id = renamed.get(a.attr("href").substring(1));
            if (id != null) {
                a.attr("href", "#" + id);
            }
        }
    }
}
