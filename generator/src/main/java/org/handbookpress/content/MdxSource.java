package org.handbookpress.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.text.QuickScan;

/**
 * An MDX page (Docusaurus, Nextra, Mintlify) read as the Markdown it mostly is, line for line, so that findings keep the
 * file's lines. MDX is Markdown with JavaScript in it, which the build never runs:
 * <ul>
 * <li>{@code import} and {@code export} statements at the left margin are blank lines; an import of a Markdown file
 *     ({@code import Contacts from './_contacts.mdx'}) makes {@code <Contacts />} alone on a line show that file there,
 *     as a snippet ({@code --8<--}, {@link IncludeLines});</li>
 * <li>{@code {/* comments *}{@code /}}} are left out, and {@code {' '}} is the space it stands for;</li>
 * <li>the components such sites use for boxes, tabs, folds, steps and cards, each alone on its line, become the Hugo
 *     shortcodes the Markdown stage reads as the same boxes ({@code <Tabs>}/{@code <TabItem label="…">} tabs,
 *     {@code <Admonition type="tip">}, Nextra's {@code <Callout>}, Mintlify's {@code <Note>}, {@code <Warning>}…,
 *     {@code <Accordion title="…">} folds, {@code <Card title href>} links, {@code <DocCardList />} the section's pages);
 *     other components' tags are left out and their content shown, said once a page;</li>
 * <li>within a line of text, a component is the words it stands for ({@code <Badge text="New" />} its text, a
 *     {@code <Tooltip>}'s word, an {@code <Icon>} none); its code spans are read as written;</li>
 * <li>the content of a component is read without the indentation JSX allows it (MDX has no indented code), so
 *     {@code <TabItem>}'s indented paragraphs are paragraphs, not code;</li>
 * <li>a {@code <div>} opened and closed on lines of their own holds Markdown, as a kramdown {@code markdown="1"} div
 *     does ({@link KramdownHtmlBlocks}), not raw HTML as CommonMark would read it;</li>
 * <li>{@code className=} is HTML's {@code class=}, also on an attribute's own line of a tag written over several;</li>
 * <li>an element opened and closed on one line, a table's cell ({@code <td>**Escrow Zap**</td>}), holds Markdown, as MDX 2
 *     and later read it ({@link MdxCells});</li>
 * </ul>
 * Other JavaScript in braces ({@code {frontMatter.title}}) is shown as written, said once a page. Fenced code is read as
 * written throughout.
 */
public final class MdxSource {

    /** What is left of the page, and what it held that the build does not run. */
    /**
     * @param unendedStatement the line of an import or export statement that never ends (its braces never close), or of
     *                         a {@code {/*} comment that is never closed, from which the page is shown as written rather
     *                         than left out; 0 when there is none
     */
    public record Read(String markdown, Map<String, Integer> unknownComponents, int expressions, int firstExpressionLine,
                       int unendedStatement) {
    }

