package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A Jekyll site's {@code exclude:} list ({@code _config.yml} in the content folder, as a GitHub Pages site at a
 * repository's top has it): the files and folders Jekyll leaves out of the site (README.md, CONTRIBUTING.md, docs/,
 * script/…) are left out of the handbook too, matched as Jekyll matches them: a pattern with {@code *} or {@code ?}
 * against the whole path, else the path or what it starts with ({@code docs} is docs/ and all in it). A name in
 * {@code include:} is kept even so, and read though its name starts with '_'. Without such a file nothing is left out.
 * Also the collections it publishes ({@code collections: articles: output: true}): their folders ({@code _articles/})
 * are read though their names start with '_', and their pages published where Jekyll publishes them, under the
 * collection's name ({@code _articles/events.md} at {@code articles/events.html}, where Jekyll's own links find
 * {@code /articles/events}), or at the top when the collection's {@code permalink:} starts with {@code /:path}.
 */
final class JekyllSite {

    /** What Jekyll 4 leaves out of a site whatever its exclude: says: Bundler's files (node_modules and vendor/ are {@link org.handbookpress.files.ToolFolders}). */
    static final List<String> DEFAULT_EXCLUDES = List.of("Gemfile", "Gemfile.lock", "gemfiles/");

    private static final JekyllSite NONE = new JekyllSite(List.of(), List.of(), Map.of(), Set.of(), false, Map.of(), List.of());
    /** How deep into _config.yml's sections {@code {{ site.a.b.c }}} reaches: deeper are the site's data, not settings. */
    private static final int VARIABLE_DEPTH = 3;

    private final List<String> prefixes;
    private final List<Pattern> globs;
    /**
     * The collections Jekyll publishes ({@code output: true}), by folder ({@code _articles}): where their pages go in
     * the site, {@code articles/} or {@code ""} (the top).
     */
    private final Map<String, String> published;
    /** What {@code include:} names, which Jekyll reads though its name starts with '_' or '.' ({@code _pages}). */
    private final Set<String> included;
    /** Whether the site's pages are rendered by kramdown ({@link #rendersWithKramdown()}). */
    private final boolean kramdown;
    /** The plain values of _config.yml, by dotted name, for {@code {{ site.name }}} ({@link JekyllVariables}). */
    private final Map<String, String> variables;
    /** The collections a just-the-docs menu lists after the site's pages ({@link #menuCollections}). */
    private final List<MenuCollection> menuCollections;

    /**
     * A collection just-the-docs lists in its menu ({@code just_the_docs: collections: guides: name: Guides}): its folder
     * ({@code _guides}), the name over its pages, whether it is left out ({@code nav_exclude: true}), and its line.
     */
    record MenuCollection(String folder, String name, boolean excluded, int line) {
    }

    private JekyllSite(List<String> prefixes, List<Pattern> globs, Map<String, String> published, Set<String> included,
                       boolean kramdown, Map<String, String> variables, List<MenuCollection> menuCollections) {
        this.menuCollections = menuCollections;
        this.prefixes = prefixes;
        this.globs = globs;
        this.published = published;
        this.included = included;
        this.kramdown = kramdown;
        this.variables = variables;
    }

    /**
     * What the content folder's _config.yml says of these, or the one beside it whose {@code source:} names the content
     * folder (dxw's playbook keeps its pages in src/ with {@code source: src}); nothing without one.
     */
    static JekyllSite of(Path contentDir) {
        Optional<YamlMap> yaml = config(contentDir);
        // A Jekyll site, whose pages kramdown renders: a _config.yml (its own, or the one beside it whose source: it is)
        // with Jekyll's _layouts/, _includes/ or Gemfile beside it, and no _toc.yml (a Jupyter Book's _config.yml, whose
        // pages are MyST, CommonMark's kin).
        boolean kramdown = (yaml.isPresent() || Files.isRegularFile(contentDir.resolve(SiteConfigFiles.JEKYLL)))
                && !Files.exists(contentDir.resolve(SummaryFile.JUPYTER_TOC))
                && (Files.isDirectory(contentDir.resolve("_layouts")) || Files.isDirectory(contentDir.resolve("_includes"))
                || Files.isRegularFile(contentDir.resolve("Gemfile")));
        if (yaml.isEmpty()) {
            return kramdown ? new JekyllSite(List.of(), List.of(), Map.of(), Set.of(), true, Map.of(), List.of()) : NONE;
        }
        List<String> included = yaml.get().strings("include").stream().map(e -> plain(e).replaceFirst("/$", "")).toList();
        // What Jekyll leaves out of every site (its own and Bundler's files), then what the site's exclude: adds.
        List<String> prefixes = new ArrayList<>(DEFAULT_EXCLUDES.stream().filter(e -> !included.contains(e)).toList());
        List<Pattern> globs = new ArrayList<>();
        for (String entry : yaml.get().strings("exclude")) {
            String pattern = plain(entry);
            if (pattern.isEmpty() || pattern.equals("/") || included.contains(pattern.replaceFirst("/$", ""))) {
                continue;
            }
            if (pattern.contains("*") || pattern.contains("?")) {
                globs.add(glob(pattern));
            } else {
                prefixes.add(pattern);
            }
        }
        Map<String, String> published = new TreeMap<>();
        yaml.get().section("collections").ifPresent(collections -> {
            for (String name : collections.keys()) {
                collections.section(name).filter(settings -> "true".equals(settings.foreignText("output")))
                        .ifPresent(settings -> published.put("_" + name, place(name, settings.foreignText("permalink"))));
            }
        });
        Map<String, String> variables = yaml.get().plainValues(VARIABLE_DEPTH);
        List<MenuCollection> menuCollections = new ArrayList<>();
        yaml.get().section("just_the_docs").flatMap(theme -> theme.section("collections")).ifPresent(collections -> {
            for (String name : collections.keys()) {
                Optional<YamlMap> settings = collections.section(name);
                String shown = settings.map(c -> c.foreignText("name")).filter(n -> !n.isBlank()).orElse(name);
                boolean excluded = settings.map(c -> "true".equals(c.foreignText("nav_exclude"))).orElse(false);
                menuCollections.add(new MenuCollection("_" + name, shown.strip(), excluded, collections.lineOf(name)));
            }
        });
        return new JekyllSite(List.copyOf(prefixes), List.copyOf(globs), Map.copyOf(published), Set.copyOf(included), kramdown,
                Map.copyOf(variables), List.copyOf(menuCollections));
    }

