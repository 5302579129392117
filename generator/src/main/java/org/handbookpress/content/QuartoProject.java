package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The values a Quarto project gives its pages' {@code {{< var >}}} and {@code {{< meta >}}} shortcodes
 * ({@link QuartoShortcodes}), read as Quarto reads them: {@code var} from {@code _variables.yml} beside the project's
 * {@code _quarto.yml}; {@code meta} from the page's front matter, then the {@code _metadata.yml} of its folder and of
 * each folder above it up to the project's, the nearest first, then the project's own: the active profiles'
 * {@code _quarto-<name>.yml} ({@link QuartoProfiles}), the files _quarto.yml's {@code metadata-files:} lists (a later
 * one's value winning, as Quarto merges them), then {@code _quarto.yml} itself (its {@code project:} settings are
 * Quarto's own, no metadata). Each key is dotted for a nested one ({@code gh.repo}). Seedcase's
 * guidebook headed its README with {@code {{< meta gh.repo >}}} from its _metadata.yml, and its badges' addresses were
 * written with it: they were left as written, broken.
 */
public final class QuartoProject {

    static final String VARIABLES = "_variables.yml";
    static final String METADATA = "_metadata.yml";
    /** Where a page's own value comes from, as a finding names it. */
    static final String FRONT_MATTER = "the page's front matter";
    /** _quarto.yml's keys that are the project's settings, no page's metadata. */
    private static final java.util.Set<String> PROJECT_ONLY = java.util.Set.of("project", "profile", "metadata-file", "metadata-files");
    /** How deep a nested value is named ({@code book.author.name} is three). */
    private static final int DEPTH = 6;
    /** How many folders above the content folder a project's _quarto.yml is looked for, at most. */
    private static final int LEVELS_UP = 3;

    /** What a page's shortcode finds for a key. */
    enum Found { VALUE, NOT_ONE_VALUE, NONE }

    /** A key looked up: its value (when it is one), or why there is none. */
    record Lookup(Found found, String value, String where) {
        static final Lookup NONE = new Lookup(Found.NONE, null, null);
    }

    /** A YAML file's values, by dotted name, and the mapping itself, to tell a list or group of values from nothing. */
    record Values(Map<String, String> plain, YamlMap yaml, String shown) {

        static final Values EMPTY = new Values(Map.of(), null, null);

        Lookup lookup(String key) {
            String value = key.indexOf('\\') < 0 ? plain.get(key) : null;
            if (value != null) {
                return new Lookup(Found.VALUE, value, shown);
            }
            // A list's item (author.1), a list of one (author: [Priya]), a key with a dot in it (field\\.with\\.dots):
            // what the plain values by dotted name do not give.
            Node node = yaml == null ? null : yaml.at(path(key));
            if (node instanceof SequenceNode list && list.getValue().size() == 1) {
                node = list.getValue().get(0); // Quarto shows a list of one as its item
            }
            if (node == null || node instanceof ScalarNode scalar && YamlMap.isNull(scalar)) {
                return node == null ? Lookup.NONE : new Lookup(Found.VALUE, "", shown);
            }
            return node instanceof ScalarNode scalar ? new Lookup(Found.VALUE, scalar.getValue(), shown) : new Lookup(Found.NOT_ONE_VALUE, null, shown);
        }

        /** A dotted key's keys: a dot escaped with a backslash (or two, as Quarto's documentation writes it) is part of one. */
        static List<String> path(String key) {
            List<String> keys = new ArrayList<>();
            for (String part : key.replaceAll("\\\\{1,2}\\.", "\u0001").split("\\.", -1)) {
                keys.add(part.replace('\u0001', '.'));
            }
            return keys;
        }
    }

    /** The project's folder, the one with _quarto.yml; null for pages in no Quarto project. */
    private final Path root;
    private final Path content;
    private final Values variables;
    /**
     * The project's own metadata, the first that gives a key winning: the active profiles' {@code _quarto-<name>.yml}
     * (the first profile first), the files {@code metadata-files:} lists (the last first), then _quarto.yml.
     */
    private final List<Values> projectMetadata;
    /** The active profiles, as {@code when-profile} tests them. */
    private final List<String> profiles;
    /** Each folder's _metadata.yml, read when a page of the folder (or below it) first asks: pages are read on many threads. */
    private final Map<Path, Values> metadata = new ConcurrentHashMap<>();

    private QuartoProject(Path root, Path content, Values variables, List<Values> projectMetadata, List<String> profiles) {
        this.root = root;
        this.content = content;
        this.variables = variables;
        this.projectMetadata = projectMetadata;
        this.profiles = profiles;
    }

