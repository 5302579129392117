package org.handbookpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The code chunks of a Quarto or R Markdown page ({@code .qmd}, {@code .Rmd}): code that Quarto runs, showing its
 * output (a figure, a table) and, unless told otherwise, the code. The build runs no R or Python, so a chunk is shown
 * as the code it is, in its language ({@code ```{r}} as {@code ```r}), without its option lines ({@code #| label: x});
 * a chunk whose code is not to be shown ({@code echo: false}, {@code include: false}, as option lines or in its braces,
 * {@code ```{r setup, include=FALSE}}) is left out. What a chunk labelled for cross-references makes
 * ({@code #| label: fig-hours}, with its {@code fig-cap}) has its place kept, its caption shown, so that
 * {@code @fig-hours} finds it. Line for line: findings keep the file's lines.
 */
public final class CodeChunks {

    /** What is left of the page, and how many chunks it held (0: nothing to say) and the first one's line. */
    public record Read(String markdown, int chunks, int firstLine) {
    }

    /** A chunk's opening fence: 1 its indentation and fence, 2 its engine ({@code r}, {@code python}), 3 its options. */
    private static final Pattern OPENING = Pattern.compile("^([ \\t]*(?:`{3,}|~{3,}))\\s*\\{([A-Za-z][\\w-]*)([^}]*)\\}\\s*$");
    /** An option line at a chunk's top: {@code #| echo: false} (R, Python), {@code //|} (Observable), {@code %%|} (Mermaid). */
    private static final Pattern OPTION = Pattern.compile("^\\s*(?:#|//|%%)\\|\\s*(.*)$");
    /** An option's name and value, {@code label: fig-hours} or {@code fig-cap: "Hours a week"}: 1 the name, 2 the value. */
    private static final Pattern NAMED = Pattern.compile("^(label|fig-cap|tbl-cap|lst-cap)\\s*:\\s*(.+)$");
    /** A label cross-references find: a figure's, a table's… ({@code fig-hours}). */
    private static final Pattern CROSS_REFERENCED = Pattern.compile("^(?:fig|tbl|lst|eq)-[\\w-]*\\w$");
    private static final Pattern HIDDEN = Pattern.compile("\\b(?:echo|include)\\s*[:=]\\s*(?:false|FALSE|F)\\b");
    /**
     * knitr's {@code child} option, in the braces ({@code child="intro.Rmd"}, {@code child = c('a.Rmd', 'b.Rmd')}) or an
     * option line ({@code #| child: intro.Rmd}, {@code #| child: [a.Rmd, b.Rmd]}): group 1 its value, to the end.
     */
    private static final Pattern CHILD = Pattern.compile("(?:^|[\\s,])child\\s*[:=]\\s*(.*)$");
    /** A path in a child's value: quoted (1, 2), or, in a YAML option line, bare (3). */
    private static final Pattern CHILD_PATH = Pattern.compile("\"([^\"]+)\"|'([^']+)'|([^\\s\"',\\[\\]]+)");
    /** What leaves a child document out: it is not included, or not run ({@code eval=FALSE}); its code is never shown. */
    private static final Pattern NO_CHILD = Pattern.compile("\\b(?:eval|include)\\s*[:=]\\s*(?:false|FALSE|F)\\b");

    private CodeChunks() {
    }

    /** Whether a page's file is Quarto's or R Markdown's. */
    public static boolean isChunked(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".qmd") || lower.endsWith(".rmd");
    }

    public static Read read(String markdown) {
        return read(markdown, 1);
    }

    /** @param bodyLine the file line of the Markdown's first line, where a child document's text is asked for */
    public static Read read(String markdown, int bodyLine) {
        String[] lines = markdown.split("\n", -1);
        int chunks = 0;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPENING.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1).strip();
            int end = CodeFences.closingLine(lines, i + 1, fence);
            int options = i + 1;
            boolean hidden = HIDDEN.matcher(open.group(3)).find();
            String label = null;
            String caption = null;
            for (Matcher option; options < end && (option = OPTION.matcher(lines[options])).matches(); options++) {
                hidden |= HIDDEN.matcher(lines[options]).find();
                Matcher named = NAMED.matcher(option.group(1));
                if (named.matches()) {
                    String value = named.group(2).strip().replaceAll("^[\"']|[\"']$", "");
                    label = named.group(1).equals("label") ? value : label;
                    caption = named.group(1).equals("label") ? caption : value;
                }
            }
            List<String> children = children(open.group(3), lines, i + 1, options);
            if (children != null) {
                // knitr pastes the child documents' text in the chunk's place and shows no code of its own: the chunk is
                // their files' markers (org.handbookpress.markdown.Includes), its other lines blank.
                boolean left = NO_CHILD.matcher(open.group(3)).find();
                for (int k = i; k <= Math.min(end, lines.length - 1); k++) {
                    left |= k < options && NO_CHILD.matcher(lines[k]).find();
                    lines[k] = "";
                }
                if (!left) {
                    StringBuilder markers = new StringBuilder(open.group(1).substring(0, open.group(1).length() - fence.length()));
                    for (String child : children) {
                        markers.append(IncludeLines.fileMarker(child, bodyLine + i));
                    }
                    lines[i] = markers.toString();
                }
                i = end;
                continue; // no code of its own, so not one of the chunks whose code the page shows
            }
            chunks++;
            first = first == 0 ? i + 1 : first;
            if (hidden) { // the chunk, its fences too, is blank lines
                for (int k = i; k <= Math.min(end, lines.length - 1); k++) {
                    lines[k] = "";
                }
            } else { // the opening fence moves down to the last option line, which the code follows
                for (int k = i; k < options - 1; k++) {
                    lines[k] = "";
                }
                lines[options - 1] = open.group(1) + open.group(2).toLowerCase(Locale.ROOT);
            }
            if (label != null && CROSS_REFERENCED.matcher(label).matches() && (hidden || options - 1 > i)) {
                // What the chunk makes is named (#| label: fig-hours) for cross-references: its place is there, with its
                // caption, on the chunk's first line (a blank one now), so @fig-hours finds it.
                // A paragraph (a span and text, no HTML block), so that a fence right under it still opens the code.
                String indent = open.group(1).substring(0, open.group(1).length() - fence.length()); // in a list item, as the chunk
                lines[i] = indent + "<span id=\"" + label + "\"></span>" + (caption == null ? "" : Entities.escape(caption));
            }
            i = end;
        }
        return new Read(String.join("\n", lines), chunks, first);
    }

    /**
     * The child documents a chunk names, in its braces ({@code options}) or its option lines (from {@code from} to before
     * {@code to}), in order; null when it names none. A value that is R to run ({@code child = if (x) "a.Rmd"}) names
     * what it quotes; one with nothing quoted names none.
     */
    private static List<String> children(String options, String[] lines, int from, int to) {
        Matcher child = CHILD.matcher(options);
        String value = child.find() ? child.group(1) : null;
        boolean yaml = false;
        for (int k = from; value == null && k < to; k++) {
            Matcher option = OPTION.matcher(lines[k]);
            Matcher named = option.matches() ? CHILD.matcher(option.group(1)) : null;
            if (named != null && named.find() && named.start() == 0) {
                value = named.group(1);
                yaml = true;
            }
        }
        if (value == null) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        // In braces the option runs to the next option, after a comma outside quotes and brackets: child="a.Rmd", echo=FALSE.
        Matcher path = CHILD_PATH.matcher(yaml ? value : value.replaceFirst("^(c\\s*\\([^)]*\\)|\"[^\"]*\"|'[^']*'|[^,]*).*$", "$1"));
        while (path.find()) {
            String found = path.group(1) != null ? path.group(1) : path.group(2) != null ? path.group(2) : yaml ? path.group(3) : null;
            if (found != null && !found.isBlank()) {
                paths.add(found.strip());
            }
        }
        return paths;
    }

}
