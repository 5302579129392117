package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Pandoc's and Quarto's fenced divs, as the Carpentries' lessons use them:
 * <pre>
 * ::::: challenge
 * ## Try it
 * ::: solution
 * Answer.
 * :::
 * :::::
 * </pre>
 * A line of three or more colons followed by a name or an attribute list ({@code ::: {.callout-note #id}})
 * opens a div; a line of three or more colons alone closes the innermost open one (so nesting
 * follows the fences, whatever their lengths). The div becomes {@code <div class="name">}; a
 * {@code solution} or {@code hint} becomes a {@code <details>} that the reader opens.
 * Attributes other than id and classes are kept in {@link #UNSUPPORTED} for {@link AttributeLists} to report.
 *
 * <p>Two other tools' boxes become the same divs. Docusaurus writes a title after the name, {@code :::tip Before you
 * start} or {@code :::tip[Before you start]}. MkDocs (Python-Markdown's admonitions, and pymdownx's details) writes
 * {@code !!! warning "Mind the gap"} and indents the box's content by four spaces; {@code ??? note} folds it, and
 * {@code ???+ note} folds it open; its content tabs, {@code === "Windows"}, become boxes one after another. Both
 * tools' boxes were shown as text before, and an indented second paragraph as code. MyST's colon fences,
 * {@code :::{admonition} Ground rules}, are Pandoc's form with the directive in braces; their option lines at the top
 * ({@code :class: tip}, {@code :open:}) are read as {@link MystDirectives} reads the code-fence form's, and a
 * {@code {dropdown}} folds.
 */
final class FencedDivs implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /**
     * Attribute on a title the build gave a box by its kind ("Note"), or on a link it named itself ("Watch the video on
     * YouTube"), naming its label ({@code box.note}, {@code embed.youtube}): {@link DivBoxes} puts the label in the page's
     * language in its place.
     */
    static final String LABEL = "data-hb-box-label";

    /** Attribute listing key=value pairs the div carried but the build does not apply, for a finding. */
    static final String UNSUPPORTED = "data-hb-unsupported";
    /**
     * Divs shown folded, opened by the reader: the Carpentries' solutions and hints, VuePress' and VitePress'
     * {@code ::: details Title}, and HackMD's {@code :::spoiler Title}.
     */
    static final Set<String> COLLAPSIBLE = Set.of("solution", "hint", "details", "spoiler");
    /** Labels of the commonest names, shown as the box's title when it does not start with a heading. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("note", "Note"), Map.entry("callout", "Note"),
            Map.entry("callout-note", "Note"), Map.entry("callout-tip", "Tip"), Map.entry("callout-warning", "Warning"),
            Map.entry("callout-important", "Important"), Map.entry("callout-caution", "Caution"), Map.entry("challenge", "Challenge"),
            Map.entry("solution", "Solution"), Map.entry("hint", "Hint"), Map.entry("instructor", "Instructor note"),
            Map.entry("objectives", "Objectives"), Map.entry("keypoints", "Key points"), Map.entry("discussion", "Discussion"),
            Map.entry("testimonial", "Testimonial"), Map.entry("questions", "Questions"), Map.entry("prereq", "Prerequisites"),
            Map.entry("checklist", "Checklist"), Map.entry("caution", "Caution"), Map.entry("warning", "Warning"),
            Map.entry("tip", "Tip"),
            // MkDocs' and Docusaurus' kinds of box.
            Map.entry("info", "Info"), Map.entry("danger", "Danger"), Map.entry("important", "Important"),
            Map.entry("abstract", "Abstract"), Map.entry("summary", "Summary"), Map.entry("todo", "To do"),
            Map.entry("success", "Success"), Map.entry("question", "Question"), Map.entry("failure", "Failure"),
            Map.entry("error", "Error"), Map.entry("bug", "Bug"), Map.entry("example", "Example"), Map.entry("quote", "Quote"),
            Map.entry("attention", "Attention"), Map.entry("seealso", "See also"));

    /** Groups: 2 the name, 3 an attribute list, 4 a Docusaurus title in brackets, 5 a title in words, 6 an attribute list. */
    private static final Pattern OPEN = Pattern.compile(
            "^(:{3,})[ \\t]*(?:([\\p{L}\\p{N}_-]+)|\\{([^}]*)\\})(?:\\[([^\\]]*)\\])?(?:[ \\t]+([^{:\\s][^{]*?))?[ \\t]*(?:\\{([^}]*)\\})?[ \\t]*:*[ \\t]*$");
    /**
     * MkDocs: {@code !!!}, {@code ???} or {@code ???+}, the kind and other classes (after a space or not: Python-Markdown
     * and its details extension read {@code !!!info "Title"} as {@code !!! info "Title"}), and a title in quotes. The kind is
     * in lower case, as MkDocs' own documentation writes them, or capitalised ({@link #capitalisedKindTaken}). The
     * classes are read possessively: each word read again a level deeper in the stack, {@code ??? note} before a line of
     * thousands of words failed the page.
     */
    private static final Pattern ADMONITION = Pattern.compile(
            "^(!!!|\\?\\?\\?\\+?)[ \\t]*(\\p{L}[\\p{L}\\p{N}_-]*(?:[ \\t]+[\\p{L}\\p{N}_-]+)*+)(?:[ \\t]+\"(.*)\")?[ \\t]*$");
    /**
     * pymdownx.details' fold with a title and no kind, {@code ??? "Where are the keys?"} ({@code ???+} open): a box of no
     * kind, folded under its title. Not {@code !!!}: MkDocs' admonition extension asks for a kind, and shows such a line as
     * text.
     */
    private static final Pattern TITLED_FOLD = Pattern.compile("^(\\?\\?\\?\\+?)[ \\t]+\"(.*)\"[ \\t]*$");
    /** MkDocs Material's content tabs, {@code === "On a phone"}: shown one after another, each titled by its tab. */
    private static final Pattern TAB = Pattern.compile("^(===)[ \\t]+\"(.*)\"[ \\t]*$");
    /** How far an admonition's content is indented. */
    private static final int ADMONITION_INDENT = 4;
    private static final Pattern CLOSE = Pattern.compile("^:{3,}[ \\t]*$");
    /**
     * Titles are Markdown (MkDocs, Docusaurus and MyST show {@code `mkdocs serve`} in one as code): read inline,
     * by CommonMark alone, with any HTML in them shown as text.
     */
    private static final Parser TITLE_PARSER = org.handbookpress.text.CjkEmphasisParser.commonMark();
    private static final HtmlRenderer TITLE_RENDERER = HtmlRenderer.builder(new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)).build();

    static FencedDivs create() {
        return new FencedDivs();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
        builder.nodeRendererFactory(options -> new ShortcodeNodes.Renderer());
        builder.nodeRendererFactory(options -> new ListTable.Renderer());
        builder.nodeRendererFactory(options -> new MystReferences.Renderer());
    }

    /** A fenced div in the document tree. */
    static final class FencedDiv extends Block {
        final List<String> classes = new ArrayList<>();
        final List<String> unsupported = new ArrayList<>();
        String id = "";
        /** Quarto's {@code title="…"}: the box's title. */
        String title = "";
        /** The kind whose label the title is, when the build gave it ({@code !!! note} without a title); else null. */
        String titleLabel;
        /** Whether the box folds: by its name when null; MkDocs says so with {@code ???}. */
        Boolean folded;
        /** A folded box shown open to begin with ({@code ???+}). */
        boolean open;
        /** Content for other outputs than the web (MyST's {@code {only} latex}): not shown. */
        boolean hidden;
        /**
         * The picture of MyST's colon-fenced {@code :::{figure} map.png} or {@code :::{image}}, which {@link MystDirectives}
         * makes a figure as it does the code-fenced form; null for any other div.
         */
        String picture;
        /**
         * Only its content is shown, without a div around it: MyST's colon-fenced {@code :::{glossary}}, whose definition
         * list is the glossary's only at the top level of the page (inside a div its page had "no terms").
         */
        boolean bare;
        /** The directive's options by name ({@code :alt: The map}), for such a picture. */
        final java.util.Map<String, String> options = new java.util.LinkedHashMap<>();

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }

        String name() {
            return classes.isEmpty() ? "" : classes.get(0);
        }
    }

    /** Reads {@code .class #id key=value key="a value"}; what is neither id nor class goes to {@code unsupported}. */
    static void readAttributes(String text, List<String> classes, String[] id, List<String> unsupported) {
        Matcher m = Pattern.compile("([.#])([^\\s.#=}\"']+)|([\\w:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)|(\\S+)").matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                if (m.group(1).equals(".")) {
                    classes.add(m.group(2));
                } else {
                    id[0] = m.group(2);
                }
            } else if (m.group(3) != null) {
                unsupported.add(m.group(3) + "=" + m.group(4));
            } else if (!m.group(5).equals(":")) {
                classes.add(m.group(5)); // a bare word: Pandoc reads it as a class too
            }
        }
    }

    /** A box holding any blocks, whose line is its opening line's; how it continues is its kind's. */
    abstract static class BoxParser extends AbstractBlockParser {
        final FencedDiv block = new FencedDiv();
        BasedSequence opening = BasedSequence.NULL;

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return true;
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setCharsFromContent();
            // From the opening line, so the box's line is that line's.
            int end = Math.max(opening.getEndOffset(), block.getChars().getEndOffset());
            block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
        }
    }

    private static final class DivParser extends BoxParser {
        /** A MyST directive ({@code :::{admonition} Title}) whose first lines may still be options ({@code :class: tip}). */
        boolean options;

        /** The first line after the last blank one this div has read: where raw HTML open inside it started. */
        private String sinceBlank = "";
        private boolean blankBefore = true;

        @Override
        public BlockContinue tryContinue(ParserState state) {
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            if (state.getIndent() < 4 && CLOSE.matcher(rest).matches()
                    && !openInside(state, this, parser -> parser instanceof DivParser || holdsTextPast(parser, sinceBlank))) {
                // Not matched: Flexmark closes this div and everything open inside it; the fence line
                // itself is then taken by a FenceLine, so it never becomes text.
                state.getProperties().set(CLOSED_AT, state.getLineNumber());
                return BlockContinue.none();
            }
            if (state.isBlank()) {
                blankBefore = true;
            } else if (blankBefore) {
                blankBefore = false;
                sinceBlank = rest.toString();
            }
            if (options) {
                Matcher option = MystDirectives.OPTION.matcher(rest);
                options = option.matches();
                if (options) {
                    MystDirectives.option(block, option);
                    return BlockContinue.atIndex(state.getLine().length()); // the line is read: none of it is content
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /**
     * Whether a block of the given kind is open inside {@code box}: a closing fence belongs to the innermost open div,
     * and a box's closing line is only text inside code or raw HTML.
     */
    static boolean openInside(ParserState state, BlockParser box, java.util.function.Predicate<BlockParser> kind) {
        boolean inner = false;
        for (BlockParser parser : state.getActiveBlockParsers()) {
            if (parser == box) {
                inner = true;
            } else if (inner && kind.test(parser)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most boxes open inside one another: far beyond any real page, and a bound on each line's work. Thousands of
     * boxes opened and never closed took minutes to read, every line asking every open box whether it closes it.
     */
    static final int MAX_BOXES = 64;

    private static int boxesOpen(ParserState state) {
        int open = 0;
        for (BlockParser parser : state.getActiveBlockParsers()) {
            if (parser instanceof BoxParser) {
                open++;
            }
        }
        return open;
    }

    /**
     * Raw HTML that ends at its own closing tag (a {@code <pre>}, {@code <script>}, {@code <style>}, {@code <textarea>}
     * or a comment), whose first line is {@code started}: a div's closing fence inside it is its text.
     */
    private static final Pattern ENDS_AT_ITS_TAG = Pattern.compile("(?i)^(<(pre|script|style|textarea)([\\s>/]|$)|<!|<\\?)");

    /**
     * Whether a block takes a div's closing fence as its text: code, a Hugo highlight, and raw HTML that ends at its
     * closing tag. Raw HTML that CommonMark ends at a blank line ({@code <input type="text"/>}, a {@code <table>}) does
     * not: Docusaurus, Pandoc and Quarto, whose boxes these are, end such an element at its tag, and a box holding one
     * line of it, {@code :::note} then {@code <input type="text"/>} then {@code :::}, as CodeYourFuture's syllabus has,
     * swallowed its fence and the page after it.
     */
    static boolean holdsTextPast(BlockParser parser, String started) {
        return parser.getBlock() instanceof FencedCodeBlock || parser instanceof ShortcodeNodes.CodeParser
                || parser.getBlock() instanceof HtmlBlock && ENDS_AT_ITS_TAG.matcher(started).find();
    }

    /** Whether a block takes its lines as they are written: code, raw HTML, a Hugo highlight. */
    static boolean holdsText(BlockParser parser) {
        return parser.getBlock() instanceof FencedCodeBlock || parser.getBlock() instanceof HtmlBlock
                || parser instanceof ShortcodeNodes.CodeParser;
    }

    static final com.vladsch.flexmark.util.data.DataKey<Integer> CLOSED_AT =
            new com.vladsch.flexmark.util.data.DataKey<>("HB_FENCED_DIV_CLOSED_AT", -1);

    /** The closing fence of a div: consumed, renders nothing. */
    static final class FenceLine extends Block {
        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A block that is its one line and takes no more: a closing fence, a figure, a box written on one line. */
    static class LineParser extends AbstractBlockParser {
        private final Block block;

        LineParser(Block block, BasedSequence line) {
            this.block = block;
            block.setChars(line);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /** An MkDocs admonition: its content is every following line indented by four spaces, and the blank lines among them. */
    private static final class AdmonitionParser extends BoxParser {
        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                // Blank lines belong to the box, even before its content: MkDocs allows one after the opening line.
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            return state.getIndent() >= ADMONITION_INDENT ? BlockContinue.atColumn(state.getColumn() + ADMONITION_INDENT)
                    : BlockContinue.none();
        }
    }

    /** The box an MkDocs admonition line (or content tab) opens, or null when the line is none. */
    static AdmonitionParser admonition(BasedSequence line) {
        Matcher tab = TAB.matcher(line);
        if (tab.matches()) {
            AdmonitionParser parser = new AdmonitionParser();
            parser.block.classes.add("tab");
            parser.block.title = tab.group(2);
            parser.block.folded = false;
            parser.opening = line;
            return parser;
        }
        Matcher fold = TITLED_FOLD.matcher(line);
        if (fold.matches()) {
            AdmonitionParser parser = new AdmonitionParser();
            parser.block.title = fold.group(2);
            parser.block.folded = true;
            parser.block.open = fold.group(1).equals("???+");
            parser.opening = line;
            return parser;
        }
        Matcher m = ADMONITION.matcher(line);
        if (!m.matches() || !Character.isLowerCase(m.group(2).codePointAt(0)) && !capitalisedKindTaken(m.group(2), m.group(3))) {
            return null;
        }
        AdmonitionParser parser = new AdmonitionParser();
        for (String name : m.group(2).split("[ \\t]+")) {
            parser.block.classes.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        String kind = parser.block.name();
        // MkDocs titles an untitled box by its kind: "!!! abstract" is headed "Abstract".
        parser.block.title = m.group(3) != null ? m.group(3)
                : LABELS.getOrDefault(kind, kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1));
        parser.block.titleLabel = m.group(3) == null && LABELS.containsKey(kind) ? kind : null;
        parser.block.folded = !m.group(1).equals("!!!");
        parser.block.open = m.group(1).equals("???+");
        parser.opening = line;
        return parser;
    }

    /**
     * Whether a kind written with a capital ({@code !!! Info "Staff only"}, {@code ??? Question}, {@code !!! WARNING}) opens
     * a box: MkDocs reads the kind in any case, and many sites capitalise it. Taken when a title in quotes follows, or
     * when the line is a kind of box alone; so a line of prose such as "!!! Do not share" or "!!! Note well" stays prose.
     */
    private static boolean capitalisedKindTaken(String classes, String title) {
        return title != null || !classes.contains(" ") && !classes.contains("\t")
                && BoxStyles.of(classes.toLowerCase(java.util.Locale.ROOT)) != null;
    }

    private static final class Factory implements CustomBlockParserFactory {
        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) {
                        return BlockStart.none();
                    }
                    BasedSequence line = state.getLine();
                    if (CLOSED_AT.get(state.getProperties()) == state.getLineNumber()) {
                        BlockParser[] next = ShortcodeBlocks.afterClosingTags(state, line.subSequence(state.getNextNonSpaceIndex()).trimEOL(), line);
                        if (next != null) {
                            return BlockStart.of(next).atIndex(line.length());
                        }
                        return BlockStart.of(new LineParser(new FenceLine(), line.trimEOL())).atIndex(line.length());
                    }
                    BlockParser[] opened = opens(matched, state, line);
                    // Hostile nesting: past the limit the line stays text (each line would ask every open box).
                    return opened == null || boxesOpen(state) >= MAX_BOXES ? BlockStart.none()
                            : BlockStart.of(opened).atIndex(line.length());
                }
            };
        }

        /** The box (or, for a shortcode, the blocks) this line opens, or null. */
        private static BlockParser[] opens(MatchedBlockParser matched, ParserState state, BasedSequence line) {
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEOL();
            AdmonitionParser admonition = admonition(rest);
            // Python-Markdown's admonition (and pymdownx's details) look for their line anywhere in a block, at its left
            // edge: so "!!! tip" straight after a line of prose (or a "[comment]: <> (...)" line) opens a box, and the
            // lines before it are read on their own. Indented, it stays the paragraph's text; content tabs are not asked.
            if (admonition != null && matched.getBlockParser().isParagraphParser()
                    && (state.getIndent() > 0 || TAB.matcher(rest).matches())) {
                admonition = null;
            }
            if (admonition != null) {
                return new BlockParser[] {admonition};
            }
            BlockParser[] shortcode = ShortcodeBlocks.open(state, rest, line);
            if (shortcode != null) {
                return shortcode;
            }
            Matcher m = OPEN.matcher(rest);
            if (!m.matches()) {
                return null;
            }
            DivParser parser = new DivParser();
            String[] id = {""};
            if (m.group(2) != null) {
                parser.block.classes.add(m.group(2));
            }
            for (String attributes : new String[] {m.group(3), m.group(6)}) {
                if (attributes != null) {
                    readAttributes(attributes, parser.block.classes, id, parser.block.unsupported);
                }
            }
            parser.block.id = id[0];
            // MyST's colon fence, :::{dropdown} Title, takes options and folds as its code-fence form does; a container's
            // argument is no title: a div's classes, an {only}'s condition.
            String directive = m.group(3) == null ? "" : m.group(3).strip();
            String argument = m.group(5) == null ? "" : m.group(5).strip();
            if (MystDirectives.BOXES.contains(directive) || MystDirectives.TITLED.contains(directive)
                    || MystDirectives.CONTAINERS.contains(directive)) {
                parser.options = true;
                parser.block.folded = directive.equals("dropdown") || directive.equals("toggle");
            }
            if (MystDirectives.PICTURES.contains(directive) && m.group(4) == null && !argument.isEmpty()) {
                // :::{figure} map.png was a box titled "map.png" showing its options as text.
                parser.options = true;
                parser.block.picture = argument;
                argument = "";
            }
            parser.block.bare = directive.equals("glossary") && m.group(4) == null;
            if (MystDirectives.CONTAINERS.contains(directive) && m.group(4) == null) {
                MystDirectives.containerArgument(parser.block, directive, argument);
                parser.block.hidden = directive.equals("only") && !MystDirectives.showsOnTheWeb(argument);
                argument = "";
            }
            // Quarto's callout title: shown as the box's title rather than reported.
            parser.block.unsupported.removeIf(pair -> {
                if (pair.startsWith("title=")) {
                    parser.block.title = pair.substring(6).replaceAll("^([\"'])(.*)\\1$", "$2");
                    return true;
                }
                return false;
            });
            quartoCalloutOptions(parser.block);
            // Docusaurus' title, :::tip[Before you start] or :::tip Before you start.
            String title = m.group(4) != null ? m.group(4) : argument;
            if (title != null && !title.isBlank() && parser.block.title.isEmpty()) {
                parser.block.title = title.strip();
            }
            parser.opening = line.trimEOL();
            return new BlockParser[] {parser};
        }
    }

    /**
     * Quarto's callout options: {@code collapse="true"} folds the box, {@code collapse="false"} folds it open, as Quarto
     * shows them; {@code icon} and {@code appearance} choose how Quarto's theme draws the box, which this theme draws its
     * own way. They were reported on every callout (a Quarto site folds dozens of them), and the boxes shown open.
     */
    private static void quartoCalloutOptions(FencedDiv box) {
        if (box.classes.stream().noneMatch(c -> c.equals("callout") || c.startsWith("callout-"))) {
            return;
        }
        box.unsupported.removeIf(pair -> {
            String key = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1).replaceAll("^([\"'])(.*)\\1$", "$2").strip();
            if (key.equals("collapse") && (value.equals("true") || value.equals("false"))) {
                box.folded = true;
                box.open = value.equals("false");
                return true;
            }
            return key.equals("icon") || key.equals("appearance");
        });
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedDiv.class, this::render),
                    new NodeRenderingHandler<>(FenceLine.class, (node, context, html) -> { }));
        }

        private void render(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
            if (div.hidden) {
                return;
            }
            if (div.bare) {
                context.renderChildren(div);
                return;
            }
            String name = div.name();
            boolean collapsible = div.folded != null ? div.folded : COLLAPSIBLE.contains(name);
            html.line();
            html.attr("class", String.join(" ", div.classes) + (div.classes.isEmpty() ? "" : " ") + "fenced-div");
            if (!div.id.isEmpty()) {
                html.attr("id", div.id);
            }
            if (!div.unsupported.isEmpty()) {
                html.attr(UNSUPPORTED, String.join(" ", div.unsupported));
            }
            if (collapsible && div.open) {
                html.attr("open", "");
            }
            // A figure written in HTML around Markdown (MkDocs Material's <figure markdown="span">, kramdown's
            // markdown="1"), made a box of class figure by content/KramdownHtmlBlocks: a figure still, its <figcaption>
            // inside it, which in a div is no caption.
            String element = collapsible ? "details" : name.equals("figure") && div.title.isEmpty() ? "figure" : "div";
            html.withAttr().tag(element).line();
            if (collapsible) {
                String label = div.title.isEmpty() ? LABELS.containsKey(name) ? name : "show" : div.titleLabel;
                if (label != null) {
                    html.attr(LABEL, labelKey(label)).withAttr();
                }
                html.tag("summary");
                title(html, div.title.isEmpty() ? LABELS.getOrDefault(name, "Show") : div.title);
                html.tag("/summary").line();
            } else if (!div.title.isEmpty()) {
                html.attr("class", "fenced-div-title");
                if (div.titleLabel != null) {
                    html.attr(LABEL, labelKey(div.titleLabel));
                }
                html.withAttr().tag("p");
                title(html, div.title);
                html.tag("/p").line();
            }
            context.renderChildren(div);
            html.tag("/" + element).line();
        }
    }

    /**
     * The label of a kind of box ({@code box.tip} for {@code tip} and Quarto's {@code callout-tip}), as the theme's
     * labels name it.
     */
    static String labelKey(String kind) {
        String plain = kind.equals("callout") ? "note" : kind.startsWith("callout-") ? kind.substring("callout-".length()) : kind;
        return "box." + plain;
    }

    /** A title's inline Markdown; as text when it reads as a block of another kind ("1. Setup" is no list here). */
    static void title(HtmlWriter html, String title) {
        com.vladsch.flexmark.util.ast.Node parsed = TITLE_PARSER.parse(title).getFirstChild();
        String rendered = parsed instanceof Paragraph && parsed.getNext() == null ? TITLE_RENDERER.render(parsed) : "";
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>\n")) {
            html.raw(rendered.substring(3, rendered.length() - 5));
        } else {
            html.text(title);
        }
    }

    /** A title's or caption's words, without their Markdown: for alt text. */
    static String plainText(String markdown) {
        return new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(TITLE_PARSER.parse(markdown)).strip();
    }
}