    /**
     * The collections a just-the-docs site's menu lists, each under its name after the site's own pages, in the order
     * its _config.yml gives them ({@code just_the_docs: collections:}); none for most sites.
     */
    List<MenuCollection> menuCollections() {
        return menuCollections;
    }

    /**
     * The page's Markdown with the site's variables, and the page's front matter's, filled in ({@link JekyllVariables}),
     * and a Jupyter Book's substitutions, which its _config.yml, of the same name, gives ({@link MystSubstitutions}).
     */
    String withVariables(String markdown, FrontMatter page) {
        return MystSubstitutions.apply(JekyllVariables.apply(markdown, variables, page), variables);
    }

    /** A plain value of _config.yml by its dotted name ({@code url}, {@code github.repository_nwo}); empty without one. */
    String setting(String name) {
        return variables.getOrDefault(name, "").strip();
    }

    /** The site's _config.yml, which may name the folder of its pages ({@code source: src}, dxw's playbook). */
    private static final FolderSetting SOURCE = new FolderSetting(SiteConfigFiles.JEKYLL, "source");

    /**
     * The folder a Jekyll site's pages are in when its _config.yml names one ({@code source: src}, dxw's playbook): a
     * folder inside the content folder; empty when it names none, or the content folder itself.
     */
    static Optional<Path> sourceFolder(Path contentDir) {
        return SOURCE.inside(contentDir);
    }

    /** The site's _config.yml: the content folder's, or the one beside it whose {@code source:} is the content folder. */
    private static Optional<YamlMap> config(Path contentDir) {
        return SOURCE.settings(contentDir);
    }

    /**
     * Where a collection's pages go: under its name, as Jekyll's own {@code /:collection/:path/} puts them, unless its
     * {@code permalink:} puts them at the top ({@code /:path/}, as opensource.guide's articles are). Any other pattern
     * (dates, {@code :title}) is read as the default: a page's own {@code permalink:} still finds it.
     */
    private static String place(String name, String permalink) {
        return permalink != null && permalink.strip().startsWith("/:path") ? "" : name + "/";
    }

    /**
     * Whether {@code include:} names the folder or file at this path, which Jekyll then reads though its name starts
     * with '_': 18F's guides keep their pages in {@code _pages/} with {@code include: ['_pages']}.
     */
    boolean includes(String rel) {
        return included.contains(rel);
    }

    /** Whether the content folder is a Jekyll site, whose pages kramdown renders (see {@link #of}). */
    boolean rendersWithKramdown() {
        return kramdown;
    }

    /** Whether a folder of the site's top ({@code _articles}) holds a collection Jekyll publishes ({@code output: true}). */
    boolean publishes(String folder) {
        return published.containsKey(folder);
    }

    /**
     * The path a file of the content folder has in the site: a published collection's page's without the collection's
     * folder ({@code _articles/events.md} is {@code articles/events.md}); any other's as it is.
     */
    String published(String rel) {
        int slash = rel.indexOf('/');
        String place = slash < 0 ? null : published.get(rel.substring(0, slash));
        return place == null ? rel : place + rel.substring(slash + 1);
    }

    /**
     * Whether Jekyll leaves out the file or folder at this path of the content folder. As in Jekyll, {@code docs} is
     * anything whose path starts so (docs-old/ too), {@code docs/} the folder and what is in it.
     */
    boolean excludes(String rel) {
        for (String prefix : prefixes) {
            if (rel.startsWith(prefix) || (rel + "/").equals(prefix)) {
                return true;
            }
        }
        for (Pattern glob : globs) {
            if (glob.matcher(rel).matches()) {
                return true;
            }
        }
        return false;
    }

    /** An entry as a path from the site's top, a folder's closing '/' kept: {@code ./docs//} is {@code docs/}. */
    private static String plain(String entry) {
        return entry.strip().replaceFirst("^\\./", "").replaceFirst("^/+", "").replaceFirst("/+$", "/");
    }

    /** Ruby's fnmatch without FNM_PATHNAME, as Jekyll calls it: {@code *} and {@code ?} match a '/' too. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
