package org.handbookpress.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.SpacedAddresses;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.links.PandocHeadingReferences;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.text.CjkFlanking;
import org.handbookpress.text.SmartQuotes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Reports text in a page's HTML that still looks like Markdown: an image or link ({@code ![…](…)},
 * {@code […](…)}), a link whose words close twice ({@code [words]](…)}), a reference link whose label is never defined ({@code [words][label]}), strong emphasis ({@code **…}), a table's separator line ({@code |---|}), a
 * heading line ({@code # …}) or a footnote reference with no note ({@code [^1]}). Such text is Markdown that did not render — a destination the parser
 * refused, Markdown inside a raw HTML block — and would otherwise be published as punctuation. So is what a word processor
 * wrote in Markdown's place, which no reader of Markdown takes for it: a list with its bullets ({@link PastedBullets}), a
 * table's line of en or em dashes, a heading's {@code #} with a non-breaking space after it or written full-width ({@code ＃}),
 * a link's title in curly quotes.
 * Code and preformatted text are left alone: Markdown shown there is meant.
 */
public final class UnrenderedMarkdown implements HtmlPass {

    public static final String CODE = "markdown.unrendered";
    static final String STRAY_BRACKET = "a link with a stray ']'";
    static final String TABLE = "a table";
    static final String TABLE_DASHES = "a table's |---| line typed with long dashes (– or —)";
    static final String HEADING = "a heading";
    static final String HEADING_NBSP = "a heading with a non-breaking space after its #";
    static final String HEADING_FULL_WIDTH = "a heading with a full-width ＃";
    static final String REFERENCE_LINK = "a reference link";
    static final String FOOTNOTE = "a footnote";
    /** A line in a table's cell cannot be a heading: "# of places" there is words. */
    private static final java.util.Set<String> HEADINGS = java.util.Set.of(HEADING, HEADING_NBSP, HEADING_FULL_WIDTH);

    /**
     * @param marker    text every match of the pattern contains: a text node without it is not searched. Every
     *                  page's every text node passes here, and almost none holds any of these shapes.
     * @param wholeLine whether the shape is a line's (a heading, a table's rule): at a text's start it counts only where
     *                  a line starts ({@link #startsALine})
     */
    record Shape(String name, Pattern pattern, String marker, boolean wholeLine) {

        Shape(String name, Pattern pattern, String marker) {
            this(name, pattern, marker, false);
        }
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("an image", Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)"), "]("),
            new Shape("a link", Pattern.compile("(?<!!)\\[[^\\]\\n]+\\]\\([^)\\n]*\\)"), "]("),
            // A link's words closed twice, ["Neden Bağışları…]](https://…) (opensource.guide): the first ']' ends the words,
            // and with no '(' after it nothing is a link. Not after an open '[' on its line: [a [b]](…) is words in brackets.
            // Its address may be a text of its own, a web address the autolinker made a link of.
            new Shape(STRAY_BRACKET, Pattern.compile("(?<!\\[[^\\[\\]\\n]{0,200})!?\\[[^\\[\\]\\n]*\\]\\]\\((?:[^)\\n]*\\))?"), "]]("),
            // A reference whose label the page never defines ([the video][intro-video], [words][]) stays its brackets;
            // after a word or a bracket it is an index (rota[2][3]), or the words of a link in brackets.
            new Shape(REFERENCE_LINK, Pattern.compile("(?<![\\w\\]\\\\])!?\\[[^\\]\\[\\n]+\\]\\[[^\\]\\[\\n]*\\]"), "]["),
            // An opening run, or one before a space that a closing run after a word follows on the line (** Examples**),
            // which CommonMark cannot open; "5 ** 3" and "2 ** x ** 2" are none.
            new Shape("strong emphasis", Pattern.compile("(?<![\\w*\\\\])\\*\\*(?=[^\\s*]|[ \\t]+[^\\s*][^*\\n]*?[^\\s*]\\*\\*(?![\\w*]))"), "**"),
            // A cell of one dash is enough, as for the tables that render (MarkdownConverter): |-|-| left unread counts too.
            new Shape(TABLE, Pattern.compile("(?m)^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$"), "|", true),
            // A word processor's autocorrect makes the hyphens of |---| en or em dashes (|—|—|, | –– | –– |), which no
            // table's line holds: the table is one paragraph of pipes, and the |---| shape above, all hyphens, missed it.
            new Shape(TABLE_DASHES, Pattern.compile("(?m)^(?=[^\\n]*[–—])[ \\t]*\\|?[ \\t]*:?[-–—]+:?[ \\t]*(?:\\|[ \\t]*:?[-–—]+:?[ \\t]*)+\\|?[ \\t]*$"),
                    "|", true),
            new Shape(HEADING, Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+\\S.*$"), "#", true),
            // A '#' must have a space or a tab after it (CommonMark): the non-breaking space Word and Google Docs put there
            // (U+00A0, or U+3000, the ideographic one) leaves "# Title" as text. Not rendered as a heading, as no other
            // reader of the file (GitHub, an editor's preview) would: the author is told, and fixes the file once.
            new Shape(HEADING_NBSP, Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[\\u00A0\\u3000][ \\t\\u00A0\\u3000]*[^\\s\\u00A0\\u3000].*$"), "#", true),
            // The full-width ＃ (U+FF03) of a Chinese or Japanese keyboard's full-width mode is no heading's mark; one with a
            // space after it is, plainly, meant as one (without, ＃話題 is a hashtag).
            new Shape(HEADING_FULL_WIDTH, Pattern.compile("(?m)^[ \\t]{0,3}＃{1,6}[ \\t\\u00A0\\u3000]+[^\\s\\u00A0\\u3000].*$"), "＃", true),
            // A reference to a footnote the page never writes is left as its brackets; a label is a word, a number or a
            // name of several ([^2], [^long-note]), so a regular expression's class in text ([^\s], [^"]) is none.
            new Shape(FOOTNOTE, PageFootnotes.REFERENCE, "[^"));
    /** A Pandoc page's reference link to no label: its label may have been meant as a heading's words. */
    private static final String HEADING_REFERENCE_FIX = "write the words of one of the book's headings as its label, [words][Heading words], "
            + "as Pandoc links to a heading, or define the label on a line of its own, [label]: https://…";
    private static final Shape REFERENCE_SHAPE = SHAPES.stream().filter(s -> s.name().equals(REFERENCE_LINK)).findFirst().orElseThrow();
    private static final List<Shape> WITHOUT_REFERENCES = SHAPES.stream().filter(s -> s != REFERENCE_SHAPE).toList();
    private static final java.util.Set<String> VERBATIM = java.util.Set.of("code", "pre", "script", "style", "textarea", "kbd", "samp");
    private static final java.util.Set<String> CELLS = java.util.Set.of("td", "th");

    private final Findings findings;
    /**
     * Whether this is the check of the reference links of the pages Pandoc reads, after their headings have made links of
     * those that name one ({@link PandocHeadingReferences}); the check before it leaves them to this one.
     */
    private final boolean headingReferences;

    public UnrenderedMarkdown(Findings findings) {
        this(findings, false);
    }

    private UnrenderedMarkdown(Findings findings, boolean headingReferences) {
        this.findings = findings;
        this.headingReferences = headingReferences;
    }

    /**
     * The reference links left as text in an R Markdown or Quarto page once its headings are known, whose words are labels
     * there ({@link PandocHeadingReferences}): checked after that pass, with the index of every page's headings.
     */
    public static UnrenderedMarkdown afterHeadingReferences(Findings findings) {
        return new UnrenderedMarkdown(findings, true);
    }

    @Override
    public void apply(PageHtml html) {
        boolean pandoc = PandocHeadingReferences.readsPage(html.page());
        if (headingReferences && !pandoc) {
            return;
        }
        // A Pandoc page's [words][label] may be a link to a heading, which is known once every page's headings are.
        List<Shape> shapes = headingReferences ? List.of(REFERENCE_SHAPE) : pandoc ? WITHOUT_REFERENCES : SHAPES;
        SourcePosition source = new SourcePosition(html.page());
        Map<Element, Integer> newlinesSeen = new IdentityHashMap<>();
        int[] lastLocated = {source.firstLine()};
        // One unrendered "**" a line: an opening and a closing pair left as text ("**Save (Ctrl+S)**to") are one mistake.
        java.util.Set<Integer> emphasisLines = new java.util.HashSet<>();
        // A run of lines is asked about bullets once, from its first text that holds one (by its first node); a line is
        // told of them once, where a list's first item is also a paragraph's first line.
        java.util.Set<Node> bulletedRuns = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<Integer> bulletLines = new java.util.HashSet<>();
        // The page's notes, read for a reference that names none: the note it may mean is named with it.
        java.util.function.Supplier<PageFootnotes> footnotes = PageFootnotes.whenAsked(html.page());
        Element root = html.content();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.hasAttr(MarkdownConverter.LINE)) {
                lastLocated[0] = SourceLines.of(e);
            }
            if (headingReferences) {
                if (node instanceof TextNode text && !within(text, VERBATIM)) {
                    Element block = locatedAncestor(text);
                    int base = block == null ? 0 : SourceLines.of(block) + newlinesSeen.getOrDefault(block, 0);
                    scan(html, source, text, base, lastLocated[0], false, emphasisLines, shapes, footnotes);
                    if (block != null) {
                        newlinesSeen.merge(block, SourceLines.newlines(text.getWholeText(), text.getWholeText().length()), Integer::sum);
                    }
                }
                return;
            }
            if (node instanceof Element list && (list.normalName().equals("ul") || list.normalName().equals("ol"))) {
                bulletedItems(html, source, list, bulletLines);
            }
            if (node instanceof TextNode text && !within(text, VERBATIM)) {
                Element block = locatedAncestor(text);
                int base = block == null ? 0 : SourceLines.of(block) + newlinesSeen.getOrDefault(block, 0);
                // Only a text with a '#' could be taken for a heading: the others are not walked up for their cell.
                boolean inCell = (text.getWholeText().indexOf('#') >= 0 || text.getWholeText().indexOf('＃') >= 0) && within(text, CELLS);
                scan(html, source, text, base, lastLocated[0], inCell, emphasisLines, shapes, footnotes);
                linkBeforeAutolink(html, source, text, base, lastLocated[0]);
                if (PastedBullets.mayHold(text.getWholeText())) {
                    PastedBullets.Run run = PastedBullets.Run.around(text, root);
                    if (bulletedRuns.add(run.first())) {
                        bullets(html, source, run, lastLocated[0], bulletLines);
                    }
                }
                if (block != null) {
                    newlinesSeen.merge(block, SourceLines.newlines(text.getWholeText(), text.getWholeText().length()), Integer::sum);
                }
            }
        }, html.content());
    }

    /**
     * A list pasted with a word processor's bullets, its lines run together: said at its first bullet ({@link PastedBullets}).
     * The lines are a run's ({@link PastedBullets.Run}: a paragraph, a tight list item, the words of a raw HTML
     * {@code <div>}), numbered from its block's; where the block has no line of its own (words written straight after a raw HTML tag, {@code <img …>} and then the list), the
     * bullet's line is looked for in the source after the last line known, and that line is said if it is not found.
     *
     * @param from the line of the last element with one before the block's first bullet, where the search starts
     */
    private void bullets(PageHtml html, SourcePosition source, PastedBullets.Run run, int from, java.util.Set<Integer> bulletLines) {
        Element block = run.block();
        String text = run.text();
        int first = PastedBullets.firstBulletLine(text);
        if (first < 0) {
            return;
        }
        String bullet = PastedBullets.bulletOn(text, first);
        int line;
        if (block.hasAttr(MarkdownConverter.LINE)) {
            line = SourceLines.of(block) + first;
        } else {
            String typed = text.split("\n", -1)[first].strip();
            int found = lineInSource(source, typed.substring(0, Math.min(typed.length(), 12)), Math.max(from, source.firstLine()));
            line = found > 0 ? found : Math.max(from, source.firstLine());
        }
        if (bulletLines.add(line)) {
            findings.add(new Finding(html.page().path(), line, source.column(line, bullet), Severity.WARNING, CODE,
                    "this text looks like " + PastedBullets.NAME + " in Markdown that did not render, its lines run together: '"
                            + abbreviate(PastedBullets.fromLine(text, first).strip().replaceAll("\\s+", " ")) + "'", PastedBullets.FIX));
        }
    }

    /**
     * A list whose items start with a word processor's bullet besides the list's own ({@code - • Tea}, {@code <li>• Tea}),
     * so each shows two: said at the first such item, when two of the list's items start with the same bullet.
     */
    private void bulletedItems(PageHtml html, SourcePosition source, Element list, java.util.Set<Integer> bulletLines) {
        Element item = PastedBullets.firstBulletedItem(list);
        if (item == null || within(item, VERBATIM)) {
            return;
        }
        int line = Math.max(SourceLines.of(item), source.firstLine());
        String bullet = PastedBullets.itemBullet(item);
        if (bulletLines.add(line)) {
            findings.add(new Finding(html.page().path(), line, source.column(line, bullet), Severity.WARNING, CODE,
                    "this list's items start with a word processor's bullet, '" + bullet + "', as well as the list's own, so "
                            + "each shows two: '" + abbreviate(item.text()) + "'", PastedBullets.ITEM_FIX));
        }
    }

    /** @param inCell a table cell's text: a line there cannot be a heading, so "# of places" is words, not a heading */
    private void scan(PageHtml html, SourcePosition source, TextNode node, int baseLine, int searchFrom, boolean inCell,
                      java.util.Set<Integer> emphasisLines, List<Shape> shapes, java.util.function.Supplier<PageFootnotes> footnotes) {
        String text = node.getWholeText();
        Boolean startsLine = null; // asked only for a match of a line's shape at the text's start
        for (Shape shape : shapes) {
            if (!text.contains(shape.marker()) || inCell && HEADINGS.contains(shape.name())) {
                continue;
            }
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                if (m.start() == 0 && shape.wholeLine()
                        && !(startsLine != null ? startsLine : (startsLine = startsALine(node)))) {
                    continue; // "## Unit vs E2E" as a link's words in mid-sentence: a line's shape, but not at a line's start
                }
                String found = m.group().strip();
                int line = baseLine == 0 ? lineInSource(source, found, searchFrom) : baseLine + SourceLines.newlines(text, m.start());
                if (escaped(source.line(line), found)) {
                    continue; // the author wrote \*\* or \# to show the punctuation, as the fix below advises
                }
                if (shape.marker().equals("**") && !emphasisLines.add(line)) {
                    continue;
                }
                if (shape.marker().equals("](") && (found.contains("{{") || found.contains("{%"))) {
                    continue; // [Home]({{ site.baseurl }}/): its template tag is what broke it, and syntax.liquid tells that
                }
                int column = column(source, line, text, m);
                if (shape.name().equals(FOOTNOTE)) {
                    findings.add(footnote(html, line, column, found, footnotes.get()));
                    continue;
                }
                findings.add(new Finding(html.page().path(), line, column, Severity.WARNING, CODE,
                        "this text looks like " + shape.name() + " in Markdown that did not render: '" + abbreviate(found) + "'",
                        shape.marker().equals("](") ? linkFix(shape.name(), found)
                                : shape.marker().equals("**") ? emphasisFix(shape, text, source.line(line))
                                : shape.name().equals(TABLE) ? tableFix(node, text, m.start())
                                : headingReferences ? HEADING_REFERENCE_FIX
                                : shape.name().equals(HEADING) && emphasised(node) ? EMPHASISED_HEADING_FIX : fix(shape.name())));
            }
        }
    }

    /**
     * The fix for a heading's mark inside emphasis, {@code **# Generate a key**} (codebar's tutorials): the line is on its
     * own already, and the asterisks are what keeps it from being a heading.
     */
    static final String EMPHASISED_HEADING_FIX = "the # is inside the asterisks of bold or italic words, which Markdown shows as "
            + "written: for a heading, take the asterisks away (## Generate a key); for bold words, take the # out";

    /** Whether the text is within bold or italic words. */
    private static boolean emphasised(TextNode node) {
        return node.parent() instanceof Element parent && java.util.Set.of("strong", "em", "b", "i").contains(parent.normalName());
    }

    /**
     * A reference to a note the page does not write ({@code [^volunteer]}), and the note of a near name it may mean, whose
     * name is misspelt ({@code [^volunter]: …}): the Markdown pairs them by name exactly, and dropped that note without a
     * word.
     */
    private static Finding footnote(PageHtml html, int line, int column, String found, PageFootnotes footnotes) {
        String what = "this text looks like " + FOOTNOTE + " in Markdown that did not render: '" + abbreviate(found) + "'";
        String name = found.substring(2, found.length() - 1);
        java.util.Optional<PageFootnotes.Named> written = footnotes.note(name);
        if (written.isPresent()) {
            // The note is there: the reference stands where Markdown is not read (raw HTML, as a <div> or a table pasted in).
            return new Finding(html.page().path(), line, column, Severity.WARNING, CODE, what + ": its note is written, on line "
                    + written.get().line() + ", but this reference stands where Markdown is not read, such as inside raw HTML",
                    "move the reference into the Markdown text, or leave a blank line between the HTML and the text it is in");
        }
        java.util.Optional<PageFootnotes.Named> near = footnotes.noteNear(name);
        if (near.isEmpty()) {
            return new Finding(html.page().path(), line, column, Severity.WARNING, CODE, what, fix(FOOTNOTE));
        }
        String note = "[^" + near.get().name() + "]";
        int at = near.get().line();
        String fix = footnotes.isUsed(near.get().name())
                ? "write " + note + " for this reference, as the note is named (a note's name and its references' must be the same, "
                        + "capitals too), or write a note " + found + ": of its own"
                : "rename one so they match, " + found + " here or " + note + ": on line " + at
                        + " (a note's name and its reference's must be the same, capitals too): the note is not shown until they do";
        return new Finding(html.page().path(), line, column, Severity.WARNING, CODE,
                what + ": no note is named so — did you mean " + note + ", the note on line " + at + "?", fix);
    }

    /**
     * A link's words and its opening parenthesis before a web or e-mail address the autolinker made a link of: {@code
     * [rota](https://example.org/rota “The rota”)} or {@code [the guide](https://example.org/our guide.pdf)}, a link (or a
     * picture) left as text for what follows its address. The shapes, each matched in one text, never saw it whole, and such a link
     * (most of a handbook's links to other sites) was not reported at all.
     */
    private static final Pattern BEFORE_AUTOLINK = Pattern.compile("(?<!\\])(!?)\\[[^\\[\\]\\n]*\\]\\((?:mailto:)?$");

    private void linkBeforeAutolink(PageHtml html, SourcePosition source, TextNode text, int baseLine, int searchFrom) {
        String whole = text.getWholeText();
        if (!whole.endsWith("(") && !whole.endsWith("mailto:")
                || !(text.nextSibling() instanceof Element autolink) || !autolink.normalName().equals("a")
                || autolink.hasAttr(MarkdownConverter.LINE) || !(autolink.nextSibling() instanceof TextNode after)) {
            return; // an autolink has no line of its own: a link written in Markdown has
        }
        Matcher m = BEFORE_AUTOLINK.matcher(whole);
        String rest = after.getWholeText();
        int close = rest.indexOf(')');
        int newline = rest.indexOf('\n');
        if (!m.find() || close < 0 || newline >= 0 && newline < close) {
            return;
        }
        String found = (m.group() + autolink.text() + rest.substring(0, close + 1)).strip();
        boolean image = !m.group(1).isEmpty();
        if (!image && m.group().startsWith("[]")) {
            return; // [](…) is no link's words: an empty pair of brackets before a parenthesis
        }
        int line = baseLine == 0 ? lineInSource(source, m.group().strip(), searchFrom) : baseLine + SourceLines.newlines(whole, m.start());
        if (escaped(source.line(line), m.group().strip())) {
            return;
        }
        findings.add(new Finding(html.page().path(), line, column(source, line, whole, m), Severity.WARNING, CODE,
                "this text looks like " + (image ? "an image" : "a link") + " in Markdown that did not render: '" + abbreviate(found) + "'",
                linkFix(image ? "an image" : "a link", found)));
    }

    /**
     * A link written the wrong way round, a web address in the brackets and words in the parentheses
     * ({@code [https://example.org/list](see the list)}, as codebar's tutorials have it): the words' spaces left it as text,
     * and the editor was told to put the words in angle brackets, as if they were the address. Words: no slash in them.
     */
    private static final Pattern SWAPPED = Pattern.compile("^\\[((?:https?://|www\\.)[^\\s\\]]+)\\]\\(([^()/<>]*\\s[^()/<>]*)\\)$");

    /**
     * The fix for a link or picture left as text: its curly quotes, or the spaces in its address, where either is there,
     * which CommonMark refuses ({@code [Our policy](our policy.md)}, read as a link by MkDocs' Python-Markdown, so written
     * in pages brought from there); the address as it may be written is shown.
     */
    private static String linkFix(String shape, String found) {
        if (hasCurlyQuoteInParentheses(found)) {
            return CURLY_QUOTES_IN_LINK;
        }
        Matcher swapped = SWAPPED.matcher(found);
        if (swapped.find()) {
            return "the words and the address are the wrong way round: Markdown writes the words in the brackets and the address "
                    + "in the parentheses, [" + swapped.group(2).strip() + "](" + swapped.group(1) + ")";
        }
        return SpacedAddresses.of(found).map(address -> "Markdown ends an address at a space, so this is no " + (shape.equals("an image") ? "picture" : "link") + ": write the "
                + "address in angle brackets, (<" + address + ">), or with %20 for each space, (" + SpacedAddresses.encoded(address) + ")")
                .orElse(fix(shape));
    }

    /**
     * The fix for a link or picture left as text with a word processor's curly quotes in its parentheses,
     * {@code [rota](rota.md “The rota”)}, or French guillemets, {@code [planning](planning.md «Le planning»)}, {@code
     * [planning](« planning.md »)} (the quotes of {@link SmartQuotes}): a title must be in straight quotes, and with curly
     * ones nothing is a link. (An address alone in them, {@code (“rota.md”)}, renders, and the link check says what to do.)
     */
    static final String CURLY_QUOTES_IN_LINK = "a word processor's curly quotes (“ ” or « ») are no Markdown: write a link's title in "
            + "straight quotes, (rota.md \"The rota\"), or leave it out, and an address without quotes (in <angle brackets> if "
            + "it has spaces)";

    /**
     * Whether a link left as text has one of {@link SmartQuotes} after its opening parenthesis, as a quote: an apostrophe
     * in its address ({@code (https://example.org/it’s our guide.pdf)}, left as text for its spaces) is none, and was
     * told to be straightened rather than the address put in angle brackets.
     */
    private static boolean hasCurlyQuoteInParentheses(String found) {
        for (int at = found.indexOf('(') + 1; at > 0 && at < found.length(); at++) {
            if (SmartQuotes.isQuoteAt(found, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column of a match in its source line, looked for with the words around it in its text: "**" alone was found at
     * the line's first pair of asterisks, which may be a pair that rendered ({@code **重要。**の後、**未完} gave column 1 for
     * the leftover at 11). The context is taken from the match's own line of the text, shorter and shorter until the
     * source has it (the source may differ around it: an entity, a link's address). A match that begins its text (after
     * a link or another element) is left to the first in the line: beside a link, {@code **[guide](rota.md)**.}, that is
     * the opening pair, where the mistake starts, and the text holds only the closing one.
     */
    private static int column(SourcePosition source, int line, String text, Matcher m) {
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        for (int around = m.start() > lineStart ? 12 : 0; around > 0; around /= 2) {
            int from = Math.max(lineStart, m.start() - around);
            String before = text.substring(from, m.start());
            String context = before + text.substring(m.start(), Math.min(lineEnd, m.end() + around));
            int at = source.column(line, context);
            if (at > 0 && !context.isBlank()) {
                return at + before.length() + (m.group().length() - m.group().stripLeading().length());
            }
        }
        return source.column(line, m.group().strip());
    }

    /**
     * The fix for {@code **} closed right after punctuation with a letter next ({@code **Save (Ctrl+S)**to}, or in Thai,
     * written without spaces): CommonMark closes a run after punctuation only when a space or punctuation follows it.
     * Chinese, Japanese and Korean are spared it ({@code **编解码 API（Codec API）**将} renders: {@code text.CjkFlanking}).
     */
    static final String CLOSES_AFTER_PUNCTUATION = "a closing ** right after punctuation such as ) or \" closes only when a space or "
            + "punctuation follows it (CommonMark's rule): move the punctuation outside the asterisks (**Save** (Ctrl+S)), put a "
            + "space after them, or write <strong>…</strong>";

    /**
     * The fix for {@code **} meant to close after a space, {@code **SIG Interfaces: **Phillip}, as documents exported from
     * Google Docs write it: a run after a space can only open one.
     */
    static final String CLOSES_AFTER_SPACE = "a closing ** right after a space does not close (CommonMark's rule; documents "
            + "exported from Google Docs often have it): put the space after the asterisks instead (**Interfaces:** Phillip)";

    /**
     * The fix for {@code **} that did not render, told from its text, else from its source line: where a link or code
     * is emphasised ({@code **[คู่มือ](…)**ก่อน}, {@code the**[guide](…)**.}) the text has the asterisks at its ends
     * and the punctuation beside them is the link's, in the Markdown.
     */
    private static String emphasisFix(Shape shape, String text, String sourceLine) {
        if (closesAfterPunctuation(text)) {
            return CLOSES_AFTER_PUNCTUATION;
        }
        if (closesAfterSpace(text)) {
            return CLOSES_AFTER_SPACE;
        }
        if (closesAfterPunctuation(sourceLine)) {
            return CLOSES_AFTER_PUNCTUATION;
        }
        if (opensBeforePunctuation(sourceLine)) {
            return OPENS_BEFORE_PUNCTUATION;
        }
        return opensBeforeSpace(text) ? OPENS_BEFORE_SPACE : fix(shape.name());
    }

    /**
     * The fix for {@code **} meant to open before a space, {@code ** Examples**}, as documents exported from Google Docs
     * or Word write a bold line: a run before a space can only close one.
     */
    static final String OPENS_BEFORE_SPACE = "an opening ** right before a space does not open (CommonMark's rule; documents "
            + "exported from Google Docs or Word often have it): take the space out, or put it before the asterisks (**Examples**)";

    /** Whether the text holds {@code **} before a space, with a {@code **} after a word later on its line that it was to open. */
    static boolean opensBeforeSpace(String text) {
        for (int at = text.indexOf("**"); at >= 0 && at + 2 < text.length(); at = text.indexOf("**", at + 2)) {
            int close = text.indexOf("**", at + 2);
            int lineEnd = text.indexOf('\n', at);
            if (Character.isWhitespace(text.charAt(at + 2)) && close > 0 && (lineEnd < 0 || close < lineEnd)
                    && !Character.isWhitespace(text.charAt(close - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fix for {@code **} opened right after a letter with punctuation next ({@code the**[guide](…)**}, or in Thai,
     * written without spaces): CommonMark opens a run before punctuation only after a space or punctuation. After a
     * Chinese or Japanese letter it opens ({@code の**[ブランチ](…)**} renders: {@code text.CjkFlanking}).
     */
    static final String OPENS_BEFORE_PUNCTUATION = "an opening ** right before punctuation such as [ or ( opens only when a space "
            + "or punctuation comes before it (CommonMark's rule): put a space before the asterisks, put them inside the "
            + "punctuation ([**guide**](…)), or write <strong>…</strong>";

    /**
     * Whether a line holds an opening {@code **} (the first of a pair) between a letter or digit and punctuation, where
     * CommonMark cannot open it (a run that did open is no longer in the text, so a CJK letter before it is not asked about).
     */
    static boolean opensBeforePunctuation(String line) {
        boolean opening = true;
        for (int at = line.indexOf("**"); at >= 0 && at + 2 < line.length(); at = line.indexOf("**", at + 2)) {
            if (opening && at > 0 && Character.isLetterOrDigit(line.codePointBefore(at)) && line.charAt(at + 2) != '*'
                    && CjkFlanking.isPunctuation(line.codePointAt(at + 2)) && line.indexOf("**", at + 2) > 0
                    && !CjkFlanking.isCjk(line.codePointBefore(at)) && !CjkFlanking.isCjk(line.codePointAt(at + 2))) {
                return true;
            }
            opening = !opening;
        }
        return false;
    }

    /** Whether the text holds {@code **} after a space and before a word, with another {@code **} before it that it was to close. */
    static boolean closesAfterSpace(String text) {
        int first = text.indexOf("**");
        for (int at = first < 0 ? -1 : text.indexOf("**", first + 2); at > 0 && at + 2 < text.length(); at = text.indexOf("**", at + 2)) {
            if (Character.isWhitespace(text.charAt(at - 1)) && !Character.isWhitespace(text.charAt(at + 2)) && text.charAt(at + 2) != '*') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds {@code **} between punctuation and a letter or digit, where CommonMark cannot close it; with a
     * Chinese, Japanese or Korean character on either side it can ({@code 。**の}, {@code )**を}), so that is not asked about.
     */
    static boolean closesAfterPunctuation(String text) {
        for (int at = text.indexOf("**", 1); at > 0 && at + 2 < text.length(); at = text.indexOf("**", at + 2)) {
            int before = text.codePointBefore(at);
            int after = text.codePointAt(at + 2);
            if (CjkFlanking.isPunctuation(before) && Character.isLetterOrDigit(after) && !CjkFlanking.isCjk(before) && !CjkFlanking.isCjk(after)) {
                return true;
            }
        }
        return false;
    }

    private static String fix(String shape) {
        return switch (shape) {
            case "an image", "a link" -> "check the brackets and the destination; put a destination with spaces in <angle brackets>, "
                    + "and leave a blank line between raw HTML and Markdown";
            case STRAY_BRACKET -> "a link's words end at the one ']' right before its '(': take out the stray ']', or write \\] to show"
                    + " a bracket in the words";
            case TABLE -> "give the table a header row directly above the |---| line, with as many cells as that line has";
            case HEADING -> "start the heading on its own line, outside raw HTML, with a blank line before it";
            case TABLE_DASHES -> "write the line with hyphens, |---|---|: Markdown reads only - there (a word processor's "
                    + "autocorrect turns -- into – or —; switch it off, or type the line in a plain text editor)";
            case HEADING_NBSP -> "put an ordinary space after the #, # Title: the space there is a non-breaking one (as word "
                    + "processors write it), and Markdown needs a space or a tab";
            case HEADING_FULL_WIDTH -> "write the heading's mark as the ASCII #, with a space after it, # Title: the full-width ＃ "
                    + "is no heading's mark in Markdown";
            case "a reference link" -> "define its label on a line of its own anywhere in the page, [label]: https://…, or write "
                    + "the address in the link itself, [words](https://…)";
            case FOOTNOTE -> "write the note it refers to on a line of its own, [^name]: the note's text, or remove the reference";
            default -> "close the emphasis on the same paragraph, or write \\*\\* to show the asterisks";
        };
    }

    /** The fix for a table left as text when its header row has as many cells as its |---| line: raw HTML around it. */
    static final String TABLE_IN_HTML = "put a blank line between the HTML tag above and the table, and one after the table: "
            + "Markdown inside a block of HTML is not read until a blank line ends the block";

    /**
     * The fix for a table's |---| line left as text ({@code separator} where it starts in the text), told from the row
     * above it: one of another number of cells is why it is no table (GitHub shows none either); one of as many is a table
     * that was never read as Markdown, inside raw HTML; none, and the table has no header row.
     */
    private static String tableFix(TextNode node, String text, int separator) {
        int rowStart = separator == 0 ? -1 : text.lastIndexOf('\n', separator - 2) + 1;
        String row = rowStart < 0 ? "" : text.substring(rowStart, separator - 1);
        if (row.isBlank() || rowStart == 0 && node.previousSibling() != null) { // none, or only its end: a cell was formatted
            return fix(TABLE);
        }
        int lineEnd = text.indexOf('\n', separator);
        int header = cells(row);
        int rule = cells(text.substring(separator, lineEnd < 0 ? text.length() : lineEnd));
        if (header != rule) {
            return "the header row above the |---| line has " + header + " cell" + (header == 1 ? "" : "s") + " and the line "
                    + rule + ": give both as many, one |---| for each column";
        }
        return node.parent() instanceof Element parent && !parent.normalName().equals("p") ? TABLE_IN_HTML : fix(TABLE);
    }

    /** The cells of a table's row: what its pipes divide, a pipe at either end opening or closing the row, not a cell. */
    private static int cells(String row) {
        String cells = row.strip().replace("\\|", "");
        cells = cells.startsWith("|") ? cells.substring(1) : cells;
        cells = cells.endsWith("|") ? cells.substring(0, cells.length() - 1) : cells;
        return cells.split("\\|", -1).length;
    }

    /**
     * Whether the source line shows the text only escaped: every time it holds the text, a backslash comes before it
     * ({@code \# Not a heading}), or it holds the text's first character escaped and never the text ({@code \*\*}).
     * A link's address is not text: {@code [a/\*\*b\*\*.sql](a/**b**.sql)} shows the asterisks only escaped.
     */
    /** A link's address after its words, up to the bracket that closes it (one without spaces or brackets in it). */
    private static final Pattern LINK_ADDRESS = Pattern.compile("\\]\\([^()\\s]*\\)");

    static boolean escaped(String line, String found) {
        if (found.equals("**") && line.contains("](")) {
            line = LINK_ADDRESS.matcher(line).replaceAll("]()");
        }
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        String wanted = found.toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf(wanted);
        if (at < 0) {
            return line.contains("\\" + found.charAt(0));
        }
        for (; at >= 0; at = lower.indexOf(wanted, at + 1)) {
            if (at == 0 || line.charAt(at - 1) != '\\') {
                return false;
            }
        }
        return true;
    }

    /** A block without a recorded line (raw HTML): the first source line that holds the text. */
    private static int lineInSource(SourcePosition source, String found, int from) {
        for (int line = from; line < source.firstLine() + source.lineCount(); line++) {
            if (source.column(line, found) > 0) {
                return line;
            }
        }
        return 0;
    }

    /**
     * Whether the text begins a line of its block: nothing but white space before it in the block, or a line break. Its
     * own element may be inline ({@code <a>## Unit vs E2E</a>}): then what comes before that element counts.
     */
    static boolean startsALine(TextNode text) {
        for (Node n = text; ; n = n.parentNode()) {
            for (Node before = n.previousSibling(); before != null; before = before.previousSibling()) {
                String words = before instanceof TextNode t ? t.getWholeText()
                        : before instanceof Element e ? (e.normalName().equals("br") ? "\n" : e.wholeText()) : "";
                int newline = words.lastIndexOf('\n');
                if (newline >= 0 && words.substring(newline).isBlank()) {
                    return true; // a line ends right before it
                }
                if (!words.isBlank()) {
                    return false;
                }
            }
            if (!(n.parentNode() instanceof Element parent) || parent.isBlock()) {
                return true;
            }
        }
    }

    private static Element locatedAncestor(Node node) {
        for (Element e = node.parentNode() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.hasAttr(MarkdownConverter.LINE)) {
                return e;
            }
        }
        return null;
    }

    /** Whether one of the elements the text is in has one of these names. */
    private static boolean within(Node node, java.util.Set<String> names) {
        for (Node n = node.parentNode(); n instanceof Element e; n = e.parentNode()) {
            if (names.contains(e.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
