package org.handbookpress.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag of text alone on a line that opens a paragraph ({@code <img src="chair.jpg" class="photo"/>}, {@code <br/>}),
 * as MkDocs reads it: Python-Markdown takes only its block elements' tags for raw HTML, so such a line starts a paragraph
 * whose Markdown is read, links and emphasis and all; CommonMark makes it raw HTML to the next blank line (its HTML block
 * of type 7), and a team page's photo, name and lines of biography under it showed their links as typed. In an MkDocs
 * project's pages the line ends with an empty comment, so that it is no lone tag and opens a paragraph, as on the MkDocs
 * site; the page keeps its lines. Tags of block elements, a tag with nothing under it, and code are left alone.
 */
final class PythonMarkdownInlineTags {

    /** A tag alone on its line, as CommonMark's HTML block of type 7 takes one: group 1 the name. */
    private static final Pattern LONE_TAG = Pattern.compile("^ {0,3}</?([A-Za-z][A-Za-z0-9-]*)"
            + "(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?>\\s*$");
    /**
     * Python-Markdown's block elements (its {@code block_level_elements}) and CommonMark's raw elements: a line opening
     * one is raw HTML in both.
     */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "canvas", "colgroup", "dd", "body", "dt", "group",
            "html", "iframe", "li", "legend", "math", "map", "noscript", "output", "object", "option", "progress", "script",
            "style", "summary", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "video");

    private PythonMarkdownInlineTags() {
    }

    static String apply(String markdown) {
        if (markdown.indexOf("\n<") < 0 && !markdown.startsWith("<") && markdown.indexOf("\n <") < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i]) || i > 0 && !lines[i - 1].isBlank() || i + 1 >= lines.length || lines[i + 1].isBlank()) {
                continue;
            }
            Matcher tag = LONE_TAG.matcher(lines[i]);
            if (tag.matches()) {
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                if (!BLOCKS.contains(name) && !HtmlBlockElements.NAMES.contains(name)) {
                    lines[i] = lines[i].stripTrailing() + PythonMarkdownHtmlBlocks.HOLD;
                    changed = true;
                }
            }
        }
        return changed ? String.join("\n", lines) : markdown;
    }
}
