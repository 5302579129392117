package org.handbookpress.content;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.files.Globs;
import org.handbookpress.findings.Findings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Front matter for many pages at once, from {@code defaults:} in handbook.yml (Jekyll's {@code defaults},
 * Hugo's {@code cascade}), so a migrated folder becomes {@code kind: slides} without editing every file:
 * <pre>
 * defaults:
 *   - path: "slides/[0-9][0-9]-*.md"   # a glob relative to content/
 *     values:
 *       kind: slides
 *       slide-level: 1
 * </pre>
 * A page's own front matter wins; of two entries that match, the later wins. A page in a folder of translations named
 * under {@code languages:} takes the values of its original's path too ({@link #withTranslations}).
 */
public final class FolderDefaults {

    /** One entry: the glob as written, its matcher, the values as YAML (lines are handbook.yml's). */
    record Entry(String glob, PathMatcher matcher, MappingNode values) {
    }

    private final List<Entry> entries;
    /**
     * The folders of translations handbook.yml names under {@code languages:} ({@code cy}), whose pages take their
     * originals' values, as {@link LanguageFolders#declaredKey} compares them.
     */
    private final java.util.Set<String> translated;

    private FolderDefaults(List<Entry> entries) {
        this(entries, java.util.Set.of());
    }

    private FolderDefaults(List<Entry> entries, java.util.Set<String> translated) {
        this.entries = List.copyOf(entries);
        this.translated = java.util.Set.copyOf(translated);
    }

    /**
     * These defaults, a page in a folder of translations taking those its original's path is given as well: a Welsh
     * chapter copied to {@code cy/clubs/01-welcome.md} without its front matter's {@code kind:} was a plain page (no
     * chapter number, no pager, no PDF) where {@code clubs/[0-9][0-9]-*.md} made its original a chapter.
     */
    FolderDefaults withTranslations(java.util.Set<String> folders) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        folders.forEach(f -> keys.add(LanguageFolders.declaredKey(f)));
        return new FolderDefaults(entries, keys);
    }

    public static FolderDefaults none() {
        return new FolderDefaults(List.of());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Reads {@code defaults:}; each value list is checked as front matter, with handbook.yml's lines. */
    static FolderDefaults read(YamlMap yaml, Findings findings) {
        Node node = yaml.value("defaults");
        if (node == null) {
            return none();
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.wrongType("defaults", "a list of '- path: …' entries with 'values:'", node);
            return none();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode mapping)) {
                findings.error(ConfigLoader.FILE, line, "config.defaults", "each 'defaults' entry must have 'path:' and 'values:', but received "
                        + YamlMap.describe(item), "write '- path: \"folder/*.md\"' and under it 'values:' with front matter keys");
                continue;
            }
            YamlMap entry = new YamlMap(mapping, ConfigLoader.FILE, 0, findings);
            String glob = entry.string("path");
            Node values = entry.value("values");
            entry.warnUnknownKeys(java.util.Set.of("path", "values"), "a 'defaults' entry");
            if (glob == null || glob.isBlank() || !(values instanceof MappingNode valueMap)) {
                findings.error(ConfigLoader.FILE, line, "config.defaults", "a 'defaults' entry needs 'path:' (a glob such as \"slides/*.md\") and 'values:' (front matter keys)",
                        "add the missing key to this entry");
                continue;
            }
            PathMatcher matcher;
            try {
                matcher = Globs.matcher(glob.trim());
            } catch (IllegalArgumentException e) {
                findings.error(ConfigLoader.FILE, entry.lineOf("path"), "config.defaults", "'path' " + glob + " is not a valid glob: "
                        + Globs.problem(e), Globs.HOW_TO_WRITE);
                continue;
            }
            // The values are front matter: check them now, so a mistake is reported once, on handbook.yml's line.
            FrontMatterParser check = new FrontMatterParser(findings);
            check.read(new YamlMap(valueMap, ConfigLoader.FILE, 0, findings), ConfigLoader.FILE);
            check.reportUnknownKeys("'defaults' front-matter");
            entries.add(new Entry(glob.trim(), matcher, valueMap));
        }
        return new FolderDefaults(entries);
    }

    /** The default values for a page (path relative to content/), later entries over earlier; empty when none match. */
    Map<String, NodeTuple> valuesFor(String path) {
        Map<String, NodeTuple> values = new LinkedHashMap<>();
        int slash = path.indexOf('/');
        // A folder named as LanguageFolders names it (pt_BR/ for pt-BR): the same folders are translations there and here.
        String original = slash > 0 && translated.contains(LanguageFolders.declaredKey(path.substring(0, slash)))
                ? path.substring(slash + 1) : null;
        for (Entry entry : entries) {
            if (entry.matcher().matches(Path.of(path)) || original != null && entry.matcher().matches(Path.of(original))) {
                for (NodeTuple tuple : entry.values().getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        values.put(key.getValue(), tuple);
                    }
                }
            }
        }
        return values;
    }
}
