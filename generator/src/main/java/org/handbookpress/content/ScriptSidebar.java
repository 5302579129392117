package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbookpress.findings.Findings;

/**
 * The sidebar a Starlight or VitePress site writes in its JavaScript settings, read as literal data, never run: its
 * order, its groups and its labels. Starlight's {@code starlight({ sidebar: [...] })} in astro.config lists
 * {@code { label, link }} and {@code 'slug'} items, {@code { label, items: [...] }} groups and
 * {@code { label, autogenerate: { directory } }} groups of a folder's pages (in their usual order: Starlight's
 * {@code sidebar: order:} in their front matter, then their titles); VitePress'
 * {@code themeConfig: { sidebar: [...] }} lists {@code { text, link }} items and {@code { text, items }} groups, or
 * one such list for each part of the site ({@code sidebar: { '/guide/': [...] }}, all of them in turn), a {@code base}
 * before its links. A group at the top is a part of the menu, named by its label, as mdBook's parts are; a group in a
 * group adds its pages to the part it is in. An item's label is the page's name in the menu. What is not literal (a
 * variable, a function's result, a spread {@code ...items}) cannot be read without running the file: said once, as a
 * notice ({@link #CODE}), and the rest is read. Docusaurus' sidebars file is read by the same means into a tree of its
 * categories, nested as it nests them ({@link #docusaurus}), since its categories nest deeper than a part of a book.
 */
final class ScriptSidebar {

    /** The notice for a sidebar, or part of one, that is not literal data. */
    static final String CODE = "nav.sidebar-not-literal";
    /** The notice for the items of a sidebar that link other sites, which the menu cannot hold. */
    static final String LINK_CODE = "nav.sidebar-link-left-out";
    /** How deep lists and objects are read; a sidebar's groups nest a few levels. */
    private static final int MAX_DEPTH = 64;

    /** A literal value: a string, a list, an object; or something else, at its line. */
    private sealed interface Value permits Text, Items, Fields, Other {
        int line();
    }

    private record Text(String text, int line) implements Value {
    }

    private record Items(List<Value> items, int line) implements Value {
    }

    private record Fields(Map<String, Value> fields, int line) implements Value {
        String text(String key) {
            return fields.get(key) instanceof Text t ? t.text() : null;
        }
    }

    private record Other(int line) implements Value {
    }

    private final List<ScriptTokens.Token> tokens;
    private final String shown;
    private final List<String> paths;
    private final Map<String, String> byId = new HashMap<>();
    private final List<String> listed = new ArrayList<>();
    /** Starlight's default language's folder ({@code fr/}) that its sidebar's slugs leave out; "" for none. */
    private String localeFolder = "";
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> ranks = new ArrayList<>();
    /** The rank of the next item: a folder's generated pages share one. */
    private int rank;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, SummaryFile.Part> parts = new LinkedHashMap<>();
    /** The folders a group's pages are, every one, named by the group's label, by folder ({@code guides/basics}). */
    private final Map<String, String> folderLabels = new LinkedHashMap<>();
    private final Map<NavEntry, Index> indexes = new java.util.IdentityHashMap<>();
    /** The labels of the items linking other sites or addresses that are no page, in order, and the line of the first. */
    private final List<String> leftOut = new ArrayList<>();
    private int firstLeftOut;
    private int notLiteral;
    /** The line of the first part that is not literal. */
    private int firstOther = 1;

    private ScriptSidebar(String text, String shown, List<String> paths) {
        this(text, shown, paths, Map.of());
    }

    /** @param ids the pages by the other names the tool gives them (Docusaurus' ids), by name */
    private ScriptSidebar(String text, String shown, List<String> paths, Map<String, String> ids) {
        this(ScriptTokens.of(text), shown, paths, ids);
    }

