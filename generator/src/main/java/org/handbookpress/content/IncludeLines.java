package org.handbookpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * Lines that show another file's text in the page where they stand: Obsidian's {@code ![[Safeguarding]]} (or
 * {@code ![[Safeguarding#Who to call]]}, one section) alone on its line, and MkDocs' snippets,
 * {@code --8<-- "includes/contacts.md"} (or a block of them, a file a line between two {@code --8<--} lines), and MyST's
 * {@code ```{include}} and {@code ```{literalinclude}} directives, and mdBook's {@code {{#include file.rs:anchor}}} (a code
 * fence holding one is one marker, the fence and all: {@code org.handbookpress.markdown.MdBookIncludes}). Each becomes a marker, an HTML comment on the same line, which the Markdown
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
    public static final Pattern MARKER_PATTERN = Pattern.compile("^hb-include (\\d+) (page|file|code|partial|liquid|mdbook):(.*)$");
    /**
     * mdBook's include, {@code {{#include src/main.rs:setup}}} (or {@code {{#rustdoc_include …}}}), alone on a line; mdBook
     * pastes the file's text (or its lines, or the part between anchors) in its place before reading the Markdown, mostly
     * inside a code fence. And {@code {{#playground hello.rs editable}}} (once {@code {{#playpen …}}}), which pastes the file
     * as a Rust code block, the words after its path the block's ({@code ```rust,editable}). Group 1 its indentation, 2 the
     * kind, 3 the path and what follows it, 4 the words after it, if any.
     */
    public static final Pattern MDBOOK_INCLUDE = Pattern.compile(
            "^([ \\t]*)\\{\\{#(include|rustdoc_include|playground|playpen)[ \\t]+([^{}\\s]+)((?:[ \\t]+[^{}\\s]+)*)[ \\t]*\\}\\}[ \\t]*$");
    /** The opening line of a code fence that is not in a quote: group 1 its indentation, 2 its run of backticks or tildes. */
    private static final Pattern FENCE_OPENING = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})[^`]*$");

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
        if (!QuickScan.contains(markdown, "![[") && !QuickScan.contains(markdown, "--8<--") && !QuickScan.contains(markdown, "{{") && !QuickScan.contains(markdown, ":include")
                && !QuickScan.contains(markdown, "include}")) {
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
            if (!inBlock && !fences.isOpen()) {
                int close = mdBookFence(lines, i);
                if (close >= 0) {
                    // The fence, with what mdBook pastes into it, is one marker; its other lines become blank, so that the
                    // page keeps its lines, and the fences are followed afresh after it.
                    lines[i] = mdBookMarker(lines, i, close, bodyLine + i);
                    for (int j = i + 1; j <= close && j < lines.length; j++) {
                        lines[j] = "";
                    }
                    i = close;
                    changed = true;
                    continue;
                }
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

    /**
     * The line closing a code fence opened at line {@code at} that holds an mdBook include; -1 when the line opens no fence
     * or its fence holds none. A fence never closed runs to the page's end, as CommonMark reads it.
     */
    private static int mdBookFence(String[] lines, int at) {
        if (lines[at].indexOf('`') < 0 && lines[at].indexOf('~') < 0) {
            return -1;
        }
        Matcher opening = FENCE_OPENING.matcher(lines[at]);
        if (!opening.matches()) {
            return -1;
        }
        int close = Math.min(CodeFences.closingLine(lines, at + 1, opening.group(2)), lines.length - 1);
        for (int i = at + 1; i <= close; i++) {
            if (MDBOOK_INCLUDE.matcher(lines[i]).matches()) {
                return close;
            }
        }
        return -1;
    }

    /** The marker of the fence from {@code from} to {@code to}, its lines without the opening line's indentation. */
    private static String mdBookMarker(String[] lines, int from, int to, int fileLine) {
        String indent = lines[from].substring(0, lines[from].length() - lines[from].stripLeading().length());
        StringBuilder fence = new StringBuilder();
        for (int i = from; i <= to && i < lines.length; i++) {
            fence.append(lines[i].startsWith(indent) ? lines[i].substring(indent.length()) : lines[i].stripLeading()).append('\n');
        }
        return indent + mdBookMarker(fence.toString(), fileLine);
    }

    private static String mdBookMarker(String text, int fileLine) {
        return MARKER + fileLine + " mdbook:" + java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + " -->";
    }

    private static String marker(String line, int fileLine) {
        Matcher mdBook = MDBOOK_INCLUDE.matcher(line);
        if (mdBook.matches() && mdBook.group(1).length() <= 3) {
            return mdBookMarker(line.strip() + "\n", fileLine);
        }
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

    /** The marker asking for a file's Markdown ({@code target}, from the page's folder or the top) at a file line. */
    static String fileMarker(String target, int fileLine) {
        return MARKER + fileLine + " file:" + safe(target) + " -->";
    }

    /** A target as a comment may hold it: no {@code --} (which would end it early) and no line ends. */
    private static String safe(String target) {
        return target.replace("--", "%2D%2D").replace("\r", "").replace("\n", "");
    }
}
