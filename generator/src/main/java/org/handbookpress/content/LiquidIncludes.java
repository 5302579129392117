package org.handbookpress.content;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's {@code {% include videowrapper.html url="…" title="…" %}} alone on its lines (the tag may run over several),
 * or among a line's words when its text is a phrase: Jekyll sites show a video, a captioned picture, a box or an icon
 * so, and the reader saw the tag. Jekyll pastes the include's
 * text, its {@code {{ include.title }}} filled in, into the page before its Markdown is read; so does this, for an
 * HTML include of the content folder's {@code _includes/} written in the part of Liquid that fills in values:
 * {@code {{ include.x }}} (with the filters {@code default}, {@code escape}, {@code strip}, {@code upcase} and
 * {@code downcase}; others are passed over), {@code {% if include.x %}} or {@code unless}, with {@code else}, and
 * comments; the site's and the page's variables as a page's own ({@link JekyllVariables}). The text becomes an include
 * marker ({@link IncludeLines}), so that the page keeps its lines and the text is read, sanitised and checked as the
 * page's own. An include that loops or assigns is left as written (and reported as Liquid); one whose file is not in
 * the folder, as when a site's posts were copied without its theme, is shown as a link to its {@code url} (or its
 * picture's {@code file}), its {@code title} the words, and reported.
 */
final class LiquidIncludes {

