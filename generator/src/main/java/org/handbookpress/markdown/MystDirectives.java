package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.ReplacedBasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's directives written as code fences (Jupyter Book, Sphinx; The Turing Way writes its boxes so):
 * <pre>
 * ```{note}
 * Bring **water**.
 * ```
 * </pre>
 * Flexmark reads them as code, so readers saw the Markdown inside as code. What they become:
 * <ul>
 * <li>the boxes (MyST's admonitions, {@code {admonition} Title}, sphinx-design's {@code {dropdown} Title}) become the fenced
 *     divs' boxes with their content read as Markdown, where it stands in the file (so lines stay the file's);</li>
 * <li>the asides and panels ({@code {sidebar} Title}, {@code {margin}}, {@code {topic}}, sphinx-design's
 *     {@code {tab-item} Title}, {@code {card} Title}, sphinx-inline-tabs' {@code {tab}}) are boxes titled by their
 *     argument ({@code {toggle}} folds); the containers ({@code {div}
 *     full-width}, {@code {tab-set}}, sphinx-tabs' {@code {tabs}}, {@code {grid}}…) hold their content as it is, and
 *     {@code {only} html} shows its content when the condition names the web (not when it names LaTeX alone);</li>
 * <li>sphinx-tabs' {@code {code-tab} r R} is code in its language titled by its label ({@link #CODE_TAB});</li>
 * <li>{@code {code-block} python} and Jupyter Book's {@code {code-cell} ipython3} are code in that language, without their
 *     options ({@code :caption:} titles the code); a cell tagged {@code remove-cell} or {@code remove-input} is left out,
 *     as Jupyter Book leaves it;</li>
 * <li>{@code {figure} images/map.png} is a figure captioned by its first paragraph (the paragraphs after it follow
 *     the figure), {@code {image}} a picture, each with its {@code :alt:}, and {@code :name:} as the figure's id;</li>
 * <li>{@code {list-table} Caption} is a table ({@link ListTable}); Sphinx's {@code {glossary}} a definition list;</li>
 * <li>sphinx-design's {@code {button-link}} and {@code {button-ref}} are links;</li>
 * <li>{@code {tableofcontents}} lists the section's pages, as Hugo's {@code children} does; {@code {index}} entries,
 *     for a printed index Sphinx makes, and {@code {contents}}, the page's own sections, which the theme lists, are
 *     left out.</li>
 * </ul>
 * Options at the top ({@code :class: tip}) are read for classes and otherwise dropped. Other directives stay as
 * written and {@link ForeignSyntax} reports them.
 */
final class MystDirectives {

    /**
     * sphinx-tabs' tab of code, {@code {code-tab} r R}: its language, then the tab's label. Code titled by the label, or,
     * without one, by the language's name, as sphinx-tabs names the tab after its highlighter.
     */
    static final String CODE_TAB = "code-tab";
    /** The names sphinx-tabs gives a code tab without a label, for the languages handbooks show most. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(Map.entry("py", "Python"),
            Map.entry("python", "Python"), Map.entry("python3", "Python"), Map.entry("r", "R"), Map.entry("sql", "SQL"),
            Map.entry("js", "JavaScript"), Map.entry("javascript", "JavaScript"), Map.entry("bash", "Bash"),
            Map.entry("sh", "Bash"), Map.entry("shell", "Bash"), Map.entry("powershell", "PowerShell"));
    /** The directives made into boxes: MyST's admonitions, and the two that take a title. */
    static final Set<String> BOXES = Set.of("note", "tip", "hint", "important", "warning", "caution", "attention", "danger",
            "error", "seealso", "admonition", "dropdown");
    /** MyST's figure of Markdown, {@code {figure-md} label}: a picture and its caption, made a figure by {@link DivBoxes}. */
    static final String FIGURE_MD = "figure-md";
    /** Asides and panels: boxes whose argument, when given, is their title. */
    static final Set<String> TITLED = Set.of("sidebar", "margin", "topic", "tab-item", "tab", "group-tab", "card", "grid-item-card",
            "toggle");
    /** Containers: their content as it is, in a div classed by the directive's name (and by its argument, for a div). */
    static final Set<String> CONTAINERS = Set.of("div", "container", "tab-set", "tabs", "grid", "grid-item", "card-carousel",
            "epigraph", "pull-quote", "highlights", "only", FIGURE_MD);
    static final Set<String> CODE = Set.of("code", "code-block", "sourcecode", "code-cell", CODE_TAB);
    /** The directives of a picture, in a code fence or a colon fence ({@code :::{figure} map.png}). */
    static final Set<String> PICTURES = Set.of("figure", "image");
    /** The directives that become something other than a box: pictures, a list of pages, nothing. */
    static final Set<String> OTHERS = Set.of("figure", "image", "list-table", "glossary", "button-link", "button-ref",
            "tableofcontents", "index", "contents");
    /** Jupyter's kernels named for the language they run. */
    private static final Map<String, String> KERNEL_LANGUAGES = Map.of("ipython", "python", "ipython3", "python",
            "python3", "python", "ir", "r");
    /** A code cell's tags that hide it on the page, as Jupyter Book does. */
    private static final Pattern REMOVED_CELL = Pattern.compile("\\b(?:remove-cell|remove-input)\\b");
    /** Builders other than the web's that an {@code {only}} may name: content for them alone is not shown. */
    private static final Pattern WEB = Pattern.compile("\\bhtml|\\bdirhtml|\\bsinglehtml|\\bnot\\b");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\{([a-z][\\w-]*)\\}[ \\t]*(.*)$");
    static final Pattern OPTION = Pattern.compile("^[ \\t]*:([\\w-]+):[ \\t]*(.*)$");

    private MystDirectives() {
    }

    /** Whether an {@code {only}}'s condition ({@code html}, {@code not latex}) holds for the web. */
    static boolean showsOnTheWeb(String condition) {
        return WEB.matcher(condition).find();
    }

    /** Whether the directive of this name is read (rather than shown as code and reported). */
    static boolean reads(String name) {
        return BOXES.contains(name) || TITLED.contains(name) || CONTAINERS.contains(name) || CODE.contains(name)
                || OTHERS.contains(name);
    }

    /**
     * How deep directives are read inside one another: deeper ones stay as written, in their box's code. Each level reads
     * its content again, so a page of thousands of levels (a few MB) took half a minute and then exhausted the stack.
     */
    static final int MAX_DEPTH = 16;

    /** Replaces, in place, every directive of the document this class reads (nested ones too, {@link #MAX_DEPTH} deep). */
    static void expand(Node document, Parser parser) {
        expand(document, parser, 0);
    }

    private static void expand(Node document, Parser parser, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        List<FencedCodeBlock> fences = new ArrayList<>();
        List<FencedDivs.FencedDiv> pictures = new ArrayList<>();
        collect(document, fences, pictures);
        for (FencedDivs.FencedDiv div : pictures) {
            colonPicture(div);
        }
        for (FencedCodeBlock fence : fences) {
            Matcher m = DIRECTIVE.matcher(fence.getInfo().toString().strip());
            if (!m.matches() || !reads(m.group(1))) {
                continue;
            }
            String name = m.group(1);
            String argument = m.group(2).strip();
            Content content = Content.of(fence.getContentChars());
            if (CODE.contains(name)) {
                code(fence, name, argument, content);
            } else if (name.equals("figure") || name.equals("image")) {
                picture(fence, name, argument, content, parser, depth);
            } else if (name.equals("list-table")) {
                fence.insertBefore(listTable(fence, argument, content, parser, depth));
            } else if (name.equals("button-link") || name.equals("button-ref")) {
                fence.insertBefore(button(name, argument, content));
            } else if (name.equals("glossary")) {
                Document list = parse(BasedSequence.of(definitions(content.body().toString())), parser, fence, depth);
                while (list.getFirstChild() != null) {
                    fence.insertBefore(list.getFirstChild());
                }
            } else if (name.equals("tableofcontents")) {
                fence.insertBefore(new ShortcodeNodes.Embed(ShortcodeNodes.Embed.PAGES, null, null, null, null));
            } else if (!name.equals("index") && !name.equals("contents") && !(name.equals("only") && !showsOnTheWeb(argument))) {
                fence.insertBefore(box(fence, name, argument, content, parser, depth));
            }
            if (!CODE.contains(name)) {
                fence.unlink();
            }
        }
    }

    private static void collect(Node node, List<FencedCodeBlock> fences, List<FencedDivs.FencedDiv> pictures) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fence) {
                fences.add(fence);
            } else {
                if (child instanceof FencedDivs.FencedDiv div && div.picture != null) {
                    pictures.add(div);
                }
                collect(child, fences, pictures);
            }
        }
    }

    /**
     * A colon-fenced picture, {@code :::{figure} map.png} with its options, as its code-fenced form is made
     * ({@link #picture}): a figure captioned by its first paragraph, the rest after it; the div goes.
     */
    private static void colonPicture(FencedDivs.FencedDiv div) {
        String name = div.classes.contains("figure") ? "figure" : "image";
        Node first = div.getFirstChild();
        String caption = null;
        if (name.equals("figure") && first instanceof Paragraph paragraph) {
            caption = paragraph.getChars().toString().strip().replaceAll("\\s*\n\\s*", " ");
            paragraph.unlink();
        }
        ShortcodeNodes.Embed picture = new ShortcodeNodes.Embed(name, div.picture, div.options.get("alt"), caption,
                div.options.get("target"));
        String id = div.options.getOrDefault("name", div.options.get("label"));
        picture.id = id == null || id.isBlank() ? null : id.strip();
        picture.setChars(div.getChars());
        div.insertBefore(picture);
        while (div.getFirstChild() != null) {
            div.insertBefore(div.getFirstChild());
        }
        div.unlink();
    }

    /**
     * A directive's content: its options ({@code :class: tip} lines, or YAML between {@code ---} lines, read as
     * {@code key: value} lines), by name, and the text after them.
     */
    private record Content(Map<String, String> options, BasedSequence body) {
        /** A YAML option's line: {@code height: 150px}. */
        private static final Pattern YAML_OPTION = Pattern.compile("^[ \\t]*([\\w-]+)[ \\t]*:[ \\t]*(.*)$");

        static Content of(BasedSequence content) {
            Map<String, String> options = new java.util.LinkedHashMap<>();
            List<BasedSequence> lines = lines(content);
            int i = 0;
            if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
                int close = 1;
                while (close < lines.size() && !lines.get(close).trim().equals("---")) {
                    close++;
                }
                if (close < lines.size()) {
                    for (int j = 1; j < close; j++) {
                        Matcher option = YAML_OPTION.matcher(lines.get(j));
                        if (option.matches()) {
                            options.putIfAbsent(option.group(1), option.group(2).strip());
                        }
                    }
                    i = close + 1;
                }
            }
            boolean yaml = i > 0; // options are written one way or the other
            for (; !yaml && i < lines.size(); i++) {
                Matcher option = OPTION.matcher(lines.get(i));
                if (!option.matches()) {
                    break;
                }
                options.putIfAbsent(option.group(1), option.group(2).strip());
            }
            int start = 0;
            for (int j = 0; j < i; j++) {
                start += lines.get(j).length() + 1;
            }
            return new Content(options, content.subSequence(Math.min(start, content.length())));
        }

        private static List<BasedSequence> lines(BasedSequence text) {
            List<BasedSequence> lines = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                lines.add(text.subSequence(start, end < 0 ? text.length() : end));
                start = end < 0 ? text.length() : end + 1;
            }
            return lines;
        }

        /** The value of an option ({@code :alt: A map}), or null. */
        String option(String name) {
            return options.get(name);
        }
    }

    /** Code in the language named (a kernel's, for a cell), without its options, titled by its caption. */
    private static void code(FencedCodeBlock fence, String name, String argument, Content content) {
        if (name.equals("code-cell") && REMOVED_CELL.matcher(String.valueOf(content.option("tags"))).find()) {
            fence.unlink();
            return;
        }
        String language = argument.isEmpty() ? "" : argument.split("\\s+")[0];
        language = KERNEL_LANGUAGES.getOrDefault(language.toLowerCase(Locale.ROOT), language);
        String title = content.option("caption");
        if (name.equals(CODE_TAB)) {
            String[] words = argument.split("\\s+", 2);
            String label = words.length > 1 ? words[1].strip() : "";
            title = !label.isEmpty() ? label : LANGUAGE_NAMES.getOrDefault(language.toLowerCase(Locale.ROOT), language);
        } else if (content.options().isEmpty()) {
            // The language as written, where it is the argument, keeps its place in the file.
            fence.setInfo(language.equals(argument) ? fence.getInfo().subSequence(fence.getInfo().length() - argument.length()).trim()
                    : BasedSequence.of(language));
            return;
        }
        String id = named(content);
        if (id != null) {
            // A block of code a reference names ({@code :name: code:setup}, mystmd's {@code :label:}), as MyST makes it a target.
            MystReferences.Target target = new MystReferences.Target(id);
            target.words = content.option("caption");
            target.setChars(fence.getChars());
            fence.insertBefore(target);
        }
        ShortcodeNodes.Code code = new ShortcodeNodes.Code("code", language.isEmpty() ? null : language, title);
        code.text.append(content.body().toString().replaceFirst("^(?:[ \\t]*\n)+", "")); // the blank line after the options
        if (code.text.length() > 0 && code.text.charAt(code.text.length() - 1) != '\n') {
            code.text.append('\n');
        }
        code.setChars(fence.getChars());
        fence.insertBefore(code);
        fence.unlink();
    }

    /**
     * A figure captioned by its content's first paragraph, the rest (its legend) after it; or a picture. The caption is
     * the picture's alt text when it has none, as for Hugo's figure.
     */
    private static void picture(FencedCodeBlock fence, String name, String source, Content content, Parser parser, int depth) {
        Document inner = parse(content.body(), parser, fence, depth);
        Node first = inner.getFirstChild();
        String caption = null;
        if (name.equals("figure") && first instanceof Paragraph paragraph) {
            caption = paragraph.getChars().toString().strip().replaceAll("\\s*\n\\s*", " ");
            paragraph.unlink();
        }
        ShortcodeNodes.Embed picture = new ShortcodeNodes.Embed(name.equals("figure") ? "figure" : "image", source,
                content.option("alt"), caption, content.option("target"));
        picture.id = named(content);
        picture.setChars(fence.getChars());
        fence.insertBefore(picture);
        while (inner.getFirstChild() != null) {
            fence.insertBefore(inner.getFirstChild());
        }
    }

    /** A definition's first line in a Markdown definition list: {@code : what it means}. */
    private static final Pattern DEFINITION_LINE = Pattern.compile("(?m)^:[ \\t]+\\S");

    /** The id a directive's options give it: Sphinx's and MyST's {@code :name:}, or {@code :label:}, as mystmd also writes it. */
    private static String named(Content content) {
        String name = content.option("name");
        String id = name != null && !name.isBlank() ? name : content.option("label");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /**
     * Sphinx's glossary, terms at the start of their lines and each one's definition indented under it, as a Markdown
     * definition list ({@code Term} then {@code : definition}); read as a copy, so a finding in it names the directive.
     */
    static String definitions(String glossary) {
        if (DEFINITION_LINE.matcher(glossary).find()) {
            return glossary; // mystmd writes its glossary as a definition list already (Term, then ": definition")
        }
        StringBuilder list = new StringBuilder();
        boolean inDefinition = false;
        for (String line : glossary.split("\n", -1)) {
            if (line.isBlank()) {
                list.append('\n');
            } else if (!Character.isWhitespace(line.charAt(0))) {
                if (inDefinition) {
                    list.append('\n');
                }
                list.append(line.strip()).append('\n');
                inDefinition = false;
            } else {
                list.append(inDefinition ? "  " : ": ").append(line.strip()).append('\n');
                inDefinition = true;
            }
        }
        return list.toString();
    }

    /**
     * sphinx-design's buttons, a link in a paragraph of its own: {@code {button-link} https://…} to the address,
     * {@code {button-ref} label} to a target ({@code :ref-type: doc}: to a page), named by the content or, without any,
     * by the address or the target's heading.
     */
    private static Node button(String name, String target, Content content) {
        String words = content.body().toString().strip().replaceAll("\\s*\n\\s*", " ");
        if (name.equals("button-link")) {
            ShortcodeNodes.Embed link = new ShortcodeNodes.Embed("card", target, words.isEmpty() ? target : words, null, null);
            return link;
        }
        MystReferences.Role role = new MystReferences.Role("doc".equals(content.option("ref-type")) ? "doc" : "ref", target);
        role.linked = true;
        if (!words.isEmpty()) {
            role.appendChild(new Text(BasedSequence.of(words)));
        }
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(role);
        return paragraph;
    }

    /** A list table, its rows and cells read as Markdown; {@code :header-rows:} says how many rows are headers. */
    private static ListTable listTable(FencedCodeBlock fence, String caption, Content content, Parser parser, int depth) {
        String rows = content.option("header-rows");
        ListTable table = new ListTable(caption, rows != null && rows.matches("\\d{1,2}") ? Integer.parseInt(rows) : 0);
        Document inner = parse(content.body(), parser, fence, depth);
        while (inner.getFirstChild() != null) {
            table.appendChild(inner.getFirstChild());
        }
        table.setChars(fence.getChars());
        return table;
    }

    /** What a container's argument says, in either form of fence: a div's classes ({@code {div} full-width}), a figure-md's id. */
    static void containerArgument(FencedDivs.FencedDiv box, String name, String argument) {
        if (name.equals("div") || name.equals("container")) {
            box.classes.addAll(List.of(argument.split("\\s+")).stream().filter(c -> !c.isEmpty()).toList());
        } else if (name.equals(FIGURE_MD) && box.id.isEmpty()) {
            box.id = argument.split("\\s+")[0];
        }
    }

    /**
     * Applies one option line: ":class: tip" adds a class, ":open:" opens a dropdown, ":name:" (or mystmd's ":label:") is
     * its id; the rest are dropped.
     */
    static void option(FencedDivs.FencedDiv box, Matcher option) {
        option(box, option.group(1), option.group(2));
    }

    private static void option(FencedDivs.FencedDiv box, String name, String value) {
        if (box.picture != null) {
            box.options.put(name, value.strip()); // a picture's: its alt text, its name
        }
        if (name.equals("class")) {
            for (String c : value.trim().split("\\s+")) {
                if (!c.isEmpty()) {
                    box.classes.add(c);
                }
            }
        } else if (name.equals("open")) {
            box.open = true;
        } else if ((name.equals("name") || name.equals("label")) && box.id.isEmpty() && !value.isBlank()) {
            box.id = value.strip(); // what a reference names it by: [](#fig:plan)
        }
    }

    private static FencedDivs.FencedDiv box(FencedCodeBlock fence, String name, String argument, Content content, Parser parser,
            int depth) {
        FencedDivs.FencedDiv box = new FencedDivs.FencedDiv();
        boolean titled = name.equals("admonition") || name.equals("dropdown") || TITLED.contains(name);
        box.classes.add(name);
        containerArgument(box, name, argument);
        box.title = titled ? argument : "";
        box.folded = name.equals("dropdown") || name.equals("toggle");
        content.options().forEach((option, value) -> option(box, option, value));
        Document inner = parse(content.body(), parser, fence, depth);
        while (inner.getFirstChild() != null) {
            box.appendChild(inner.getFirstChild()); // moves the node, keeping its place in the file
        }
        box.setChars(fence.getChars());
        return box;
    }

    /**
     * A directive's content read as Markdown, its own directives too. Its nodes keep their place in the file, except
     * in a directive inside a list item or a quote: Flexmark hands over its lines without their indent or {@code >},
     * pieces it cannot parse in place, so they are read as a copy (a finding in them names the directive's line).
     * Link reference definitions made inside ({@code [home]: https://…}) join the page's, where the moved links look
     * them up when written.
     */
    private static Document parse(BasedSequence text, Parser parser, Node directive, int depth) {
        boolean inPlace = !(text instanceof ReplacedBasedSequence);
        Document inner = parser.parse(inPlace ? text : BasedSequence.of(text.toString()));
        expand(inner, parser, depth + 1);
        ReferenceRepository references = Parser.REFERENCES.get(inner);
        if (!references.isEmpty()) {
            ReferenceRepository page = Parser.REFERENCES.get(directive.getDocument());
            references.forEach(page::putIfAbsent);
        }
        return inner;
    }
}
