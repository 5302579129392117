package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * Markdown to HTML with Flexmark and every syntax the handbook format promises. Each block, link and
 * image carries its source line in a {@code data-hb-line} attribute, so the HTML passes that follow
 * (link rewriting, checks) can report {@code file:line} without re-parsing; the last pass removes them.
 * Instances are immutable and safe to share between threads.
 */
public final class MarkdownConverter {

    /** Attribute carrying the 1-based source line of an element, until {@link SourceLines#strip} removes it. */
    public static final String LINE = "data-hb-line";
    /** Attribute carrying a wiki link's raw target ({@code Title#Heading}) for the link pass to resolve. */
    public static final String WIKI = "data-hb-wiki";
    /** The path of the file whose text an element shows in a page ({@link Includes}), for messages about what is in it. */
    public static final String INCLUDED_FROM = "data-hb-from";
    /** An address in such a text as its author wrote it, before it was made one from the top ({@link Includes}). */
    public static final String WRITTEN = "data-hb-written";
    /** The class of the empty place where a page lists its section's pages, which the link stage fills. */
    public static final String SECTION_PAGES = "section-pages";
    /** Marks a raw HTML element its author left open, which {@link RawHtml} closed; the sanitiser reports it. */
    public static final String UNCLOSED = "data-hb-unclosed";
    /**
     * Marks words the build wrote for a component that gave them in an attribute (VitePress' {@code <Badge text="beta" />}):
     * shown, but no part of a heading's text as other tools make its id from it.
     */
    public static final String WORDS = "data-hb-words";
    /** Marks a link to a MyST target ({@code {ref}`setup`}, {@code [](content:setup)}) by its label, for the link stage to resolve. */
    public static final String REFERENCE = "data-hb-ref";
    /** Marks a link to a page by its path as MyST's {@code {doc}} role writes it, for the link stage to resolve. */
    public static final String DOCUMENT = "data-hb-doc";
    /** The class of the empty element that carries a MyST target's label as its id ({@code (setup)=}). */
    public static final String TARGET = "myst-target";
    /** What a reference to a MyST target shows, kept on it when the heading it was in is gone (the page's title). */
    public static final String LABEL = "data-hb-label";
    /**
     * The text of the page's title heading, which the layout shows instead ({@link LeadingTitle}), on the empty element
     * that keeps its id: the ids GitHub, Pandoc or kramdown give that heading still reach it.
     */
    public static final String HEADING = "data-hb-heading";

    /** Runs of dashes in a heading's id made one ({@code a - b} is {@code a-b}), here and in {@link #headingId}. */
    private static final boolean NO_DUPED_DASHES = true;