    /** The lines a tag may take, its attributes on lines of their own ({@code <Tabs\n  values={[…]}>}). */
    private static final int TAG_LINES = 400;
    private static final Pattern IMPORT_FROM = Pattern.compile("\\bfrom\\s*[\"']([^\"']+)[\"']\\s*;?\\s*$");
    private static final Pattern SIDE_EFFECT_IMPORT = Pattern.compile("^import\\s*[\"'][^\"']+[\"']\\s*;?\\s*$");
    private static final Pattern DEFAULT_IMPORT = Pattern.compile("^import\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PICTURE = Pattern.compile("\\.(?:png|jpe?g|gif|svg|webp|avif)$", Pattern.CASE_INSENSITIVE);
    /** {@code ={name}}: an attribute's value that is a name in braces. */
    private static final Pattern NAME_IN_BRACES = Pattern.compile("=\\s*\\{\\s*([A-Za-z_$][\\w$]*)\\s*\\}");
    /** A box on one line, {@code <Callout type="info">Read this.</Callout>}: 1 the name, 2 the attributes, 3 the content. */
    private static final Pattern ONE_LINE_BOX = Pattern.compile("\\s*<([A-Z][\\w.]*)((?:\\s[^<>]*)?)>(.*?)</\\1>\\s*");
    private static final Pattern COMMENT = Pattern.compile("\\{\\s*/\\*.*?\\*/\\s*\\}");
    /** An import or export statement's start, as MDX reads one at the start of a block. */
    private static final Pattern STATEMENT = Pattern.compile("(?:import\\s*(?:[{*\"']|[\\w$]+\\s*(?:,|\\s+from\\b))|export\\s+(?:const|let|var|function|async|default|class|\\{|\\*))");
    /** A statement that can only be JavaScript: an import from a module, an exported declaration. */
    private static final Pattern ESM = Pattern.compile("(?:import\\s+(?:[\\w$]+|\\{[^}]*\\}|\\*\\s+as\\s+\\w+)(?:\\s*,\\s*\\{[^}]*\\})?\\s+from\\s*[\"'][^\"']+[\"']|export\\s+(?:const|let|function|default)\\s)");
    /** Docusaurus' own components, which its pages may use without an import, alone on a line at the margin. */
    private static final Pattern DOCUSAURUS_TAG = Pattern.compile("<(?:DocCardList|Tabs|TabItem|Admonition)[\\s/>]");
    /**
     * Braces holding JavaScript (the innermost: a line of a hundred thousand '{' is looked through once, not once for
     * each); not a picture's {@code {require('…')}}, which {@link JsxRequires} reads, nor kramdown's and Docusaurus' heading attributes ({@code {#id}}, {@code {: .x}}, {@code {.x}}). */
    private static final Pattern EXPRESSION = Pattern.compile("\\{(?![#:.\\s]*[#:.]|\\s*require\\()[^{}]*\\}");
    private static final Pattern SPACE = Pattern.compile("\\{\\s*(?:\"\\s\"|'\\s')\\s*\\}");
    /** JSX's style object, {@code style={{maxWidth: '600px'}}}: left out, as the sanitiser leaves out any style. */
    private static final Pattern STYLE_OBJECT = Pattern.compile("\\s*\\bstyle=\\{\\{[^{}]*\\}\\}");
    private static final Pattern CLASS_NAME = Pattern.compile("(<[a-z][\\w-]*\\b[^>]*?)\\bclassName=");
    /** Math, {@code $g(x) = f^{-1}(x)$} or {@code $$…$$}, where braces are TeX's. */
    private static final Pattern MATH = Pattern.compile("(\\$\\$?)[^$]+\\1");
    /** A brace escaped, {@code \\{}: MDX's way to write a brace as text. */
    private static final Pattern ESCAPED_BRACE = Pattern.compile("\\\\[{}]");
    /** Inline code, where braces are text. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1");
    /** A component's tag within a line of text: 1 the '/' of a closing tag, 2 its name, 3 its attributes, 4 the '/' of one that closes itself. */
    private static final Pattern INLINE_TAG = Pattern.compile("<(/?)([A-Z][\\w.]*)(\\s[^<>]*?)?(/?)>");
    /** A div opened alone on its line, {@code <div id="tiers">}: 1 its attributes. */
    private static final Pattern LONE_DIV = Pattern.compile("\\s*<div\\b([^<>]*[^<>/])?>\\s*");
    private static final Pattern DIV_END = Pattern.compile("\\s*</div>\\s*");
    /** The first line of an HTML element's tag whose attributes go on over the next lines ({@code <img} then {@code className=…}). */
    private static final Pattern ATTRIBUTE_CLASS_NAME = Pattern.compile("(^|\\s)className=");
    private static final String DIV = "div";
    private static final Pattern UNFINISHED_HTML_TAG = Pattern.compile("\\s*<[a-z][\\w-]*\\b[^<>]*");

    private MdxSource() {
    }

    /**
     * Whether a {@code .md} page is MDX all the same: Docusaurus 2 reads every {@code .md} file as MDX, and its authors
     * import components into them ({@code import Tabs from '@theme/Tabs';} at the left margin, outside code) or use its
     * own ({@code <DocCardList />}, {@code <Tabs>}) as MDX does.
     */
    public static boolean looksLikeMdx(String markdown) {
        boolean jsxAttributes = QuickScan.contains(markdown, "style={{") || QuickScan.contains(markdown, "className=");
        if (!QuickScan.contains(markdown, "import ") && !QuickScan.contains(markdown, "export ") && !QuickScan.contains(markdown, "<DocCardList")
                && !QuickScan.contains(markdown, "<Tabs") && !QuickScan.contains(markdown, "<Admonition") && !jsxAttributes) {
            return false; // most pages
        }
        CodeFences fences = new CodeFences();
        for (String line : markdown.split("\n", -1)) {
            if (fences.inCode(line)) {
                continue;
            }
            if ((line.startsWith("import ") || line.startsWith("export ") || line.startsWith("<"))
                    && (ESM.matcher(line).lookingAt() || DOCUSAURUS_TAG.matcher(line).lookingAt())) {
                return true;
            }
            // An HTML tag with JSX's attributes, <div style={{ padding: '20px' }}> or className=, which only MDX reads: a
            // Docusaurus demo page had its style object's words reported as five attributes and a template tag.
            if (jsxAttributes && line.stripLeading().startsWith("<")
                    && (STYLE_OBJECT.matcher(line).find() || CLASS_NAME.matcher(line).find())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file at {@code path} holding {@code text} is read as MDX: an {@code .mdx} file, or one that looks it. */
    public static boolean isMdx(String path, String text) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx") || looksLikeMdx(text);
    }

    /** The Markdown an MDX snippet holds, for a page that shows it ({@code markdown/Includes}). */
    public static String markdown(String mdx) {
        return read(mdx).markdown();
    }

    public static Read read(String mdx) {
        String[] lines = mdx.split("\n", -1);
        String[] written = lines.clone(); // for a statement that never ends: the page from there is shown as written
        Deque<MdxComponents.Open> open = new ArrayDeque<>();
        Map<String, String> partials = new HashMap<>();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        CodeFences fences = new CodeFences();
        int expressions = 0;
        int firstExpression = 0;
        boolean inComment = false;
        boolean inHtmlTag = false;
        int[] tagRead = {0}; // characters read past tags' first lines, against a budget: hostile pages stay linear
        int tagBudget = 4 * mdx.length() + 100_000;
        Map<String, String> pictures = new HashMap<>();
        imports(lines, partials, pictures);
        Statement statement = null;
        int statementLine = 0;
        int commentLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (statement != null) {
                lines[i] = "";
                statement = statement.next(line) ? statement : null;
                continue;
            }
            if (inComment) {
                int end = line.indexOf("*/");
                int brace = end < 0 ? -1 : line.indexOf('}', end);
                inComment = brace < 0;
                line = inComment ? "" : line.substring(brace + 1);
            }
            line = dedented(line, open.peek());
            if (fences.inCode(line)) {
                lines[i] = line;
                continue;
            }
            line = SPACE.matcher(COMMENT.matcher(line).replaceAll("")).replaceAll(" ");
            int comment = line.indexOf("{/*");
            if (comment >= 0) { // a comment that goes on over the next lines
                inComment = true;
                commentLine = i;
                line = line.substring(0, comment);
            }
            boolean blockStart = i == 0 || lines[i - 1].isBlank();
            if (open.isEmpty() && (blockStart && STATEMENT.matcher(line).lookingAt() || ESM.matcher(line).lookingAt())) {
                statement = Statement.start(line);
                statementLine = i;
                lines[i] = "";
                continue;
            }
            line = imported(line, pictures);
            Matcher inline = ONE_LINE_BOX.matcher(line);
            if (inline.matches()) {
                Tag tag = Tag.read("<" + inline.group(1) + inline.group(2) + ">");
                MdxComponents.Mapping mapping = tag == null || tag == Tag.UNFINISHED ? null : MdxComponents.mapping(tag.name(), tag.attributes(), open);
                if (mapping == null && MdxComponents.inline(inline.group(1), inline.group(2), false) == null) {
                    unknown.putIfAbsent(inline.group(1), i + 1);
                }
                lines[i] = mapping == null || mapping.closing().isEmpty() ? inline.group(3) // a card that links: its words
                        : mapping.opening() + inline.group(3) + mapping.closing();
                continue;
            }
            if (line.stripLeading().startsWith("<")) {
                Reader reader = Reader.start(line.strip());
                Tag tag = reader == null ? null : reader.scan();
                // Its attributes may take lines of their own, a blank one only inside JavaScript; the lines read so, for a
                // page, are a few times the page at most, so lines of '<' that never close are read in one pass or so.
                for (int k = i + 1; tag == Tag.UNFINISHED && k < lines.length && k - i < TAG_LINES && tagRead[0] < tagBudget
                        && (!lines[k].isBlank() || reader.inScript()); k++) {
                    tag = reader.add(lines[k].strip(), tagRead);
                    if (tag != null && tag != Tag.UNFINISHED) { // its other lines are blank lines
                        java.util.Arrays.fill(lines, i + 1, k + 1, "");
                    }
                }
                if (tag != null && tag != Tag.UNFINISHED) {
                    lines[i] = component(tag, open, partials, unknown, i + 1);
                    continue;
                }
            }
            line = inlineComponents(line, unknown, i + 1);
            if (inHtmlTag) { // an attribute line of an element's tag begun above
                line = ATTRIBUTE_CLASS_NAME.matcher(line).replaceAll("$1class=");
                inHtmlTag = line.indexOf('>') < 0;
            } else {
                inHtmlTag = UNFINISHED_HTML_TAG.matcher(line).matches();
            }
            line = STYLE_OBJECT.matcher(CLASS_NAME.matcher(line).replaceAll("$1class=")).replaceAll("");
            if (LONE_DIV.matcher(line).matches()) {
                MdxComponents.Open div = new MdxComponents.Open(DIV, "", "");
                div.line = i;
                open.push(div);
            } else if (DIV_END.matcher(line).matches() && !open.isEmpty() && open.peek().name.equals(DIV)) {
                // A div opened and closed on lines of its own holds Markdown in MDX, as kramdown's markdown="1" div does:
                // KramdownHtmlBlocks makes both a fenced div. One never closed so stays HTML.
                int from = open.pop().line;
                lines[from] = lines[from].replaceFirst(">\\s*$", " markdown=\"1\">");
            }
            line = MdxCells.rendered(line);
            if (holdsExpression(line)) {
                expressions++;
                firstExpression = firstExpression == 0 ? i + 1 : firstExpression;
            }
            lines[i] = line;
        }
        int unended = statement != null ? statementLine : inComment ? commentLine : -1;
        if (unended >= 0) {
            System.arraycopy(written, unended, lines, unended, lines.length - unended);
        }
        return new Read(String.join("\n", lines), unknown, expressions, firstExpression, unended + 1);
    }

    /**
     * Whether a line's text holds JavaScript in braces: not in its code or TeX, not an escaped brace ({@code \\{}), not a
     * box's attributes ({@code :::tip{icon="heart"}}, remark's directives, as Starlight writes them).
     */
    private static boolean holdsExpression(String line) {
        if (line.indexOf('{') < 0 || line.stripLeading().startsWith(":::")) {
            return false;
        }
        String text = MATH.matcher(CODE_SPAN.matcher(ESCAPED_BRACE.matcher(line).replaceAll("")).replaceAll("")).replaceAll("");
        return EXPRESSION.matcher(text).find();
    }

    /** A component's tag, alone on its line (or lines): {@code <Name …>}, {@code </Name>} or {@code <Name … />}. */
    private record Tag(boolean closing, String name, String attributes, boolean closesItself) {
        /** A tag whose {@code >} is still to come, on a later line. */
        static final Tag UNFINISHED = new Tag(false, "", "", false);

        /**
         * The tag that is the whole of {@code text}; {@link #UNFINISHED} when the text is the start of one; else null.
         * Read by hand, not by a regular expression, since JavaScript in braces may hold anything, {@code >} included.
         */
        static Tag read(CharSequence text) {
            Reader reader = Reader.start(text);
            return reader == null ? null : reader.scan();
        }
    }

    /**
     * Reads a tag line by line, from where the last line left it: a tag of hundreds of lines (a component given a long
     * list in JavaScript) is read once, not again from its start at each line.
     */
    private static final class Reader {
        private final StringBuilder text;
        private final boolean closing;
        private final String name;
        private final int attributesStart;
        private int at;
        private int depth;
        private char quote;

        private Reader(StringBuilder text, boolean closing, String name, int at) {
            this.text = text;
            this.closing = closing;
            this.name = name;
            this.attributesStart = at;
            this.at = at;
        }

        /** A reader of the tag {@code text} starts, or null when it starts none ({@code <} and a capital). */
        static Reader start(CharSequence first) {
            StringBuilder text = new StringBuilder(first);
            int at = 1;
            boolean closing = at < text.length() && text.charAt(at) == '/';
            at += closing ? 1 : 0;
            int nameStart = at;
            if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
                return null;
            }
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.' || text.charAt(at) == '_')) {
                at++;
            }
            return new Reader(text, closing, text.substring(nameStart, at), at);
        }

        /** The tag with one more line of it; its characters read are added to {@code read}. */
        Tag add(String line, int[] read) {
            text.append('\n').append(line);
            read[0] += line.length() + 1;
            return scan();
        }

        /** Whether the text so far ends inside JavaScript (braces or a string), where a blank line may come. */
        boolean inScript() {
            return depth > 0 || quote != 0;
        }

        Tag scan() {
            for (; at < text.length(); at++) {
                char c = text.charAt(at);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == '>' && depth <= 0) {
                    boolean self = at > attributesStart && text.charAt(at - 1) == '/';
                    if (at + 1 < text.length() || closing && at > attributesStart && !text.substring(attributesStart, at).isBlank()) {
                        return null; // more after the tag on its line: a component within a line of text
                    }
                    String attributes = text.substring(attributesStart, self ? at - 1 : at);
                    return attributes.isEmpty() || Character.isWhitespace(attributes.charAt(0)) ? new Tag(closing, name, attributes, self) : null;
                }
            }
            return Tag.UNFINISHED;
        }
    }

    /**
     * The Markdown files and pictures the page imports, by the name it gives them: read before the page, as MDX hoists
     * its imports wherever they are written.
     */
    private static void imports(String[] lines, Map<String, String> partials, Map<String, String> pictures) {
        CodeFences fences = new CodeFences();
        for (String line : lines) {
            if (fences.inCode(line) || !line.startsWith("import")) {
                continue;
            }
            Matcher m = DEFAULT_IMPORT.matcher(line);
            if (m.find()) {
                if (Page.isPageFile(m.group(2))) {
                    partials.put(m.group(1), m.group(2));
                } else if (PICTURE.matcher(m.group(2)).find()) {
                    pictures.put(m.group(1), JsxRequires.address(m.group(2))); // @site/static/img/x.jpg is /img/x.jpg
                }
            }
        }
    }

    /** The line with each imported picture's name in braces ({@code src={diagram}}) as its path in quotes. */
    private static String imported(String line, Map<String, String> pictures) {
        if (pictures.isEmpty() || line.indexOf('{') < 0) {
            return line;
        }
        return NAME_IN_BRACES.matcher(line).replaceAll(m -> pictures.containsKey(m.group(1))
                ? Matcher.quoteReplacement("=\"" + pictures.get(m.group(1)) + "\"") : Matcher.quoteReplacement(m.group()));
    }

    /** The line with the components written within its text (not in its code) as the words they leave ({@link MdxComponents#inline}). */
    private static String inlineComponents(String line, Map<String, Integer> unknown, int lineNumber) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(line);
        int at = 0;
        while (code.find()) {
            out.append(inlineTags(line.substring(at, code.start()), unknown, lineNumber)).append(code.group());
            at = code.end();
        }
        return out.append(inlineTags(line.substring(at), unknown, lineNumber)).toString();
    }

    private static String inlineTags(String text, Map<String, Integer> unknown, int lineNumber) {
        return INLINE_TAG.matcher(text).replaceAll(m -> {
            if (MdxComponents.HTML_ELEMENTS.contains(m.group(2))) {
                return Matcher.quoteReplacement(m.group());
            }
            String words = MdxComponents.inline(m.group(2), m.group(3) == null ? "" : m.group(3), !m.group(4).isEmpty());
            if (words == null) {
                unknown.putIfAbsent(m.group(2), lineNumber);
            }
            return Matcher.quoteReplacement(words == null ? "" : words);
        });
    }

    /**
     * The line that stands for a component's tag: a shortcode for what the Markdown stage reads, a snippet's marker,
     * or a blank line.
     */
    private static String component(Tag tag, Deque<MdxComponents.Open> open, Map<String, String> partials, Map<String, Integer> unknown, int line) {
        String name = tag.name();
        if (tag.closing()) { // a closing tag: of the innermost component, else of none read
            if (open.stream().anyMatch(o -> o.name.equals(name))) {
                while (open.peek().name.equals(DIV)) { // a div in it not closed on a line of its own ends with it
                    open.pop();
                }
            }
            return open.isEmpty() || !open.peek().name.equals(name) ? "" : open.pop().closing;
        }
        String attributes = tag.attributes();
        boolean closesItself = tag.closesItself();
        if (partials.containsKey(name) && closesItself) {
            String path = partials.get(name);
            path = path.startsWith("@site/") ? path.substring("@site/".length()) : path.startsWith("./") ? path.substring(2) : path;
            return "--8<-- \"" + path + "\"";
        }
        MdxComponents.Mapping mapping = MdxComponents.mapping(name, attributes, open);
        String src = MdxComponents.value(attributes, "src");
        if (mapping == null && closesItself && src != null && PICTURE.matcher(src.replaceFirst("[?#].*", "")).find()) {
            // A component that shows a picture (Nextra's <Screenshot src={…}>, next/image's <Image>): the picture itself.
            return "![" + MdxComponents.first(MdxComponents.value(attributes, "alt"), "").replace("[", "\\[").replace("]", "\\]") + "](<" + src + ">)";
        }
        if (mapping == null) {
            String words = MdxComponents.inline(name, attributes, closesItself); // a badge alone on its line: its words
            if (words == null) {
                unknown.putIfAbsent(name, line);
            } else if (closesItself) {
                return words;
            }
            mapping = MdxComponents.Mapping.NONE;
        }
        if (!closesItself) {
            open.push(new MdxComponents.Open(name, mapping.closing(), attributes));
            return mapping.opening();
        }
        return mapping.closing().isEmpty() ? mapping.opening() : mapping.opening() + " " + mapping.closing();
    }

    /**
     * The line without the indentation of its component's content, as JSX reads it. Tabs count to the next multiple of
     * four, as CommonMark counts them: Starlight's own starter page indents its cards' words with tabs, which, left in,
     * made them indented code.
     */
    private static String dedented(String line, MdxComponents.Open component) {
        if (component == null || line.isBlank()) {
            return line;
        }
        int chars = 0;
        int columns = 0;
        while (chars < line.length() && (line.charAt(chars) == ' ' || line.charAt(chars) == '\t')
                && (component.indent < 0 || columns < component.indent)) {
            columns = line.charAt(chars) == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
            chars++;
        }
        if (component.indent < 0) {
            component.indent = columns;
        }
        return line.substring(chars);
    }

    /** An import or export statement, read to its end: true while the next line is still part of it. */
    private static final class Statement {
        private int depth;
        private final boolean isImport;

        private Statement(boolean isImport) {
            this.isImport = isImport;
        }

        /** The statement that began on {@code line}, or null when it ends there. */
        static Statement start(String line) {
            Statement s = new Statement(line.startsWith("import"));
            return s.next(line) ? s : null;
        }

        boolean next(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                depth += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
            }
            if (isImport) {
                return !(IMPORT_FROM.matcher(line).find() || SIDE_EFFECT_IMPORT.matcher(line.strip()).matches());
            }
            return depth > 0 || line.stripTrailing().endsWith("=") || line.stripTrailing().endsWith("=>");
        }
    }

}