    /** The Quarto project whose _quarto.yml is in the content folder or a folder above it; one of no files when none is. */
    public static QuartoProject find(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path root = projectFolder(content).orElse(null);
        if (root == null) {
            return new QuartoProject(null, content, Values.EMPTY, List.of(), List.of());
        }
        QuartoProject shown = new QuartoProject(root, content, Values.EMPTY, List.of(), List.of());
        Values quarto = read(root.resolve(SidebarLists.QUARTO), SidebarLists.QUARTO);
        List<String> profiles = QuartoProfiles.active(quarto.yaml());
        List<Values> sources = new ArrayList<>();
        for (Path file : QuartoProfiles.files(root, profiles)) {
            sources.add(read(file, shown.shown(file)));
        }
        List<Path> listed = metadataFiles(root, quarto.yaml());
        for (int i = listed.size() - 1; i >= 0; i--) {
            sources.add(read(listed.get(i), shown.shown(listed.get(i))));
        }
        sources.add(quarto);
        sources.removeIf(values -> values.yaml() == null);
        return new QuartoProject(root, content, read(root.resolve(VARIABLES), VARIABLES), List.copyOf(sources), profiles);
    }

    /**
     * The files _quarto.yml's {@code metadata-file:} and {@code metadata-files:} name, in the order Quarto merges them
     * (a later one's value wins), from the project's folder; none outside it, as a project's metadata is its own.
     */
    private static List<Path> metadataFiles(Path root, YamlMap quarto) {
        List<Path> files = new ArrayList<>();
        if (quarto == null) {
            return files;
        }
        List<Node> named = new ArrayList<>();
        if (quarto.at(List.of("metadata-file")) instanceof ScalarNode one) {
            named.add(one);
        }
        if (quarto.at(List.of("metadata-files")) instanceof SequenceNode list) {
            named.addAll(list.getValue());
        }
        for (Node node : named) {
            if (node instanceof ScalarNode name && !YamlMap.isNull(name)) {
                Path file = root.resolve(name.getValue()).normalize();
                if (file.startsWith(root) && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * The folder of the nearest _quarto.yml, from the content folder up: a few folders at most, and not above the top of
     * a Git repository, so that a file of the machine's own (in a home folder) is never read as the project's.
     */
    private static Optional<Path> projectFolder(Path content) {
        Path folder = content;
        for (int up = 0; folder != null && up <= LEVELS_UP; up++, folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(SidebarLists.QUARTO))) {
                return Optional.of(folder);
            }
            if (Files.exists(folder.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the content is (in) a Quarto project, whose pages' shortcodes are Quarto's. */
    public boolean exists() {
        return root != null;
    }

    /** The variable {@code {{< var key >}}} names, from _variables.yml. */
    Lookup variable(String key) {
        return variables.lookup(key);
    }

    /** Whether a profile is active, as {@code when-profile} tests it. */
    boolean profileActive(String name) {
        return profiles.contains(name);
    }

    /** Whether the project has a _variables.yml. */
    boolean hasVariables() {
        return variables.yaml() != null;
    }

    /**
     * The metadata {@code {{< meta key >}}} names for a page: its front matter's, else its folders' _metadata.yml (the
     * nearest first), else _quarto.yml's.
     *
     * @param folder the page's folder in the content folder ("" at its top)
     */
    Lookup meta(String key, Values frontMatter, String folder) {
        for (Values source : metadataFor(frontMatter, folder, key)) {
            if (!projectMetadata.isEmpty() && source == projectMetadata.get(0)) {
                Lookup joined = joinedList(key);
                if (joined != null) {
                    return joined;
                }
            }
            Lookup found = source.lookup(key);
            if (found.found() != Found.NONE) {
                return found;
            }
        }
        return Lookup.NONE;
    }

    /**
     * A key that names, or is an item of, a list that more than one of the project's files gives (_quarto.yml's
     * {@code authors:} and a {@code metadata-files:} file's): the lists joined, as Quarto merges them, the earlier file's
     * items first (_quarto.yml's, then each metadata file's in its order, then the profiles', the first profile's last),
     * each item once. Null when no such list holds the key, or the key goes on into an item's own keys.
     */
    private Lookup joinedList(String key) {
        List<String> path = Values.path(key);
        for (int depth = 1; depth <= path.size(); depth++) {
            List<String> at = path.subList(0, depth);
            List<Node> given = new ArrayList<>();
            boolean listed = false;
            String shown = null;
            for (int i = projectMetadata.size() - 1; i >= 0; i--) { // Quarto's order: _quarto.yml first
                Values source = projectMetadata.get(i);
                Node node = source.yaml() == null ? null : source.yaml().at(at);
                if (node != null) {
                    listed |= node instanceof SequenceNode;
                    given.add(node);
                    shown = source.shown(); // the file that gave the last items, as a finding names it
                }
            }
            if (!listed || given.size() < 2) {
                continue;
            }
            List<Node> items = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Node node : given) {
                for (Node item : node instanceof SequenceNode list ? list.getValue() : List.of(node)) {
                    if (!(item instanceof ScalarNode scalar) || seen.add(scalar.getValue())) {
                        items.add(item);
                    }
                }
            }
            List<String> rest = path.subList(depth, path.size());
            if (rest.size() > 1 || rest.size() == 1 && !rest.get(0).matches("[1-9]\\d{0,5}")) {
                return null;
            }
            int index = rest.isEmpty() ? (items.size() == 1 ? 0 : -1) : Integer.parseInt(rest.get(0)) - 1;
            if (index >= items.size()) {
                return Lookup.NONE;
            }
            Node item = index < 0 ? null : items.get(index);
            return item instanceof ScalarNode scalar ? new Lookup(Found.VALUE, YamlMap.isNull(scalar) ? "" : scalar.getValue(), shown)
                    : new Lookup(Found.NOT_ONE_VALUE, null, shown);
        }
        return null;
    }

    /**
     * Whether the page's metadata {@code key} is true, as Quarto's {@code when-meta} and {@code unless-meta} test it: a
     * YAML {@code true}, from the first of the page's metadata that gives the key ({@link #meta}'s order); a key nothing
     * gives, a string (even "true" in quotes, or yes), a number or a list is not true, as Quarto tests for a boolean.
     *
     * @return the metadata's file that gave the key ({@link #FRONT_MATTER} for the page's own), or null when none did,
     *         and whether the value is true
     */
    Truth truth(String key, Values frontMatter, String folder) {
        for (Values source : metadataFor(frontMatter, folder, key)) {
            Node node = source.yaml() == null ? null : source.yaml().at(Values.path(key));
            if (node != null) {
                // YAML 1.2's true, the one Quarto's reader takes for a boolean: unquoted, in any of its three spellings.
                boolean yes = node instanceof ScalarNode scalar && scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                        && (scalar.getValue().equals("true") || scalar.getValue().equals("True") || scalar.getValue().equals("TRUE"));
                return new Truth(yes, source.shown());
            }
        }
        return new Truth(false, null);
    }

    /** Whether a metadata key is true, and where it was found (null: nowhere). */
    record Truth(boolean yes, String where) {
    }

    /** Where a page's metadata comes from, the first that gives a key winning: its front matter, its folders', _quarto.yml. */
    private List<Values> metadataFor(Values frontMatter, String folder, String key) {
        List<Values> sources = new ArrayList<>();
        sources.add(frontMatter);
        sources.addAll(folderMetadata(folder));
        // _quarto.yml's project: settings are Quarto's own (what to render, where to), no metadata of a page; nor are the
        // profiles and metadata files it names, which Quarto takes out once it has read them.
        String top = Values.path(key).get(0);
        if (!PROJECT_ONLY.contains(top)) {
            sources.addAll(projectMetadata);
        }
        return sources;
    }

    /** The _metadata.yml files that count for a page of {@code folder}, the nearest first, up to the project's folder. */
    private List<Values> folderMetadata(String folder) {
        List<Values> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        Path dir = folder.isEmpty() ? content : content.resolve(folder).normalize();
        for (; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path here = dir;
            Values values = metadata.computeIfAbsent(here, d -> read(d.resolve(METADATA), shown(d.resolve(METADATA))));
            if (values.yaml() != null) {
                found.add(values);
            }
        }
        return found;
    }

    /** A file's path as a finding names it: from the content folder, or {@code ../} for one above it. */
    private String shown(Path file) {
        if (file.startsWith(content)) {
            return org.handbookpress.files.FileNames.relative(content, file);
        }
        return content.relativize(file).toString().replace('\\', '/');
    }

    /** A page's front matter's values ({@code yaml} between its {@code ---} lines), read only when a shortcode asks. */
    static Values frontMatter(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return Values.EMPTY;
        }
        return YamlSource.parseForeign(yaml, "front matter", Findings.discarded())
                .map(map -> new Values(map.plainValues(DEPTH), map, FRONT_MATTER)).orElse(Values.EMPTY);
    }

    /** A YAML file's values; none when it is missing, unreadable or no mapping (Quarto's own error, not the build's). */
    private static Values read(Path file, String shown) {
        return InputFiles.text(file).flatMap(text -> YamlSource.parseForeign(text, shown, Findings.discarded()))
                .map(map -> new Values(map.plainValues(DEPTH), map, shown)).orElse(Values.EMPTY);
    }

    /**
     * What the build's record of its inputs holds of the project's files above the content folder (its _quarto.yml and _variables.yml,
     * its profiles' and metadata files, the _metadata.yml of the folders on the way): their paths and bytes, so that an edit rebuilds. Those in the
     * content folder are in the record with its other files.
     */
    public static String describe(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Optional<Path> root = projectFolder(content);
        if (root.isEmpty() || root.get().equals(content)) {
            return "none";
        }
        List<Path> files = new ArrayList<>();
        files.add(root.get().resolve(SidebarLists.QUARTO));
        files.add(root.get().resolve(VARIABLES));
        YamlMap quarto = read(root.get().resolve(SidebarLists.QUARTO), SidebarLists.QUARTO).yaml();
        files.addAll(QuartoProfiles.files(root.get(), QuartoProfiles.active(quarto)));
        files.addAll(metadataFiles(root.get(), quarto));
        for (Path dir = content.getParent(); dir != null && dir.startsWith(root.get()); dir = dir.getParent()) {
            files.add(dir.resolve(METADATA));
        }
        return InputFiles.describe(files);
    }
}
