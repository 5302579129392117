package org.handbookpress.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sidebar files other tools keep in a folder, read for the order and names of what the folder holds:
 * <ul>
 * <li>Nextra's {@code _meta.json} (or {@code _meta.js}, {@code .ts}, {@code .jsx}, {@code .tsx}, an object exported as
 *     JavaScript; {@code _meta.en.json} for an English handbook, as a multilingual Nextra site keeps one per language):
 *     its keys are the folder's pages and sub-folders in the sidebar's order, each with its title in the sidebar
 *     ({@code "setup": "Setting up"}, or {@code {"title": "Setting up"}});</li>
 * <li>Docusaurus' {@code _category_.json} or {@code .yml}: the folder's own {@code label} and {@code position} (used by
 *     {@link FolderOrder}), and its {@code link} ({@link CategoryLink}).</li>
 * </ul>
 * A page's own {@code order} and {@code nav-title} come first; a page or folder the file does not list comes after those
 * it lists, as before. Read once a folder, on any thread; a file that cannot be read or understood is as none.
 */
final class SidebarFiles {

    private static final List<String> META_EXTENSIONS = List.of("json", "js", "ts", "jsx", "tsx", "mjs");
    /**
     * Docusaurus' category file's position: {@code "position": 2} in JSON (on a line of its own or in {@code {…}} on one
     * line), {@code position: 2} in YAML.
     */
    private static final Pattern POSITION = Pattern.compile("(?m)(?:^|[{,])\\s*\"?position\"?\\s*:\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final List<String> CATEGORY_FILES = List.of("_category_.json", "_category_.yml", "_category_.yaml");
    /** Docusaurus' category label: {@code "label": "Basics"} in JSON, {@code label: Basics} in YAML. */
    private static final Pattern LABEL = Pattern.compile("(?m)(?:^|[{,])\\s*\"?label\"?\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s,{}\"'#][^,{}#\\n]*?))\\s*(?:,|}|#|$)");

    private final Path contentDir;
    private final String language;
    private final Map<String, Folder> folders = new ConcurrentHashMap<>();

    /** What a folder's sidebar files say: its names in order with their titles, and its own label (null when none). */
    record Folder(Map<String, Integer> positions, Map<String, String> titles, String label, Double categoryPosition,
                  CategoryLink link) {
        static final Folder NONE = new Folder(Map.of(), Map.of(), null, null, null);

        /** The names listed, in order. */
        List<String> order() {
            return positions.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        }

        /** A name's place in the order, or -1 when the file does not list it. */
        int position(String name) {
            return positions.getOrDefault(name, -1);
        }
    }

    /** @param language the handbook's language ({@code en-GB}), for Nextra's files of one language; null for none */
    SidebarFiles(Path contentDir, String language) {
        this.contentDir = contentDir;
        this.language = Translations.own(language);
    }

    /** The code of the handbook's language ({@code en}), "" when it has none: the one its {@code _meta} files are named with. */
    String language() {
        return language;
    }

    /**
     * The front matter of the page at {@code path} with the order and navigation title its folder's {@code _meta} file
     * gives it, where its own front matter gives none.
     */
    FrontMatter apply(String path, FrontMatter meta) {
        int slash = path.lastIndexOf('/');
        Folder folder = folder(slash < 0 ? "" : path.substring(0, slash));
        if (folder.positions().isEmpty()) {
            return meta;
        }
        String name = key(Page.stem(path.substring(slash + 1)));
        int at = folder.position(name);
        String title = folder.titles().get(name);
        FrontMatter out = meta;
        if (meta.order() == null && at >= 0) {
            out = out.withOrder((double) at);
        }
        if (meta.names().navTitle() == null && title != null) {
            out = out.withNames(meta.names().withNavTitle(title));
        }
        return out;
    }

    /** A folder's place among its siblings by its parent's {@code _meta} file; null when that lists no such folder. */
    Double position(String folder) {
        int slash = folder.lastIndexOf('/');
        int at = folder(slash < 0 ? "" : folder.substring(0, slash)).position(folder.substring(slash + 1));
        return at < 0 ? null : (double) at;
    }

    /** A folder's place among its siblings by its own Docusaurus category file's {@code position}; null when none gives one. */
    Double categoryPosition(String folder) {
        return folder(folder).categoryPosition();
    }

    /** A folder's name in the navigation: its category label, or its title in its parent's {@code _meta}; else empty. */
    Optional<String> label(String folder) {
        int slash = folder.lastIndexOf('/');
        String own = folder(folder).label();
        return Optional.ofNullable(own != null ? own : folder(slash < 0 ? "" : folder.substring(0, slash)).titles().get(folder.substring(slash + 1)));
    }

    /** A folder's category file's {@code link:}, when it gives one Docusaurus knows ({@code doc} or {@code generated-index}). */
    Optional<CategoryLink> link(String folder) {
        return Optional.ofNullable(folder(folder).link());
    }

    /** Every folder's label that a sidebar file gives, for the folders named. */
    Map<String, String> labels(Iterable<String> folderPaths) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String folder : folderPaths) {
            if (!folder.isEmpty()) {
                label(folder).ifPresent(label -> labels.put(folder, label));
            }
        }
        return labels;
    }

    /** The name a page goes by in its folder's {@code _meta}: its file's stem without its language ({@code about.en}). */
    private String key(String stem) {
        return !language.isEmpty() && stem.endsWith("." + language) ? stem.substring(0, stem.length() - language.length() - 1) : stem;
    }

    private Folder folder(String folder) {
        return folders.computeIfAbsent(folder, this::read);
    }

    private Folder read(String folder) {
        Path dir = folder.isEmpty() ? contentDir : contentDir.resolve(folder);
        Folder meta = Folder.NONE;
        for (String name : metaNames()) {
            Optional<String> text = InputFiles.text(dir.resolve(name));
            if (text.isPresent()) {
                meta = readMeta(text.get());
                break;
            }
        }
        for (String name : CATEGORY_FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                // The first category file there is the folder's; unreadable, it says nothing (the folder goes by its name).
                String text = InputFiles.text(file).orElse("");
                Matcher m = LABEL.matcher(text);
                String label = m.find() ? SidebarFiles.first(m.group(1) == null ? null : m.group(1).replace("\\\"", "\""), m.group(2), m.group(3)) : null;
                Matcher position = POSITION.matcher(text);
                return new Folder(meta.positions(), meta.titles(), label == null ? null : label.strip(),
                        position.find() ? Double.valueOf(position.group(1)) : null, CategoryLink.read(text, folder + "/" + name));
            }
        }
        return meta;
    }

    private List<String> metaNames() {
        List<String> names = new ArrayList<>();
        for (String extension : META_EXTENSIONS) {
            if (!language.isEmpty()) {
                names.add("_meta." + language + "." + extension);
            }
        }
        META_EXTENSIONS.forEach(extension -> names.add("_meta." + extension));
        return names;
    }

    /**
     * The keys of a {@code _meta} file's object, in order, with their titles: JSON, or the object a JavaScript module
     * exports ({@code export default { setup: 'Setting up', faq: { title: 'FAQ' } }}), read without running anything
     * ({@link ScriptTokens}): a key's title is its value when that is a string, or the {@code title} of its object.
     */
    static Folder readMeta(String text) {
        List<ScriptTokens.Token> tokens = ScriptTokens.of(text);
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).is('{')) {
            i++;
        }
        java.util.Set<String> order = new java.util.LinkedHashSet<>(); // a set: a file of many keys is read in one pass
        Map<String, String> titles = new LinkedHashMap<>();
        for (ScriptTokens.Entry entry : ScriptTokens.entries(tokens, i)) { // none when the text holds no object
            String key = entry.key();
            String title = title(tokens.subList(entry.from(), entry.to()));
            if (!key.equals("*") && !key.startsWith("---") && order.add(key)) {
                if (title != null && !title.isBlank()) {
                    titles.put(key, title.strip());
                }
            }
        }
        Map<String, Integer> positions = new java.util.HashMap<>();
        order.forEach(name -> positions.put(name, positions.size()));
        return new Folder(Map.copyOf(positions), Map.copyOf(titles), null, null, null);
    }

    /** A {@code _meta} entry's title: the value itself when it is a string, or its object's own {@code title}; else null. */
    private static String title(List<ScriptTokens.Token> value) {
        if (value.size() == 1 && value.get(0).kind() == ScriptTokens.Kind.STRING) {
            return value.get(0).text();
        }
        if (value.isEmpty() || !value.get(0).is('{')) {
            return null;
        }
        for (ScriptTokens.Entry entry : ScriptTokens.entries(value, 0)) {
            if (entry.key().equals("title") && entry.to() > entry.from() && value.get(entry.from()).kind() == ScriptTokens.Kind.STRING) {
                return value.get(entry.from()).text();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