    private ScriptSidebar(List<ScriptTokens.Token> tokens, String shown, List<String> paths, Map<String, String> ids) {
        this.tokens = tokens;
        this.shown = shown;
        this.paths = paths;
        byId.putAll(ids);
        for (String path : paths) {
            String stem = Page.stem(path);
            byId.putIfAbsent(stem, path);
            byId.putIfAbsent(stem.toLowerCase(Locale.ROOT), path); // Starlight's slugs are in lower case
        }
    }

    /**
     * Starlight's sidebar, in its astro.config ({@code shown} as a finding names it); empty when it gives none. A site whose
     * {@code defaultLocale} is a folder of its pages ({@code 'fr'}, its pages in fr/) has slugs and directories that leave
     * that folder out, as Starlight resolves them in each language's folder: they are read in it when not found outside.
     */
    static Optional<SummaryFile> starlight(String text, String shown, List<String> paths, Findings findings) {
        ScriptSidebar sidebar = new ScriptSidebar(text, shown, paths);
        String locale = ScriptTokens.firstString(sidebar.tokens, "defaultLocale");
        if (locale != null && !locale.isBlank() && !locale.equals("root") && paths.stream().anyMatch(path -> path.startsWith(locale + "/"))) {
            sidebar.localeFolder = locale + "/";
        }
        return sidebar.read(false, findings);
    }

    /** VitePress' sidebar, in its .vitepress/config; empty when it gives none. */
    static Optional<SummaryFile> vitePress(String text, String shown, List<String> paths, Findings findings) {
        return new ScriptSidebar(text, shown, paths).read(true, findings);
    }

