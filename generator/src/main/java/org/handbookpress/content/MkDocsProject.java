package org.handbookpress.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The MkDocs project a content folder is the docs of: its {@code mkdocs.yml}, beside the folder when the folder is its
 * {@code docs_dir} ({@code docs} unless it says otherwise), or in the folder itself. A handbook moved from MkDocs has no
 * handbook.yml yet; its title, description and language are read from there ({@code site_name},
 * {@code site_description}, the theme's {@code language}), and its pages come in the order of its {@code nav:}
 * ({@link SummaryFile#readMkDocsNav}) when handbook.yml gives no {@code nav:}. Only read: nothing is written beside it.
 */
public final class MkDocsProject {

    private static final List<String> NAMES = List.of("mkdocs.yml", "mkdocs.yaml");

    private final String shown;
    private final YamlMap yaml;
    /** The folder mkdocs.yml is in, where MkDocs runs from. */
    private final Path projectDir;
    /** Where the nav's paths start (the docs folder), as a path from the content folder: "" or "docs/". */
    private final String docsFromContent;

    private MkDocsProject(String shown, YamlMap yaml, String docsFromContent, Path projectDir) {
        this.projectDir = projectDir;
        this.shown = shown;
        this.yaml = yaml;
        this.docsFromContent = docsFromContent;
    }

    /** Where an mkdocs.yml may be for a content folder: the file, its project folder, and its name from the content folder. */
    private record Candidate(Path file, Path projectDir, String shown) {
    }

    /** In the content folder, then beside it, for each of the file's names. */
    private static List<Candidate> candidates(Path content) {
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (String name : NAMES) {
            candidates.add(new Candidate(content.resolve(name), content, name));
            if (content.getParent() != null) {
                candidates.add(new Candidate(content.getParent().resolve(name), content.getParent(), "../" + name));
            }
        }
        return candidates;
    }

    /** The project whose docs are {@code contentDir} (or within it), if there is one that can be read. */
    static Optional<MkDocsProject> find(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        for (Candidate candidate : candidates(content)) {
            Optional<MkDocsProject> project = read(candidate.file(), candidate.shown(), candidate.projectDir(), content);
            if (project.isPresent()) {
                return project;
            }
        }
        return Optional.empty();
    }

    private static Optional<MkDocsProject> read(Path file, String shown, Path projectDir, Path content) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // another tool's file, unreadable or not UTF-8: built without it
        }
        // Its Python tags (!!python/name:…, !ENV) are only composed here, never run; a file that is not YAML is passed by.
        Optional<YamlMap> yaml = YamlSource.parseForeign(text, shown, Findings.discarded());
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        String docsDir = yaml.get().string("docs_dir");
        Path docs = projectDir.resolve(docsDir == null || docsDir.isBlank() ? "docs" : docsDir.trim()).normalize();
        MkDocsProject project;
        if (docs.equals(content)) {
            project = new MkDocsProject(shown, yaml.get(), "", projectDir);
        } else if (docs.startsWith(content)) { // the content folder is the project, its docs a folder in it
            project = new MkDocsProject(shown, yaml.get(), content.relativize(docs).toString().replace('\\', '/') + "/", projectDir);
        } else {
            return Optional.empty();
        }
        return Optional.of(project);
    }

    /**
     * The docs folder of an MkDocs project given at its top ({@code mkdocs.yml} in the folder, its {@code docs_dir} a folder
     * in it), where MkDocs reads the pages from and publishes them at the site's top: read from there, as a Jekyll site's
     * {@code source:} is ({@link ContentLoader#siteSourceFolder}). Read from the top, the repository's README and
     * CONTRIBUTING became the site's home page and a page, and every page's address began with {@code docs/} (the Mentored
     * Sprints' community handbook). Empty when the folder holds a handbook.yml: its author made that folder the handbook's.
     */
    static Optional<Path> docsFolder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        if (Files.exists(content.resolve(ConfigLoader.FILE))) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            Optional<MkDocsProject> project = read(content.resolve(name), name, content, content);
            if (project.isPresent() && !project.get().docsFromContent.isEmpty()) {
                Path docs = content.resolve(project.get().docsFromContent).normalize();
                return Files.isDirectory(docs) ? Optional.of(docs) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The folders pymdownx.snippets looks for a snippet in, its {@code base_path} (one or a list; the project's folder,
     * where MkDocs runs, when none), each inside the project's folder; none without an MkDocs project.
     */
    public static List<Path> snippetFolders(Path contentDir) {
        return find(contentDir).map(MkDocsProject::snippetFolders).orElse(List.of());
    }

    private List<Path> snippetFolders() {
        List<String> bases = new java.util.ArrayList<>();
        if (yaml.value("markdown_extensions") instanceof org.yaml.snakeyaml.nodes.SequenceNode extensions) {
            for (Node extension : extensions.getValue()) {
                if (!(extension instanceof MappingNode settings)) {
                    continue;
                }
                for (var entry : settings.getValue()) {
                    if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("pymdownx.snippets")
                            && entry.getValueNode() instanceof MappingNode options) {
                        for (var option : options.getValue()) {
                            if (option.getKeyNode() instanceof ScalarNode name && name.getValue().equals("base_path")) {
                                bases.addAll(strings(option.getValueNode()));
                            }
                        }
                    }
                }
            }
        }
        if (bases.isEmpty()) {
            bases.add(".");
        }
        Path top = projectDir.toAbsolutePath().normalize();
        return bases.stream().map(base -> top.resolve(base.strip()).normalize()).filter(folder -> folder.startsWith(top)).distinct().toList();
    }

    /** The files a snippet is, most often (Markdown, text), among the project's files the record of inputs holds. */
    private static final java.util.regex.Pattern SNIPPET_FILE = java.util.regex.Pattern.compile("(?i).*\\.(?:md|markdown|txt)$");
    /** Folders of what tools make (a build's output, MkDocs' site/), never a snippet's. */
    private static final java.util.Set<String> MADE = java.util.Set.of("node_modules", "site", "_site", "target", "build");
    /** How many such files outside the content folder the record holds at most: a project is not a whole disk. */
    private static final int MAX_SNIPPET_FILES = 1000;

    /**
     * What the record of a build's inputs holds of the snippet files outside the content folder (the project's
     * {@code includes/}): each Markdown or text file two folders deep at most in each snippet folder, not in the content
     * folder, a hidden folder, installed packages or what a build makes ({@code target/}, {@code site/}), so that an edit
     * to one builds again. "none" without such folders.
     */
    public static String describeSnippets(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        List<Path> files = new java.util.ArrayList<>();
        for (Path folder : snippetFolders(contentDir)) {
            if (folder.startsWith(content) || !Files.isDirectory(folder)) {
                continue; // the content folder's files are in the record already
            }
            // The folders left out are not walked at all: the preview asks for this record every 300 ms, and a project's
            // .git/ or node_modules/ holds thousands of entries.
            List<Path> found = new java.util.ArrayList<>();
            try {
                Files.walkFileTree(folder, java.util.Set.of(), 3, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                        return dir.equals(folder) || !leftOut(dir) && !dir.startsWith(content)
                                ? java.nio.file.FileVisitResult.CONTINUE : java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                        if (!leftOut(file) && !file.startsWith(content) && Files.isRegularFile(file)
                                && SNIPPET_FILE.matcher(file.getFileName().toString()).matches()) {
                            found.add(file);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE; // unreadable: left out of the record, as it is of the build
                    }
                });
            } catch (IOException e) {
                // unreadable: left out of the record, as it is of the build
            }
            found.stream().sorted().limit(MAX_SNIPPET_FILES).forEach(files::add);
        }
        return files.isEmpty() ? "none" : InputFiles.describe(files.stream().distinct().toList());
    }

    /** Whether a file or folder is one the record leaves out by its name: hidden, installed packages, or what a build makes. */
    private static boolean leftOut(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || MADE.contains(name);
    }

    /** A scalar's text, or a list's scalars' texts. */
    private static List<String> strings(Node node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode list) {
            return list.getValue().stream().filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue()).toList();
        }
        return List.of();
    }

    /**
     * What of the MkDocs project the build reads, for the record of a build's inputs: the file and its text, or "none".
     * Public for org.handbookpress.HandbookBuild, whose record of inputs otherwise holds only the content and templates.
     */
    public static String describe(Path contentDir) {
        return InputFiles.describe(candidates(contentDir.toAbsolutePath().normalize()).stream().map(Candidate::file).toList());
    }

    /** The file as the findings name it, from the content folder: {@code ../mkdocs.yml}. */
    String shown() {
        return shown;
    }

    /** The settings an MkDocs site gives: its name as the title, its description, its theme's language. */
    HandbookConfig config() {
        String language = null;
        if (yaml.value("theme") instanceof MappingNode theme) {
            for (var entry : theme.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("language")
                        && entry.getValueNode() instanceof ScalarNode value) {
                    language = value.getValue();
                }
            }
        }
        return HandbookConfig.fromOtherTool(yaml.string("site_name"), yaml.string("site_description"), language);
    }

    /**
     * The old addresses the mkdocs-redirects plugin keeps working ({@code plugins: - redirects: redirect_maps: {old.md:
     * new.md}}), each the target page's: {@code old.md} is served at {@code old/} (or {@code old.html} when
     * {@code use_directory_urls: false}), as the plugin writes its page there. Both paths are from the docs folder; a
     * target on another site, or an old path naming a place in a page, is left out.
     */
    MovedPages moved() {
        List<Node> entries = plugins();
        boolean directoryUrls = !Boolean.FALSE.equals(yaml.bool("use_directory_urls"));
        List<MovedPages.Redirect> redirects = new java.util.ArrayList<>();
        for (Node entry : entries) {
            Node maps = setting(setting(entry, "redirects"), "redirect_maps");
            if (!(maps instanceof MappingNode map)) {
                continue;
            }
            for (var pair : map.getValue()) {
                if (pair.getKeyNode() instanceof ScalarNode old && pair.getValueNode() instanceof ScalarNode target) {
                    String from = fromDocs(old.getValue());
                    String to = fromDocs(target.getValue());
                    int hash = to.indexOf('#');
                    to = hash < 0 ? to : to.substring(0, hash);
                    if (from.isEmpty() || from.contains("#") || to.isEmpty() || to.contains("://") || to.startsWith("mailto:")) {
                        continue;
                    }
                    redirects.add(new MovedPages.Redirect("/" + docsFromContent + servedAt(from, directoryUrls),
                            docsFromContent + to, old.getStartMark().getLine() + 1));
                }
            }
        }
        return redirects.isEmpty() ? MovedPages.NONE : new MovedPages(shown, "redirect_maps", "the docs folder (" + (docsFromContent.isEmpty()
                ? "the content folder" : docsFromContent) + ")", redirects);
    }

    /** The entries of its {@code plugins:}: a name ({@code - search}) or a name over its settings ({@code - redirects: …}). */
    private List<Node> plugins() {
        Node plugins = yaml.value("plugins");
        List<Node> entries = new java.util.ArrayList<>();
        if (plugins instanceof org.yaml.snakeyaml.nodes.SequenceNode list) {
            entries.addAll(list.getValue());
        } else if (plugins instanceof MappingNode map) {
            entries.add(map); // plugins written as a mapping of names to settings
        }
        return entries;
    }

    /** Whether it names the plugin {@code name}, with settings or without. */
    private boolean usesPlugin(String name) {
        return plugins().stream().anyMatch(entry -> entry instanceof ScalarNode plain ? plain.getValue().equals(name)
                : entry instanceof MappingNode map && map.getValue().stream()
                        .anyMatch(pair -> pair.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)));
    }

    /** The variables its mkdocs-macros plugin fills into the pages ({@link MkDocsMacros}); none without the plugin. */
    MkDocsMacros macros() {
        return MkDocsMacros.of(yaml, usesPlugin("macros"));
    }

    /** A plugin's settings under its name, in a list entry ({@code - redirects: …}) or a mapping; null when absent. */
    private static Node setting(Node node, String name) {
        if (node instanceof MappingNode map) {
            for (var entry : map.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                    return entry.getValueNode();
                }
            }
        }
        return null;
    }

    /** A path from the docs folder, without a {@code /} or {@code ./} before it. */
    private static String fromDocs(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        return p;
    }

    /** Where MkDocs served a page file's address: {@code old/} for {@code old.md}, a folder for its index; others as they are. */
    private static String servedAt(String path, boolean directoryUrls) {
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            return path;
        }
        String name = path.substring(0, path.length() - 3);
        String file = name.substring(name.lastIndexOf('/') + 1);
        if (file.equals("index") || file.equalsIgnoreCase("README")) {
            return name.substring(0, name.length() - file.length());
        }
        return directoryUrls ? name + "/" : name + ".html";
    }

    /** The pages its {@code nav:} lists, in its order; none when it has no nav (MkDocs then orders them by file). */
    SummaryFile nav(List<String> paths) {
        Node nav = yaml.value("nav");
        return nav == null ? SummaryFile.read("") : SummaryFile.readMkDocsNav(nav, docsFromContent, paths)
                .withNames(MkDocsNavNames.of(nav, docsFromContent, new java.util.HashSet<>(paths), paths));
    }
}
