package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;

/**
 * Sphinx's table of contents in a MyST page, which lists the pages under it as the site's navigation does:
 * <pre>
 * ```{toctree}
 * :maxdepth: 2
 * :caption: Guides
 * setting-up
 * The rota &lt;rota/index&gt;
 * ```
 * </pre>
 * Shown as a list of links to those pages (as wiki links, {@code [[guides/setting-up]]}, which take the page's title),
 * under its caption in bold; a {@code :hidden:} one shows nothing, as in Sphinx. Entries are from the page's folder;
 * {@code self}, addresses and glob patterns are passed by. Line for line: findings keep the file's lines.
 */
final class MystToctree {

    /** The opening fence: a code fence's or MyST's colon fence ({@code :::{toctree}}): group 1 the fence. */
    private static final Pattern OPENING = Pattern.compile("^[ ]{0,3}(`{3,}|~{3,}|:{3,})\\{toctree\\}.*$");
    private static final Pattern OPTION = Pattern.compile("^\\s*:([\\w-]+):\\s*(.*)$");
    /** An entry with its own title: {@code The rota <rota/index>}; group 1 the title, 2 the page. */
    private static final Pattern TITLED = Pattern.compile("^(.*\\S)\\s*<([^<>]+)>$");
    /** A line {@link #apply} made of an entry: group 1 the page's path without its extension. */
    private static final Pattern LISTED = Pattern.compile("^- \\[\\[([^|\\]]+)(?:\\|[^\\]]*)?\\]\\]$");

    private MystToctree() {
    }

    /** @param folder the page's folder ("" at the top), which entries are read from */
    static String apply(String markdown, String folder) {
        return apply(markdown, folder, false);
    }

    /** @param listHidden list a {@code :hidden:} one's pages too: it orders the navigation all the same */
    private static String apply(String markdown, String folder, boolean listHidden) {
        if (!markdown.contains("{toctree}")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPENING.matcher(lines[i]);
            boolean wasCode = fences.isOpen();
            fences.inCode(lines[i]);
            if (wasCode || !open.matches()) {
                continue;
            }
            String fence = open.group(1);
            int end = CodeFences.closingLine(lines, i + 1, fence);
            boolean hidden = false;
            for (int k = i + 1; k < end; k++) {
                Matcher option = OPTION.matcher(lines[k]);
                hidden |= !listHidden && option.matches() && option.group(1).equals("hidden");
            }
            lines[i] = "";
            for (int k = i + 1; k < Math.min(end + 1, lines.length); k++) {
                lines[k] = hidden || k == end ? "" : entry(lines[k], folder);
            }
            fences = new CodeFences(); // its lines were read here, not by the fences' reader
            i = end;
        }
        return String.join("\n", lines);
    }

    /**
     * The order Sphinx's tables of contents give the pages: from the top page's (its index.md, or README.md), each page
     * it lists, then the pages that one lists, and so on, each where it is first listed; empty when the top page has none.
     *
     * @param paths every page file's path in the content folder
     */
    static Optional<SummaryFile> order(Path contentDir, List<String> paths) {
        Map<String, String> byStem = new HashMap<>();
        paths.forEach(path -> byStem.putIfAbsent(Page.stem(path), path));
        String top = byStem.containsKey("index") ? byStem.get("index") : byStem.get("README");
        if (top == null) {
            return Optional.empty();
        }
        List<String> listed = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(top));
        Deque<Integer> todoLines = new ArrayDeque<>(List.of(1));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) { // depth first: a page, then what it lists, then the next page listed beside it
            String path = todo.pop();
            int listedAt = todoLines.pop();
            if (!seen.add(path)) {
                continue;
            }
            listed.add(path);
            lines.add(listedAt);
            String text = InputFiles.text(contentDir.resolve(path)).orElse("");
            if (!text.contains("{toctree}")) {
                continue;
            }
            String folder = SitePath.folderOf(path);
            String[] out = apply(text, folder, true).split("\n", -1);
            List<Map.Entry<String, Integer>> children = new ArrayList<>(); // the pages it lists, at their lines
            for (int i = 0; i < out.length; i++) {
                Matcher link = LISTED.matcher(out[i]);
                if (link.matches() && byStem.containsKey(link.group(1))) {
                    children.add(Map.entry(byStem.get(link.group(1)), i + 1));
                }
            }
            for (int k = children.size() - 1; k >= 0; k--) { // the first listed is taken next
                todo.push(children.get(k).getKey());
                todoLines.push(children.get(k).getValue());
            }
        }
        return listed.size() > 1 ? Optional.of(SummaryFile.listing(listed, lines)) : Optional.empty();
    }

    /** One line of the directive as Markdown: an entry a list item linking its page, the caption in bold, an option nothing. */
    private static String entry(String line, String folder) {
        String text = line.strip();
        Matcher option = OPTION.matcher(text);
        if (option.matches()) {
            return option.group(1).equals("caption") && !option.group(2).isBlank() ? "**" + option.group(2).strip() + "**" : "";
        }
        Matcher titled = TITLED.matcher(text);
        String target = titled.matches() ? titled.group(2).strip() : text;
        if (target.isEmpty() || target.equals("self") || target.contains("*") || target.contains("://") || target.contains("|")
                || target.contains("]")) {
            return "";
        }
        String path = target.startsWith("/") ? target.substring(1) : folder.isEmpty() ? target : folder + "/" + target;
        return "- [[" + Page.stem(path) + (titled.matches() ? "|" + titled.group(1).replace("]", "") : "") + "]]";
    }
}