    private Optional<SummaryFile> read(boolean vitePress, Findings findings) {
        int at = sidebarKey();
        if (at < 0) {
            return Optional.empty();
        }
        Value sidebar = value(at + 2);
        if (vitePress && sidebar instanceof Fields multi) {
            for (Value one : multi.fields().values()) { // a sidebar for each part of the site, one after another
                walk(one, "", null, true); // a list, or { base, items }
            }
        } else {
            walk(sidebar, "", null, vitePress);
        }
        report(findings);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SummaryFile.sidebar(listed, ranks, lines, labels, parts).withFolderLabels(folderLabels));
    }

    /** The notice for the parts of the sidebar that are not literal, once, when there are any. */
    private void report(Findings findings) {
        if (!leftOut.isEmpty()) {
            findings.notice(shown, firstLeftOut, LINK_CODE, "the sidebar links " + leftOut.size() + " other site(s) or address(es) that are no page"
                            + " of the handbook (" + org.handbookpress.findings.Listed.first(leftOut, 5)
                            + "): the handbook's menu lists its pages only, so they are left out of it",
                    "link them from a page, the home page say, or from handbook.yml's description");
        }
        if (notLiteral > 0) {
            findings.notice(shown, firstOther, CODE, "the sidebar here is not written as literal data (" + notLiteral
                            + " part(s): a variable, a function's result or a spread), which the build reads without running: "
                            + "what those parts list keeps its usual order, and the rest the sidebar's",
                    "write the sidebar's items in the file as a list of { label, link } and { label, items } objects, or give handbook.yml a nav:");
        }
    }

    /**
     * Docusaurus' sidebars file ({@code sidebars.js}, {@code .ts}, {@code .json}; {@code shown} as a finding names it):
     * the menu its sidebars give, each in turn, as a tree ({@link SummaryFile#tree}); empty when it gives none.
     *
     * @param ids the pages by their Docusaurus ids ({@code guides/intro} for {@code guides/01-intro.md}), by id
     */
    static Optional<SummaryFile> docusaurus(String text, String shown, List<String> paths, Map<String, String> ids, Findings findings) {
        List<ScriptTokens.Token> tokens = ScriptTokens.of(text);
        int at = exported(tokens);
        int end = at < 0 ? -1 : closing(tokens, at);
        if (end < 0 || end >= tokens.size()) {
            return Optional.empty();
        }
        // The object alone: what follows it (export default sidebars) is no part of it.
        return new ScriptSidebar(tokens.subList(at, end + 1), shown, paths, ids).readDocusaurus(findings);
    }

    private Optional<SummaryFile> readDocusaurus(Findings findings) {
        List<NavEntry> tree = new ArrayList<>();
        Value sidebars = value(0);
        if (sidebars instanceof Fields named) {
            for (Value one : named.fields().values()) { // each sidebar in turn: a list of items, or the shorthand's object
                tree.addAll(docs(one));
            }
        } else {
            other(sidebars);
        }
        tree = settle(tree);
        report(findings);
        // A sidebar that is the whole docs folder, autogenerated, is the menu made as usual: nothing to say.
        boolean whole = tree.stream().allMatch(entry -> "/".equals(entry.target()));
        return listed.isEmpty() || whole ? Optional.empty() : Optional.of(SummaryFile.tree(listed, ranks, lines, labels, tree));
    }

    /**
     * Where the object the file exports starts: a JSON file's own, {@code module.exports = {…}}, {@code export default {…}},
     * or the object given to the name exported ({@code const sidebars = {…}; export default sidebars}, in TypeScript
     * {@code const sidebars: SidebarsConfig = {…}}); -1 when none is found.
     */
    private static int exported(List<ScriptTokens.Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).is('{')) {
            return 0;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            ScriptTokens.Token t = tokens.get(i);
            boolean exports = t.text().equals("exports") && tokens.get(i + 1).is('=');
            if (exports || t.text().equals("default") && i > 0 && tokens.get(i - 1).text().equals("export")) {
                int from = i + (exports ? 2 : 1);
                if (from < tokens.size() && tokens.get(from).kind() == ScriptTokens.Kind.NAME) {
                    return assigned(tokens, tokens.get(from).text());
                }
                return from < tokens.size() && tokens.get(from).is('{') ? from : -1;
            }
        }
        return -1;
    }

    /** The index of the bracket that closes the one at {@code open}; the end of the tokens when none does. */
    private static int closing(List<ScriptTokens.Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            ScriptTokens.Token t = tokens.get(i);
            if (t.is('{') || t.is('[') || t.is('(')) {
                depth++;
            } else if ((t.is('}') || t.is(']') || t.is(')')) && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Where the object first assigned to {@code name} starts ({@code name = {…}}, with a type between); -1 when none is. */
    private static int assigned(List<ScriptTokens.Token> tokens, String name) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).kind() == ScriptTokens.Kind.NAME && tokens.get(i).text().equals(name)) {
                for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
                    if (tokens.get(j).is('=') && j + 1 < tokens.size() && tokens.get(j + 1).is('{')) {
                        return j + 1;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A Docusaurus sidebar's items as the menu's entries: a doc ({@code 'guides/intro'}, {@code {type: 'doc', id, label}})
     * is its page; a category ({@code {type: 'category', label, items}}, or the shorthand {@code {'Label': [items]}}) is a
     * group of that name over its items, or its own page over them when it links one ({@code link: {type: 'doc', id}});
     * an {@code autogenerated} item is its folder's pages, in their usual order. Links to other sites and HTML items are
     * not pages.
     */
    private List<NavEntry> docs(Value value) {
        List<NavEntry> out = new ArrayList<>();
        if (value instanceof Items list) {
            list.items().forEach(item -> out.addAll(docs(item)));
        } else if (value instanceof Text id) {
            String path = add(id.text(), null, id.line(), null);
            if (path != null) {
                out.add(new NavEntry(null, path, id.line()));
            }
        } else if (value instanceof Fields item) {
            String type = item.text("type");
            Value items = item.fields().get("items");
            if (type == null && items == null && item.text("id") == null) {
                // The shorthand: each key a category's label over its items.
                item.fields().forEach((label, inIt) -> out.addAll(category(label, null, false, inIt, inIt.line())));
            } else if ("category".equals(type) || type == null && items != null) {
                // collapsed: and collapsible: are read and left: the menu folds every section but the reader's already.
                Fields link = item.fields().get("link") instanceof Fields l ? l : null;
                String page = link != null && "doc".equals(link.text("type")) ? link.text("id") : null;
                boolean index = link != null && "generated-index".equals(link.text("type"));
                out.addAll(category(item.text("label"), page, index, items, item.line()));
            } else if ("autogenerated".equals(type) && item.text("dirName") != null) {
                String dir = item.text("dirName").strip().replaceAll("^(\\./?|/)+|/+$", "");
                String folder = dir.isEmpty() ? "" : SummaryFile.normal(dir + "/");
                for (String path : paths) {
                    if (folder != null && path.startsWith(folder)) {
                        add(path, null, item.line(), null, rank); // one rank: the folder's usual order among them
                    }
                }
                rank++;
                if (folder != null) {
                    out.add(new NavEntry(null, folder.isEmpty() ? "/" : folder, item.line())); // its pages, when the menu is made
                }
            } else if (("doc".equals(type) || "ref".equals(type) || type == null) && item.text("id") != null) {
                String path = add(item.text("id"), item.text("label"), item.line(), null);
                if (path != null) {
                    out.add(new NavEntry(label(item.text("label")), path, item.line()));
                }
            } else if ("link".equals(type) && item.text("href") != null) {
                String path = page(item.text("href"));
                if (path != null) { // a link to one of the docs: its page, as Docusaurus shows it
                    path = add(path, item.text("label"), item.line(), null);
                    if (path != null) {
                        out.add(new NavEntry(label(item.text("label")), path, item.line()));
                    }
                } else {
                    leftOut(item.text("label"), item.text("href"), item.line());
                }
            } else if (!"html".equals(type)) {
                other(item);
            }
        } else if (value instanceof Other) {
            other(value);
        }
        return out;
    }

    /**
     * A category: its label over its items' entries, or its own page ({@code page}, a doc's id) over them; with a generated
     * index ({@code index}), the section of the folder its items are ({@link GroupFolder}), whose generated page
     * lists them, when no other entry lists a page of that folder ({@link #settle}).
     */
    private List<NavEntry> category(String label, String page, boolean index, Value items, int line) {
        String name = label == null || label.isBlank() ? null : HeadingText.of(label);
        String path = page == null ? null : add(page, name, line, null);
        int from = listed.size();
        List<NavEntry> below = items == null ? List.of() : docs(items);
        if (items != null && !(items instanceof Items)) {
            other(items);
        }
        if (path != null) {
            return List.of(new NavEntry(name, path, line, List.copyOf(below)));
        }
        if (name == null || below.isEmpty()) {
            return below;
        }
        NavEntry group = NavEntry.group(name, line, below);
        Optional<String> folder = index ? GroupFolder.ofIndex(below, paths) : Optional.empty();
        if (folder.isPresent()) {
            NavEntry section = new NavEntry(name, folder.get(), line); // a folder's entry with a label: its section
            indexes.put(section, new Index(group, java.util.Set.copyOf(listed.subList(from, listed.size()))));
            return List.of(section);
        }
        return List.of(group);
    }

    /** A generated-index category read as its folder's section, with the group it is when another entry lists a page of the folder. */
    private record Index(NavEntry group, java.util.Set<String> pages) {
    }

    /** The tree with each generated index's section kept where its folder holds only its pages, else its group. */
    private List<NavEntry> settle(List<NavEntry> entries) {
        List<NavEntry> out = new ArrayList<>();
        for (NavEntry entry : entries) {
            Index index = indexes.get(entry);
            if (index != null) {
                out.add(GroupFolder.holdsOnly(entry.target(), index.pages(), listed) ? entry : index.group());
            } else {
                out.add(entry.entries().isEmpty() ? entry : new NavEntry(entry.label(), entry.target(), entry.line(), settle(entry.entries())));
            }
        }
        return out;
    }

    private static String label(String label) {
        return label == null ? null : label.strip();
    }

    /** The page an address names ({@code /docs/guides/intro}, or without the docs folder's route); null when none does. */
    private String page(String href) {
        String id = href.strip().replaceFirst("[#?].*$", "").replaceAll("^(\\./|/)+", "");
        if (id.isEmpty()) {
            return null; // the site's front page, which is no doc
        }
        String path = pathOf(href);
        int slash = id.indexOf('/');
        return path != null || slash < 0 ? path : pathOf(id.substring(slash + 1)); // /docs/rota: the docs' route first
    }

    /** An item linking another site, or an address that is no page: the menu holds pages only, so it is said once ({@link #LINK_CODE}). */
    private void leftOut(String label, String href, int line) {
        if (leftOut.isEmpty()) {
            firstLeftOut = line;
        }
        leftOut.add(label == null || label.isBlank() ? href.strip() : label.strip());
    }

    /** The index of the first {@code sidebar} key (Starlight's in {@code starlight({…})}, VitePress' in {@code themeConfig}), or -1. */
    private int sidebarKey() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals("sidebar") && ScriptTokens.isKey(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One item of the sidebar, or a list of them: its pages listed in order, each with its label, in {@code part}.
     *
     * @param base VitePress' {@code base} before the links in it ("" when none)
     */
    private void walk(Value value, String base, SummaryFile.Part part, boolean vitePress) {
        if (value instanceof Items list) {
            for (Value item : list.items()) {
                walk(item, base, part, vitePress);
            }
        } else if (value instanceof Text slug) {
            if (pathOf(base + slug.text()) == null) {
                leftOut(null, slug.text(), slug.line());
            }
            add(base + slug.text(), null, slug.line(), part);
        } else if (value instanceof Fields item) {
            String label = item.text(vitePress ? "text" : "label");
            String inBase = item.text("base") != null ? item.text("base") : base;
            Value items = item.fields().get("items");
            Value auto = item.fields().get("autogenerate");
            String link = item.text("link") != null ? item.text("link") : item.text("slug");
            SummaryFile.Part group = part;
            int from = listed.size();
            if ((items != null || auto != null) && part == null && label != null && !label.isBlank()) {
                group = new SummaryFile.Part(HeadingText.of(label), shown, item.line()); // a group at the top: a part of the menu
            }
            if (link != null && pathOf(inBase + link) == null) {
                leftOut(label, link, item.line()); // another site, or an address of the site that is no page here
            } else if (link != null) {
                add(inBase + link, items == null && auto == null ? label : null, item.line(), group);
            }
            if (items != null) {
                walk(items, inBase, group, vitePress);
            }
            if (auto instanceof Fields generated && generated.text("directory") != null) {
                String written = SummaryFile.normal(generated.text("directory").strip().replaceAll("^/+|/+$", "") + "/");
                // A directory of the default language's folder (Starlight's core/agents for fr/core/agents/) when none outside.
                String folder = written == null || localeFolder.isEmpty() || paths.stream().anyMatch(path -> path.startsWith(written))
                        ? written : localeFolder + written;
                for (String path : paths) {
                    if (folder != null && path.startsWith(folder)) {
                        add(path, null, generated.line(), group, rank); // one rank: the folder's usual order among them
                    }
                }
                rank++;
            } else if (auto != null) {
                other(auto);
            }
            if (items != null && !(items instanceof Items)) {
                other(items);
            }
            if ((items != null || auto != null) && label != null && !label.isBlank()) {
                nameFolder(label, listed.subList(from, listed.size()));
            }
        } else if (value instanceof Other) {
            other(value);
        }
    }

    /**
     * A group whose pages are every page of one folder ({@code guides/basics}, at any depth) names that folder: its section
     * in the menu, its page and breadcrumbs take the group's label, as the sidebar names it ("First steps", not "Basics").
     */
    private void nameFolder(String label, List<String> inGroup) {
        GroupFolder.named(inGroup, paths).ifPresent(folder -> folderLabels.putIfAbsent(folder.substring(0, folder.length() - 1), HeadingText.of(label)));
    }

    private void other(Value value) {
        if (notLiteral++ == 0) {
            firstOther = value.line();
        }
    }

    /** A page the sidebar links, by its slug or address; a link to another website, or to no page, lists nothing. */
    private String add(String link, String label, int line, SummaryFile.Part part) {
        return add(link, label, line, part, rank++);
    }

    /** @return the page's path; null when it is no page, or is listed already */
    private String add(String link, String label, int line, SummaryFile.Part part, int at) {
        String path = pathOf(link);
        if (path == null || listed.contains(path)) {
            return null;
        }
        listed.add(path);
        lines.add(line);
        ranks.add(at);
        if (label != null && !label.isBlank()) {
            labels.put(path, label.strip());
        }
        if (part != null) {
            parts.put(path, part);
        }
        return path;
    }

    /** The page a slug or address names ({@code /guide/setup}, {@code guide/}, {@code setup.html}); null when it names none. */
    private String pathOf(String link) {
        if (link.contains("://") || link.startsWith("mailto:")) {
            return null;
        }
        String id = link.strip().replaceFirst("[#?].*$", "").replaceAll("^(\\./|/)+", "").replaceAll("/+$", "");
        id = id.endsWith(".html") ? id.substring(0, id.length() - ".html".length()) : Page.stem(id);
        return paths.contains(link) ? link : find(id.isEmpty() ? "index" : id);
    }

    private String find(String id) {
        String found = findAsWritten(id);
        return found != null || localeFolder.isEmpty() ? found : findAsWritten(localeFolder + id);
    }

    private String findAsWritten(String id) {
        for (String key : List.of(id, id + "/index", id.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT) + "/index")) {
            if (byId.containsKey(key)) {
                return byId.get(key);
            }
        }
        return null;
    }

    /** The literal value whose first token is at {@code i}. */
    private Value value(int i) {
        return value(i, 0);
    }

    /** @param depth how many lists and objects hold it: a file nested deeper than any sidebar is no sidebar, not a stack overflow */
    private Value value(int i, int depth) {
        if (i >= tokens.size() || depth > MAX_DEPTH) {
            return new Other(i < tokens.size() ? tokens.get(i).line() : tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line());
        }
        ScriptTokens.Token t = tokens.get(i);
        int end = ScriptTokens.endOfValue(tokens, i);
        if (t.kind() == ScriptTokens.Kind.STRING && end == i + 1) {
            // A template string with ${…} in it is worked out when the file runs: not literal.
            return t.text().contains("${") ? new Other(t.line()) : new Text(t.text(), t.line());
        }
        if (t.is('[') && closes(i, end, ']')) {
            List<Value> items = new ArrayList<>();
            for (int at = i + 1; at < end - 1; ) {
                if (tokens.get(at).is(',')) {
                    at++;
                    continue;
                }
                int itemEnd = ScriptTokens.endOfValue(tokens, at);
                items.add(value(at, depth + 1));
                at = Math.max(itemEnd, at + 1);
            }
            return new Items(items, t.line());
        }
        if (t.is('{') && closes(i, end, '}')) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (ScriptTokens.Entry entry : ScriptTokens.entries(tokens, i)) {
                fields.put(entry.key(), value(entry.from(), depth + 1));
            }
            return new Fields(fields, t.line());
        }
        if (t.kind() == ScriptTokens.Kind.NAME && end == i + 1 && List.of("true", "false", "null").contains(t.text())) {
            return new Text(t.text(), t.line());
        }
        return new Other(t.line());
    }

    /** Whether the value from {@code i} to {@code end} is one bracketed whole: its last token closes its first. */
    private boolean closes(int i, int end, char close) {
        return end - 1 > i && end - 1 < tokens.size() && tokens.get(end - 1).is(close);
    }
}
