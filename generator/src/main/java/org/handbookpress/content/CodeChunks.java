package org.handbookpress.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code chunks of a Quarto or R Markdown page ({@code .qmd}, {@code .Rmd}): code that Quarto runs, showing its
 * output (a figure, a table) and, unless told otherwise, the code. The build runs no R or Python, so a chunk is shown
 * as the code it is, in its language ({@code ```{r}} as {@code ```r}), without its option lines ({@code #| label: x});
 * a chunk whose code is not to be shown ({@code echo: false}, {@code include: false}, as option lines or in its braces,
 * {@code ```{r setup, include=FALSE}}) is left out. Line for line: findings keep the file's lines.
 */
public final class CodeChunks {

    /** What is left of the page, and how many chunks it held (0: nothing to say) and the first one's line. */
    public record Read(String markdown, int chunks, int firstLine) {
    }

    /** A chunk's opening fence: 1 its indentation and fence, 2 its engine ({@code r}, {@code python}), 3 its options. */
    private static final Pattern OPENING = Pattern.compile("^([ \\t]*(?:`{3,}|~{3,}))\\s*\\{([A-Za-z][\\w-]*)([^}]*)\\}\\s*$");
    /** An option line at a chunk's top: {@code #| echo: false} (R, Python), {@code //|} (Observable), {@code %%|} (Mermaid). */
    private static final Pattern OPTION = Pattern.compile("^\\s*(?:#|//|%%)\\|\\s*(.*)$");
    private static final Pattern HIDDEN = Pattern.compile("\\b(?:echo|include)\\s*[:=]\\s*(?:false|FALSE|F)\\b");

    private CodeChunks() {
    }

    /** Whether a page's file is Quarto's or R Markdown's. */
    public static boolean isChunked(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".qmd") || lower.endsWith(".rmd");
    }

    public static Read read(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int chunks = 0;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPENING.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1).strip();
            int end = i + 1;
            while (end < lines.length && !isClosing(lines[end], fence)) {
                end++;
            }
            int options = i + 1;
            boolean hidden = HIDDEN.matcher(open.group(3)).find();
            while (options < end && OPTION.matcher(lines[options]).matches()) {
                hidden |= HIDDEN.matcher(lines[options]).find();
                options++;
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
            i = end;
        }
        return new Read(String.join("\n", lines), chunks, first);
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }
}