    /**
     * The id the Markdown gives a heading of these words (before a second of the same id is numbered): for a pass that
     * changes a heading's words after it was made, to tell an id made from them from one the author gave, and to make it
     * again from the new words (AttributeLists).
     */
    static String headingId(String words) {
        return com.vladsch.flexmark.html.renderer.HeaderIdGenerator.generateId(words, HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.getDefaultValue(),
                HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.getDefaultValue(), NO_DUPED_DASHES,
                HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.getDefaultValue());
    }
    /** Marks words that name a glossary term other than by its text, MyST's {@code {term}`words <Term>`}: the term. */
    public static final String TERM = "data-hb-term";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                QuickHeadings.create(),
                LazyLineHtml.create(),
                TablesExtension.create(),
                TablesAfterText.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                QuickAutolinks.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                WikiLinkExtension.create(),
                new CommonMarkLinks(),
                FencedDivs.create()));
        // A bare address is a link only on the web, as GitHub's rule has it (http, https, ftp; www. and e-mail addresses):
        // unix:///var/run/app.sock in a table is text, not a link the sanitiser would then have to take away.
        options.set(com.vladsch.flexmark.ext.autolink.AutolinkExtension.IGNORE_LINKS,
                "(?i)(?!(?:https?|ftp|mailto):)[a-z][a-z0-9+.-]*:.*");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // GitHub's tables take a delimiter cell of one dash (|-|------|, a README's narrow column of logos); Flexmark asks
        // for three by default and left such a table as text.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, NO_DUPED_DASHES); // as headingId makes one
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // CommonMark's hrefs: spaces, backslashes, quotes and non-ASCII percent-encoded (spec examples 502–507).
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        // Flexmark drops a javascript: link's address (and a javascript: picture whole) without a word; rendered, it reaches
        // the sanitiser, which removes it and tells the author, as it does for vbscript: and for the same link in HTML.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        // Flexmark's provider of attributes kept in the tree (no extension used here puts any there) looks through a
        // node's children for them at each tag it writes; the footnotes' tags are written for the whole document, so
        // a page's footnotes cost its blocks times its notes (10,000 notes: 5.5 s).
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
        options.set(DefinitionExtension.TILDE_MARKER, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new SourceLineAttributes())
                .nodeRendererFactory(rendererOptions -> RawHtml.renderer(node -> RAW_HTML.get(node.getDocument())))
                .nodeRendererFactory(rendererOptions -> new PlainText())
                .build();
    }

    /**
     * @param firstLine the file line on which {@code markdown} starts, so recorded lines are file lines
     * @return an HTML fragment
     */
    public String toHtml(String markdown, int firstLine) {
        markdown = EmptyDefinitions.apply(LongTagLines.escape(MystComments.blank(RaspberryPiBlocks.apply(markdown))));
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        if (markdown.contains("{")) {
            MystDirectives.expand(document, parser); // ```{note} boxes: before the raw HTML is planned, so theirs is too
            CodeBlockAttributes.apply(document); // ```{.python .content-visible when-format="html"}: Quarto's code blocks
        }
        if (MystReferences.mayHold(markdown)) {
            MystReferences.apply(document);
        }
        document.set(FIRST_LINE, firstLine);
        // Lines are counted in the page's own string: through the document's sequence, a character at a time
        // costs a bounds check and an interface call for each, which was a sixth of all Markdown time.
        LineNumbers lines = LineNumbers.of(markdown);
        document.set(LINE_NUMBERS, lines);
        document.set(RAW_HTML, RawHtml.plan(document, firstLine, lines));
        // Room for the whole page at once: grown from Flexmark's empty builder it was copied a dozen times.
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 2 + 256);
        renderer.render(document, html);
        return html.toString();
    }

    private static final com.vladsch.flexmark.util.data.DataKey<Integer> FIRST_LINE =
            new com.vladsch.flexmark.util.data.DataKey<>("HB_FIRST_LINE", 1);
    private static final com.vladsch.flexmark.util.data.DataKey<LineNumbers> LINE_NUMBERS =
            new com.vladsch.flexmark.util.data.DataKey<>("HB_LINE_NUMBERS", LineNumbers.of(""));
    private static final com.vladsch.flexmark.util.data.DataKey<java.util.Map<Node, String>> RAW_HTML =
            new com.vladsch.flexmark.util.data.DataKey<>("HB_RAW_HTML", java.util.Map.of());

    private static String withoutTrailingBackslash(String text) {
        return text.endsWith("\\") ? text.substring(0, text.length() - 1) : text;
    }

    /** Records source lines on blocks, links and images, and the raw target of wiki links. */
    private static final class SourceLineAttributes extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            int firstLine = FIRST_LINE.get(context.getDocument());
            LineNumbers lines = LINE_NUMBERS.get(context.getDocument());
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                // Table rows are not blocks, but a cell's problem is best reported on its row's line.
                boolean located = node instanceof Block || node instanceof Link || node instanceof Image || node instanceof WikiLink
                        || node instanceof TableRow || node instanceof MystReferences.Role;
                if (located && part != AttributablePart.ID) {
                    attributes.replaceValue(LINE, String.valueOf(firstLine + lines.of(node.getStartOffset())));
                }
                if (node instanceof WikiLink wiki && part == AttributablePart.LINK) {
                    // In a table Obsidian writes [[Page\|label]], the bar escaped from the table: the backslash is no part of the target.
                    String target = withoutTrailingBackslash(wiki.getPageRef().toString());
                    if (!wiki.getAnchorRef().isEmpty()) {
                        target += "#" + withoutTrailingBackslash(wiki.getAnchorRef().toString());
                    }
                    // As Obsidian reads it, the target is its characters: [[Notes&nbsp;]] names the note "Notes&nbsp;", as the
                    // file is called. Flexmark keeps a character reference in an attribute as it is, and the parser read it
                    // as the character; the ampersand is escaped so that the attribute holds what was written.
                    attributes.replaceValue(WIKI, target.replace("&", "&amp;"));
                }
            };
        }
    }
}
