package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that show another file's text in the page where they stand: Obsidian's {@code ![[Safeguarding]]} (or
 * {@code ![[Safeguarding#Who to call]]}, one section) alone on its line, and MkDocs' snippets,
 * {@code --8<-- "includes/contacts.md"} (or a block of them, a file a line between two {@code --8<--} lines), and MyST's
 * {@code ```{include}} and {@code ```{literalinclude}} directives. Each becomes a marker, an HTML comment on the same line, which the Markdown
 * stage replaces by that file's text as HTML ({@code org.handbookpress.markdown.Includes}); the page keeps its lines.
 * A picture embedded the same way ({@code ![[chairs.png]]}) stays a picture, and code shows such lines as written.
 */
public final class IncludeLines {

    /**
     * The marker's start: {@code <!-- hb-include LINE KIND:TARGET -->}, KIND {@code page}, {@code file} (its Markdown),
     * {@code code} (its text as code) or {@code partial} (its Markdown, whose links are written from the page showing it,
     * as a Middleman partial's are: {@link ErbSource}) or {@code liquid} (a Jekyll include's text as filled in, its name and
     * then its text in Base64: {@link LiquidIncludes}).
     */
    public static final String MARKER = "<!-- hb-include ";
    /** A marker: group 1 the line, 2 the kind, 3 the target (with a {@code #section} for a page). */
    public static final Pattern MARKER_PATTERN = Pattern.compile("^hb-include (\\d+) (page|file|code|partial|liquid):(.*)$");

    private static final Pattern EMBED = Pattern.compile("^[ ]{0,3}!\\[\\[([^\\]|]+?)(?:\\|[^\\]]*)?\\]\\][ \\t]*$");
    /** The line that opens or closes MkDocs' block of snippets: {@code --8<--} alone. */
    private static final Pattern SNIPPET_BLOCK = Pattern.compile("^[ ]{0,3}-{2}8<-{2}[ \\t]*$");
    private static final Pattern SNIPPET = Pattern.compile("^[ ]{0,3}-{2}8<-{2}[ \\t]+(?:\"([^\"]+)\"|'([^']+)')[ \\t]*$");
    /**
     * Hugo themes' include shortcodes alone on a line: Relearn's {@code {{% include "file.md" %}}} (or {@code file=}), Docsy's
     * {@code {{% readfile file="file.md" %}}}, and Quarto's, whose path has no quotes ({@code {{< include _intro.qmd >}}}):
     * group 1, 2 or 3 the path.
     */
    private static final Pattern HUGO_INCLUDE = Pattern.compile(
            "^[ ]{0,3}\\{\\{[<%]-?\\s*(?:include|readfile)\\s+(?:file\\s*=\\s*)?(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"'{}<>%]+))[^}]*?-?[>%]\\}\\}[ \\t]*$");
    /**
     * docsify's embed, a link alone on its line whose title starts {@code :include}: {@code [notes](_media/notes.md ':include')}
     * shows the file's Markdown there, {@code ':include :type=code'} (or a file that is not Markdown) its text as code:
     * group 1 the path, 2 the options. An address of another site, a video or a page of HTML stays a link.
     */
    private static final Pattern DOCSIFY_EMBED = Pattern.compile(
            "^[ ]{0,3}\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?\\s+[\"'](:include\\b[^\"']*)[\"']\\s*\\)[ \\t]*$");
    private static final Pattern NOT_EMBEDDED_AS_TEXT = Pattern.compile("(?i)(?:^[a-z][a-z0-9+.-]*:|^//|\\.(?:html?|mp[34]|webm|ogg|wav)$)");
    /** A file a wiki embed names that is a picture or another file, not a page: shown as it is now. */
    private static final Pattern FILE = Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp|avif|pdf|mp3|mp4|webm|ogg|csv|txt)$");

    /**
     * MyST's include directives: {@code ```{include} ../README.md} shows the file's Markdown, {@code ```{literalinclude}
     * setup.py} its text as code (options such as {@code :start-after:} are not read: the whole file is shown). Group 1
     * the fence, 2 the directive, 3 the path.
     */
    private static final Pattern MYST_INCLUDE = Pattern.compile("^[ ]{0,3}(`{3,}|~{3,}|:{3,})\\{(include|literalinclude)\\}[ \\t]+(\\S(?:.*\\S)?)[ \\t]*$");

    private IncludeLines() {
    }

    /** The Markdown with each include line made a marker; {@code bodyLine} is the file line of its first line. */
    public static String apply(String markdown, int bodyLine) {
        if (!markdown.contains("![[") && !markdown.contains("--8<--") && !markdown.contains("{{") && !markdown.contains(":include")
                && !markdown.contains("include}")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher myst = fences.isOpen() || inBlock ? null : MYST_INCLUDE.matcher(lines[i]);
            if (myst != null && myst.matches()) {
                // The directive's lines (its options, its closing fence) become blank: the page keeps its lines.
                int close = Math.min(CodeFences.closingLine(lines, i + 1, myst.group(1)), lines.length - 1);
                String kind = myst.group(2).equals("include") ? " file:" : " code:";
                lines[i] = MARKER + (bodyLine + i) + kind + safe(myst.group(3)) + " -->";
                for (int j = i + 1; j <= close; j++) {
                    lines[j] = "";
                }
                i = close;
                changed = true;
                continue;
            }
            if (!inBlock && fences.inCode(lines[i])) {
                continue;
            }
            if (SNIPPET_BLOCK.matcher(lines[i]).matches()) {
                // MkDocs' block of snippets: a file a line between two --8<-- lines (';' before a name leaves it out).
                inBlock = !inBlock;
                lines[i] = "";
                changed = true;
                continue;
            }
            if (inBlock) {
                String name = lines[i].strip();
                lines[i] = name.isEmpty() || name.startsWith(";") ? "" : MARKER + (bodyLine + i) + " file:" + safe(name) + " -->";
                changed = true;
                continue;
            }
            String marker = marker(lines[i], bodyLine + i);
            if (marker != null) {
                lines[i] = marker;
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    private static String marker(String line, int fileLine) {
        Matcher embed = EMBED.matcher(line);
        if (embed.matches() && !FILE.matcher(embed.group(1).replaceFirst("#.*", "").strip()).find()) {
            return MARKER + fileLine + " page:" + safe(embed.group(1).strip()) + " -->";
        }
        Matcher docsify = DOCSIFY_EMBED.matcher(line);
        if (docsify.matches() && !NOT_EMBEDDED_AS_TEXT.matcher(docsify.group(1)).find()) {
            boolean code = docsify.group(2).contains(":type=code") || !Page.isPageFile(docsify.group(1));
            return MARKER + fileLine + (code ? " code:" : " file:") + safe(docsify.group(1)) + " -->";
        }
        Matcher snippet = SNIPPET.matcher(line);
        if (!snippet.matches()) {
            snippet = HUGO_INCLUDE.matcher(line);
        }
        if (snippet.matches()) {
            String path = snippet.group(1) != null ? snippet.group(1) : snippet.group(2) != null ? snippet.group(2)
                    : snippet.groupCount() >= 3 ? snippet.group(3) : null;
            return MARKER + fileLine + " file:" + safe(path) + " -->";
        }
        return null;
    }

    /** A target as a comment may hold it: no {@code --} (which would end it early) and no line ends. */
    private static String safe(String target) {
        return target.replace("--", "%2D%2D").replace("\r", "").replace("\n", "");
    }
}
