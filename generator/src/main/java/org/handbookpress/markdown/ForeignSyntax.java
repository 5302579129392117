package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.content.CodeFences;
import org.handbookpress.content.Page;
import org.handbookpress.text.QuickScan;

/**
 * Finds syntax of other Markdown tools that the handbook format does not understand (Liquid tags),
 * so content migrated from Jekyll is not silently printed as stray punctuation. Each construct is
 * reported once per page, at its first line, with what to write instead. Pandoc's fenced divs and
 * attribute lists, and kramdown's, are read now ({@link FencedDivs}, {@link AttributeLists}).
 */
public final class ForeignSyntax {

    /**
     * @param markers every match of the pattern holds one of them: a line without any is not searched, and a
     *                page without any construct's markers (most pages) is not split into lines at all
     */
    private record Construct(String code, Pattern pattern, List<String> markers, String name, String fix) {
        boolean mayBeIn(String text) {
            return markers.stream().anyMatch(marker -> QuickScan.contains(text, marker));
        }
    }

    private static final List<Construct> CONSTRUCTS = List.of(
            // A tag may go on over lines, {% include video.html url="…"⏎ title="…" %}: one opened with a name and not
            // closed on its line counts too.
            new Construct("syntax.liquid", Pattern.compile("\\{\\{[^}]*\\}\\}|\\{%[^%]*%\\}|\\{%-?[ \\t]*[A-Za-z_]\\w*[^%}]*$"
                    + "|\\{\\{[<%]?-?[ \\t]*[A-Za-z_.][^}]*$"), List.of("{{", "{%"),
                    "a template tag (Liquid's {{ … }} or {% … %}, or a Hugo shortcode, {{< … >}}), which the handbook format does not understand", "replace it with plain text, a relative link or a callout (> [!NOTE] for a note shortcode); templates are not run inside pages"),
            // MkDocs Material draws these from the icon sets it bundles (thousands of SVGs), which a handbook does not ship.
            new Construct("syntax.icon", Pattern.compile(":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:"),
                    List.of(":material-", ":fontawesome-", ":octicons-", ":simple-"),
                    "an icon shortcode of MkDocs Material (:material-…:, :fontawesome-…:, :octicons-…:, :simple-…:), which needs its icon sets",
                    "replace it with an emoji shortcode (:white_check_mark:), a character (✓, →) or a picture of your own, or remove it"));

    /** A MyST directive's opening fence, ```{toctree}: those {@link MystDirectives} reads are not reported, the rest are. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(?:`{3,}|~{3,})\\{([a-z][\\w-]*)\\}");
    static final String MYST = "syntax.myst";
    /** A code span on one line: a run of backticks, text, and a run as long. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");

    private final Findings findings;

    public ForeignSyntax(Findings findings) {
        this.findings = findings;
    }

    /** The tag as the finding names it, in quotes: a long one (a tag over lines, an include's parameters) cut short. */
    private static String shown(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "'";
    }

    public void check(Page page) {
        // A MyST directive's fence holds a '{' too.
        if (page.markdown().indexOf('{') < 0 && CONSTRUCTS.stream().noneMatch(c -> c.mayBeIn(page.markdown()))) {
            return;
        }
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> firstText = new LinkedHashMap<>(); // the first tag or icon, for the finding to name
        java.util.Set<String> names = new java.util.TreeSet<>();
        String[] lines = page.markdown().split("\n", -1);
        CodeFences fences = new CodeFences();
        int next = 0; // where the line after this one starts
        boolean diagram = false; // in a {{< mermaid >}} shortcode's source, which is code
        boolean[] comment = {false}; // in an HTML comment, which no reader sees
        for (int i = 0; i < lines.length; i++) {
            next += lines[i].length() + 1;
            if (diagram) {
                diagram = !ShortcodeBlocks.isDiagramTag(lines[i], true);
                continue;
            }
            boolean opens = !fences.isOpen();
            if (fences.inCode(lines[i])) {
                java.util.regex.Matcher directive = DIRECTIVE.matcher(lines[i]);
                if (opens && directive.find() && !MystDirectives.reads(directive.group(1))) {
                    firstLine.putIfAbsent(MYST, page.bodyLine() + i);
                    count.merge(MYST, 1, Integer::sum);
                    names.add("{" + directive.group(1) + "}");
                }
                continue;
            }
            if (lines[i].indexOf('{') >= 0 && ShortcodeBlocks.reads(lines[i], page.markdown(), next)) {
                diagram = ShortcodeBlocks.isDiagramTag(lines[i], false);
                continue; // a box, fold, figure or video the Markdown stage reads
            }
            // A code span shows its text as written: `{{title}}` in a page about templates is no tag.
            String line = lines[i].indexOf('`') < 0 ? lines[i] : CODE_SPAN.matcher(lines[i]).replaceAll("");
            line = outsideComments(line, comment);
            for (Construct c : CONSTRUCTS) {
                java.util.regex.Matcher m = c.mayBeIn(line) ? c.pattern().matcher(line) : null;
                if (m != null && m.find()) {
                    firstLine.putIfAbsent(c.code(), page.bodyLine() + i);
                    firstText.putIfAbsent(c.code(), m.group().strip());
                    count.merge(c.code(), 1, Integer::sum);
                }
            }
        }
        List<Construct> found = new ArrayList<>(CONSTRUCTS.stream().filter(c -> firstLine.containsKey(c.code())).toList());
        for (Construct c : found) {
            int times = count.get(c.code());
            findings.warning(page.path(), firstLine.get(c.code()), c.code(),
                    "this page uses " + c.name() + ": " + shown(firstText.get(c.code()))
                            + (times > 1 ? " (" + times + " times; first here)" : ""), c.fix());
        }
        if (firstLine.containsKey(MYST)) {
            int times = count.get(MYST);
            findings.warning(page.path(), firstLine.get(MYST), MYST, "this page uses MyST directives the handbook does not run ("
                            + String.join(", ", names) + (times > 1 ? "; " + times + " times, first here" : "")
                            + "); they are shown as code",
                    "write it as Markdown (a picture as ![alt](path), a box as ```{note} or ::: note); the pages' order comes from "
                            + "folders, order: or nav: in handbook.yml, not from a toctree");
        }
    }

    /**
     * The line without what HTML comments hide from the reader, {@code <!-- {{< figure … >}} -->} (a tag an author has put
     * out of sight, which the page never shows, is not theirs to replace); {@code open[0]} says whether a comment is open
     * where the line starts, and is left saying whether one is where it ends.
     */
    private static String outsideComments(String line, boolean[] open) {
        if (!open[0] && !line.contains("<!--")) {
            return line;
        }
        StringBuilder shown = new StringBuilder();
        int at = 0;
        while (at < line.length()) {
            if (open[0]) {
                int end = line.indexOf("-->", at);
                if (end < 0) {
                    return shown.toString();
                }
                open[0] = false;
                at = end + 3;
            } else {
                int start = line.indexOf("<!--", at);
                if (start < 0) {
                    shown.append(line, at, line.length());
                    break;
                }
                shown.append(line, at, start).append(' ');
                open[0] = true;
                at = start + 4;
            }
        }
        return shown.toString();
    }
}