    /** A tag alone on its lines: group 1 the file's name, 2 its parameters. */
    private static final Pattern TAG = Pattern.compile("(?m)^[ ]{0,3}\\{%-?[ \\t]*include[ \\t]+(\\w[\\w./-]*)"
            + "((?:\\s+[\\w-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[\\w.\\[\\]-]+))*)\\s*-?%\\}[ \\t]*$");
    /** A tag anywhere on one line: group 1 the file's name, 2 its parameters. */
    private static final Pattern INLINE_TAG = Pattern.compile("\\{%-?[ \\t]*include[ \\t]+(\\w[\\w./-]*)"
            + "((?:[ \\t]+[\\w-]+[ \\t]*=[ \\t]*(?:\"[^\"\\n]*\"|'[^'\\n]*'|[\\w.\\[\\]-]+))*)[ \\t]*-?%\\}");
    /** HTML that makes a block of its own, which a line's words cannot hold. */
    private static final Pattern BLOCK_HTML = Pattern.compile("(?i)<(?:div|p|figure|table|ul|ol|dl|section|article|aside|"
            + "blockquote|h[1-6]|pre|video|audio|iframe|form|hr|header|footer|nav|details)\\b");
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([\\w.\\[\\]-]+))");
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*include\\.([\\w-]+)\\s*((?:\\|[^}]*)?)-?\\}\\}");
    /** An if or unless on an include's value holding no other: group 1 which, 2 the name, 3 what it holds. */
    private static final Pattern CONDITION = Pattern.compile("\\{%-?\\s*(if|unless)\\s+include\\.([\\w-]+)\\s*-?%\\}"
            + "((?:(?!\\{%-?\\s*(?:if|unless)\\b).)*?)\\{%-?\\s*end(?:if|unless)\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern ELSE = Pattern.compile("\\{%-?\\s*else\\s*-?%\\}");
    private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}", Pattern.DOTALL);
    /** The site's address before a path: a link from the site's top here. */
    private static final Pattern SITE_ROOT = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\}");
    /** Where the site's address stood, until the values after it are filled in. */
    private static final String ROOT = "\u0000site-root\u0000";
    private static final Pattern FILTER = Pattern.compile("\\|\\s*([\\w-]+)\\s*(?::\\s*(?:\"([^\"]*)\"|'([^']*)'))?");
    private static final Pattern PICTURE = Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp|avif)$");
    /** The parameters that name what an include shows, and those that name it in words, in the order tried. */
    private static final String[] TARGETS = {"url", "link", "href", "video", "src", "file", "image", "path"};
    private static final String[] WORDS = {"title", "caption", "alt", "text", "name", "label"};

    /** What became of a tag whose file is not in the folder, for a finding at its line. */
    interface Missing {
        void report(int line, String name, String shownAs);
    }

    private LiquidIncludes() {
    }

    /**
     * The page's Markdown with each such include replaced, line for line.
     *
     * @param bodyLine  the file line of the Markdown's first line
     * @param toTop     the way from the page's address up to the site's top ({@code ../../}, or empty), for {@code {{ site.baseurl }}}
     * @param file      an include's text by its name, empty when {@code _includes/} has no such file
     * @param variables the site's and the page's variables filled into a text ({@link JekyllSite#withVariables})
     */
    static String apply(String markdown, int bodyLine, String toTop, Function<String, Optional<String>> file,
                        UnaryOperator<String> variables, Missing missing) {
        if (markdown.indexOf("{%") < 0) {
            return markdown;
        }
        Tags tags = new Tags(bodyLine, toTop, file, variables, missing);
        return tags.amongWords(tags.aloneOnTheirLines(markdown));
    }

    /** One page's tags and what fills them in. */
    private record Tags(int bodyLine, String toTop, Function<String, Optional<String>> file,
                        UnaryOperator<String> variables, Missing missing) {

        /** Tags alone on their lines (the tag may run over several): the include's text as a block of the page. */
        String aloneOnTheirLines(String markdown) {
            return replaced(markdown, TAG, false);
        }

        /**
         * Tags among a line's words ({@code Follow us: {% include icon-github.html username="x" %}}, as the about page
         * of {@code jekyll new} has): the include's text pasted into the line, as Jekyll does, when it is a phrase (no
         * blank line, no block of HTML), so the sentence stays one paragraph; a block is left as written and reported.
         */
        String amongWords(String markdown) {
            return markdown.indexOf("{%") < 0 ? markdown : replaced(markdown, INLINE_TAG, true);
        }

        /** The Markdown with each tag {@code pattern} finds outside code replaced, keeping its lines. */
        private String replaced(String markdown, Pattern pattern, boolean inline) {
            boolean[] inCode = codeLines(markdown);
            StringBuilder out = new StringBuilder();
            Matcher tag = pattern.matcher(markdown);
            int last = 0;
            while (tag.find()) {
                int lineIndex = lineOf(markdown, tag.start());
                String name = tag.group(1);
                if (inCode[lineIndex] || isMarkdown(name) || inCodeSpan(markdown, tag.start())) {
                    continue; // shown as code; a Markdown include of link definitions is JekyllIncludes'
                }
                String replacement = replacement(name, tag.group(2), lineIndex, inline);
                if (replacement == null) {
                    continue; // a template this does not run: left as written, and reported as Liquid
                }
                int lines = (int) tag.group().chars().filter(c -> c == '\n').count();
                out.append(markdown, last, tag.start()).append(replacement).append("\n".repeat(lines));
                last = tag.end();
            }
            return last == 0 ? markdown : out.append(markdown, last, markdown.length()).toString();
        }

        /** What stands for the tag: its text (as an include marker for a block), a link for a missing file, or null. */
        private String replacement(String name, String written, int lineIndex, boolean inline) {
            Map<String, String> params = params(written, variables);
            Optional<String> text = file.apply(name);
            if (text.isEmpty()) {
                String link = fallback(params);
                if (link != null) {
                    missing.report(bodyLine + lineIndex, name, link);
                }
                return link;
            }
            String filled = rendered(text.get(), params, variables, toTop, nested(0));
            if (filled == null) {
                return null;
            }
            if (inline) {
                return filled.contains("\n\n") || BLOCK_HTML.matcher(filled).find() ? null : filled.replace('\n', ' ');
            }
            return IncludeLines.MARKER + (bodyLine + lineIndex) + " liquid:" + name + " "
                    + Base64.getEncoder().encodeToString(filled.getBytes(StandardCharsets.UTF_8)) + " -->";
        }

        /**
         * Fills in the includes an include's own text makes, {@code depth} deep already: the minima theme's GitHub link
         * includes its icon ({@code {% include icon-github.svg %}}). Null for a file not in the folder, or past a depth
         * only an include that includes itself reaches.
         */
        private UnaryOperator<String> nested(int depth) {
            return text -> {
                if (text.indexOf("{%") < 0) {
                    return text;
                }
                if (depth >= NESTING) {
                    return null;
                }
                StringBuilder out = new StringBuilder();
                Matcher tag = INLINE_TAG.matcher(text);
                int last = 0;
                while (tag.find()) {
                    Optional<String> inner = file.apply(tag.group(1));
                    String filled = inner.isEmpty() ? null
                            : rendered(inner.get(), params(tag.group(2), variables), variables, toTop, nested(depth + 1));
                    if (filled == null) {
                        return null;
                    }
                    out.append(text, last, tag.start()).append(filled);
                    last = tag.end();
                }
                return out.append(text, last, text.length()).toString();
            };
        }
    }

    private static boolean isMarkdown(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Whether an odd number of backticks stands before this offset on its line: the tag is shown as code. */
    private static boolean inCodeSpan(String text, int offset) {
        int ticks = 0;
        for (int i = text.lastIndexOf('\n', offset - 1) + 1; i < offset; i++) {
            if (text.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    /** How deep includes inside includes are filled in. */
    private static final int NESTING = 4;

    /**
     * The include's text with its values filled in, and the includes it makes ({@code inner}); null when it holds
     * Liquid this does not run.
     */
    private static String rendered(String text, Map<String, String> params, UnaryOperator<String> variables, String toTop,
                                   UnaryOperator<String> inner) {
        String t = COMMENT.matcher(text).replaceAll("");
        for (Matcher c = CONDITION.matcher(t); c.find(); c = CONDITION.matcher(t)) {
            String[] branches = ELSE.split(c.group(3), 2);
            boolean given = !params.getOrDefault(c.group(2), "").isEmpty();
            boolean taken = c.group(1).equals("if") == given;
            String kept = taken ? branches[0] : branches.length > 1 ? branches[1] : "";
            t = t.substring(0, c.start()) + kept + t.substring(c.end());
        }
        // The site's address is the way up from the page to the site's top, as a relative path: a video's or subtitles'
        // src is loaded as written, and one from the top (/videos/a.mp4) would be the disk's top opened from file://.
        // {{ site.baseurl }}/{{ include.subs }} with subs="/subs/en.vtt" is one slash, as a server reads Jekyll's two.
        t = SITE_ROOT.matcher(t).replaceAll(ROOT);
        t = OUTPUT.matcher(t).replaceAll(m -> Matcher.quoteReplacement(filtered(params.getOrDefault(m.group(1), ""), m.group(2))));
        t = t.replace(ROOT + "//", toTop).replace(ROOT + "/", toTop).replace(ROOT, toTop.isEmpty() ? "./" : toTop);
        t = variables.apply(t);
        t = t.contains("{%") ? inner.apply(t) : t;
        if (t == null || t.contains("{%") || t.contains("{{")) {
            return null;
        }
        return t.strip();
    }

    private static String filtered(String value, String filters) {
        String v = value;
        Matcher f = FILTER.matcher(filters);
        while (f.find()) {
            String argument = f.group(2) != null ? f.group(2) : f.group(3);
            v = switch (f.group(1)) {
                case "default" -> v.isEmpty() && argument != null ? argument : v;
                case "escape", "xml_escape", "escape_once" -> v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
                case "strip" -> v.strip();
                case "upcase" -> v.toUpperCase(Locale.ROOT);
                case "downcase" -> v.toLowerCase(Locale.ROOT);
                default -> v; // relative_url, markdownify and the like: the value as it is
            };
        }
        return v;
    }

    private static Map<String, String> params(String written, UnaryOperator<String> variables) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(written);
        while (p.find()) {
            String value = p.group(2) != null ? p.group(2) : p.group(3);
            if (value == null) { // a variable: page.title, site.email
                String filled = variables.apply("{{ " + p.group(4) + " }}");
                value = filled.contains("{{") ? "" : filled;
            }
            params.put(p.group(1), value);
        }
        return params;
    }

    /** A link to what the include showed, in its words, or a picture; null when no parameter names a target. */
    private static String fallback(Map<String, String> params) {
        String target = first(params, TARGETS);
        if (target == null) {
            return null;
        }
        String words = first(params, WORDS);
        String shown = words == null ? target : words;
        String escaped = shown.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
        String address = "<" + target.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">";
        return PICTURE.matcher(target).find() ? "![" + escaped + "](" + address + ")" : "[" + escaped + "](" + address + ")";
    }

    private static String first(Map<String, String> params, String[] names) {
        for (String name : names) {
            String v = params.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static boolean[] codeLines(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean[] code = new boolean[lines.length];
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            code[i] = fences.inCode(lines[i]);
        }
        return code;
    }
}
