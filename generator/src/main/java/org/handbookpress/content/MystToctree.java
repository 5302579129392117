package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private MystToctree() {
    }

    /** @param folder the page's folder ("" at the top), which entries are read from */
    static String apply(String markdown, String folder) {
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
            int end = i + 1;
            while (end < lines.length && !lines[end].strip().equals(fence) && !(lines[end].strip().length() > fence.length()
                    && lines[end].strip().chars().allMatch(c -> c == fence.charAt(0)))) {
                end++;
            }
            boolean hidden = false;
            for (int k = i + 1; k < end; k++) {
                Matcher option = OPTION.matcher(lines[k]);
                hidden |= option.matches() && option.group(1).equals("hidden");
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
