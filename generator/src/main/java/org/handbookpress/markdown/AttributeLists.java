package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Attribute lists from Pandoc, Quarto and kramdown, which CommonMark leaves as text:
 * <ul>
 *   <li>after an image, link, code span or emphasis (Python-Markdown's {@code **locale**{ #mkdocs-locale }}): {@code ![Map](map.png){width=60% alt="…"}}, {@code [Go](x.md){.button}};</li>
 *   <li>at the end of a heading: {@code ## Agenda {#agenda .unnumbered}};</li>
 *   <li>after text in brackets, Pandoc's spans: {@code [absolute path]{#absolute-path}};</li>
 *   <li>kramdown's block lists on the line after a paragraph or list: {@code {: .note}}, and {@code {:toc}},
 *   dropped since long pages get a contents list anyway.</li>
 * </ul>
 * What is safe is applied — id, classes, title, lang, dir, alt, width and height, a picture's loading and decoding; anything else (styles, scripts,
 * unknown keys) is removed and reported once per list as {@code syntax.attributes-ignored}. A link's new window
 * ({@code target}, and {@code rel} with it) is removed too, and told once for the handbook ({@link NewWindowLinks}), as is
 * raw HTML's {@code <a target="_blank">}.
 */
public final class AttributeLists implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator INLINE_TARGETS = QueryParser.parse("img, a, code, strong, em");
    private static final Evaluator UNSUPPORTED_DIVS = QueryParser.parse("[" + FencedDivs.UNSUPPORTED + "]");
    /** A fenced div marked {@code .content-hidden} with nothing else in its list but an id or classes: no condition. */
    private static final Evaluator BARE_HIDDEN_DIVS = QueryParser.parse("div.content-hidden:not([" + FencedDivs.UNSUPPORTED + "])");
    private static final Evaluator PARAGRAPHS_AND_ITEMS = QueryParser.parse("p, li");
    private static final Evaluator QUOTED_SOLUTIONS = QueryParser.parse("blockquote.solution, blockquote.hint");

    public static final String CODE = "syntax.attributes-ignored";

    /**
     * A quoted value. Its closing quote is the one followed by the list's end or another attribute, so that quotes inside
     * it stay in it: Pandoc's {@code {alt="labelled \"Novice\""}}, whose backslashes the Markdown has taken away by
     * now. Read as ending at the first quote, the Carpentries' alt texts left the whole list on the page as text.
     */
    private static final String QUOTED = "\"(?:[^\"]++|\"(?!\\s*(?:\\}|$|[.#][^\\s{}]|[\\w-]+\\s*=)))*+\""
            + "|'(?:[^']++|'(?!\\s*(?:\\}|$|[.#][^\\s{}]|[\\w-]+\\s*=)))*+'"; // possessive: no stack per character
    private static final Pattern LEADING = Pattern.compile("^\\{:?\\s*((?:[.#][^\\s{}]+|[\\w-]+\\s*=\\s*(?:" + QUOTED + "|[^\\s{}]+)|\\s+)*)\\}");
    private static final Pattern TRAILING = Pattern.compile("\\s*\\{:?\\s*((?:[.#][^\\s{}]+|-(?=[\\s}])|[\\w-]+\\s*=\\s*(?:" + QUOTED + "|[^\\s{}]+)|\\s+)*)\\}\\s*$");
    private static final Pattern SPAN_END = Pattern.compile("\\]\\{((?:[.#][^\\s{}]+|[\\w-]+\\s*=\\s*(?:" + QUOTED + "|[^\\s{}]+)|\\s+)*)\\}");
    /** A language tag as HTML's {@code lang} takes it: {@code cy}, {@code pt-BR}, {@code zh-Hant}, {@code sr-Latn-RS}. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern DIRECTION = Pattern.compile("(?i)ltr|rtl|auto");
    /** Pandoc's {@code -} alone in a heading's list: {@code .unnumbered}. */
    private static final Pattern UNNUMBERED = Pattern.compile("(?:^|\\s)-(?=\\s|$)");
    private static final Pattern ALONE = Pattern.compile("^\\s*\\{:\\s*([^}]*)\\}\\s*$");
    /**
     * A class ends at the next dot; an id runs to the next space, as Pandoc reads it: Google Docs' Markdown export names
     * "1. Purpose" {@code {#1.-purpose}} and "5.1 Actor" {@code {#5.1-actor}}, which were cut to the id "1" and "5".
     */
    private static final Pattern PAIR = Pattern.compile("([.#])((?<=#)[^\\s#]+|[^\\s.#=]+)|([\\w-]+)\\s*=\\s*(" + QUOTED + "|\\S+)");
    /** Quarto's figure alignments. */
    private static final Pattern FIG_ALIGN = Pattern.compile("left|center|right|default");
    /** A picture's loading hints, by key, and the values a browser knows: those the sanitiser keeps on an {@code <img>}. */
    private static final java.util.Map<String, Pattern> BROWSER_HINTS = java.util.Map.of(
            "loading", Pattern.compile("(?i)lazy|eager"), "decoding", Pattern.compile("(?i)async|sync|auto"));
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)(px|%|em|rem|cm|mm|in)?");
    /** An id or class: letters of any script (an Arabic handbook's ids are Arabic), digits, marks, _ and -. */
    private static final Pattern NAME = Pattern.compile("-?[\\p{L}_][\\p{L}\\p{M}\\p{N}_-]*");
    /** An id: HTML allows any characters but spaces; MkDocs' changelogs write {@code {id="9.7.6"}}. */
    private static final Pattern ID = Pattern.compile("[^\\s\"'<>`]+");

    private final Findings findings;
    /** The words of a folded solution's control ("Solution"), in each page's language; null for English. */
    private final PageLabels labels;
    /** Where links asking for a new window are gathered for one notice; null: a notice for each such list. */
    private final NewWindowLinks newWindows;

    public AttributeLists(Findings findings) {
        this(findings, null);
    }

    public AttributeLists(Findings findings, PageLabels labels) {
        this(findings, labels, null);
    }

    public AttributeLists(Findings findings, PageLabels labels, NewWindowLinks newWindows) {
        this.findings = findings;
        this.labels = labels;
        this.newWindows = newWindows;
    }

    @Override
    public void apply(PageHtml page) {
        for (Element e : page.content().select(INLINE_TARGETS)) {
            if (e.tagName().equals("code") && e.parent() != null && e.parent().tagName().equals("pre")) {
                continue;
            }
            Node next = e.nextSibling();
            if (next instanceof TextNode text) {
                Matcher m = LEADING.matcher(text.getWholeText());
                if (m.find() && !m.group(1).isBlank()) {
                    text.text(text.getWholeText().substring(m.end()));
                    apply(page, e, m.group(1));
                }
            }
        }
        spans(page);
        headings(page);
        blockLists(page);
        leadingBlockLists(page);
        foldQuotedSolutions(page, labels == null ? null : labels.of(page.page().path()));
        for (Element div : page.content().select(BARE_HIDDEN_DIVS)) {
            div.remove(); // Quarto's ::: {.content-hidden} with no condition: hidden in every format, so on the web and in print
        }
        for (Element div : page.content().select(UNSUPPORTED_DIVS)) {
            apply(page, div, div.attr(FencedDivs.UNSUPPORTED));
            div.removeAttr(FencedDivs.UNSUPPORTED);
        }
        rawHtmlNewWindows(page);
    }

    /**
     * Raw HTML's {@code <a href="…" target="_blank">}: not applied either, and told in the same notice as the lists'.
     * Both ask the same of the reader's browser, and a handbook that opened one and not the other would answer the
     * same request two ways. Its {@code rel} stays: without a new window it still says what the link is (nofollow).
     */
    private void rawHtmlNewWindows(PageHtml page) {
        if (!page.mayHold(AttributeLists::namesTarget)) {
            return;
        }
        for (Element link : page.content().select(LINKS_WITH_TARGET)) {
            String window = link.attr("target").strip().toLowerCase(Locale.ROOT);
            link.removeAttr("target");
            if (!window.isEmpty() && !SAME_WINDOW.contains(window)) {
                tellNewWindow(page, link);
            }
        }
    }

    /**
     * Whether the text may give an attribute {@code target=}, in any capitals: its equals signs, each looked behind. Every
     * page is asked, and the regular expression this was ({@code (?i)\btarget\s*=}) tested a word boundary at every
     * character of the page: 6% of a 1,000-page build's samples.
     */
    static boolean namesTarget(String text) {
        for (int equals = text.indexOf('='); equals >= 0; equals = text.indexOf('=', equals + 1)) {
            int end = equals;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end - "target".length();
            if (start >= 0 && text.regionMatches(true, start, "target", 0, "target".length())
                    && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '_')) {
                return true;
            }
        }
        return false;
    }
    private static final Evaluator LINKS_WITH_TARGET = QueryParser.parse("a[target]");
    /** The windows that are the reader's own, in a page shown in no frame. */
    private static final java.util.Set<String> SAME_WINDOW = java.util.Set.of("_self", "_top", "_parent");

    /** Gathers a link's new window into one notice for the handbook ({@link NewWindowLinks}): nothing to mend. */
    private void tellNewWindow(PageHtml page, Element link) {
        Finding place = NewWindowLinks.place(page.page().path(), SourceLines.of(link));
        if (newWindows == null || findings.silences(place)) {
            findings.add(place);
        } else {
            newWindows.add(place);
        }
    }

    /**
     * The attribute lists at the end of headings ({@code ## Exercises {.unnumbered}}, {@code ## Notes {-}}, {@code # Safeguarding
     * {#top}}), applied and taken out of the words; a pass of their own before the checks and the leading title read
     * headings' words ({@link HeadingAttributeLists}), and again here for a page given to this pass alone. A heading whose id
     * Markdown made from its words, the list's among them ({@code exercises-unnumbered}), and which the list gives no id
     * has the id its words alone make ({@code exercises}), as Pandoc gives it, unless another element of the page has it.
     */
    void headings(PageHtml page) {
        if (!page.mayHold("{")) {
            return;
        }
        for (Element heading : page.content().select(PageHtml.HEADINGS)) {
            unlinkAddressesInList(heading);
            if (heading.childNodeSize() > 0 && heading.childNode(heading.childNodeSize() - 1) instanceof TextNode text) {
                Matcher m = TRAILING.matcher(text.getWholeText());
                if (m.find() && !m.group(1).isBlank()) {
                    String madeId = MarkdownConverter.headingId(heading.text());
                    text.text(text.getWholeText().substring(0, m.start()));
                    boolean ownId = heading.id().equals(madeId);
                    apply(page, heading, m.group(1));
                    if (ownId && heading.id().equals(madeId)) {
                        String id = MarkdownConverter.headingId(heading.text());
                        if (!id.isEmpty() && page.content().getElementById(id) == null) {
                            heading.id(id);
                        }
                    }
                }
            }
        }
    }

    /**
     * A web address in a heading's attribute list ({@code ## Welcome {background-image="https://example.org/hall.jpg"}})
     * was made a link by Markdown's autolinks before the list was read, which cut the list into text, link and text: it
     * stayed in the heading as words, the link among them, and nothing said so. The links that are the list's own
     * addresses (their words are the address) are put back as text when the heading then ends in a whole list.
     */
    private static void unlinkAddressesInList(Element heading) {
        int last = heading.childNodeSize() - 1;
        if (last < 1 || !(heading.childNode(last) instanceof TextNode end) || !end.getWholeText().stripTrailing().endsWith("}")) {
            return;
        }
        StringBuilder list = new StringBuilder();
        List<Node> parts = new ArrayList<>();
        for (int i = last; i >= 0; i--) {
            Node node = heading.childNode(i);
            String words;
            if (node instanceof TextNode text) {
                words = text.getWholeText();
            } else if (node instanceof Element link && link.normalName().equals("a") && link.childrenSize() == 0
                    && !link.text().isEmpty() && link.attr("href").endsWith(link.text())) {
                words = link.text();
            } else {
                return;
            }
            list.insert(0, words);
            parts.add(0, node);
            if (node instanceof TextNode && words.contains("{")) {
                break;
            }
        }
        boolean linked = parts.stream().anyMatch(Element.class::isInstance);
        if (!linked || !(parts.get(0) instanceof TextNode first) || !first.getWholeText().contains("{")
                || !TRAILING.matcher(list).find()) {
            return;
        }
        first.text(list.toString());
        parts.subList(1, parts.size()).forEach(Node::remove);
    }

    /**
     * Pandoc's bracketed spans, {@code [absolute path]{#absolute-path}} (the Carpentries' glossaries are written so):
     * CommonMark leaves them as text, which showed the brackets and braces to readers and left links to the id
     * broken. The brackets may hold other inline markup, so the opening one is looked for in the text nodes before.
     */
    private void spans(PageHtml page) {
        if (!page.mayHold("]{")) {
            return; // most pages: no tree walk
        }
        List<TextNode> candidates = new ArrayList<>();
        for (Element e : page.content().getAllElements()) {
            for (TextNode text : e.textNodes()) {
                if (text.getWholeText().contains("]{") && !inCode(e)) {
                    candidates.add(text);
                }
            }
        }
        for (TextNode text : candidates) {
            TextNode rest = text;
            while (rest != null) {
                rest = span(page, rest);
            }
        }
    }

    private static boolean inCode(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("code") || a.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Makes the first bracketed span that ends in {@code text} a {@code <span>}; returns the text after it, or null. */
    private TextNode span(PageHtml page, TextNode text) {
        String whole = text.getWholeText();
        Matcher m = SPAN_END.matcher(whole);
        while (m.find()) {
            if (m.group(1).isBlank()) {
                continue;
            }
            Opening open = opening(text, m.start());
            if (open == null) {
                continue;
            }
            TextNode after = m.end() < whole.length() ? text.splitText(m.end()) : null;
            Element span = new Element("span");
            if (open.node() == text) {
                text.text(whole.substring(0, open.at()));
                span.appendText(whole.substring(open.at() + 1, m.start()));
                text.after(span);
            } else {
                String first = open.node().getWholeText();
                open.node().text(first.substring(0, open.at()));
                open.node().after(span);
                if (open.at() + 1 < first.length()) {
                    span.appendText(first.substring(open.at() + 1));
                }
                for (Node n = span.nextSibling(); n != null && n != text; n = span.nextSibling()) {
                    span.appendChild(n);
                }
                span.appendText(whole.substring(0, m.start()));
                text.remove();
            }
            apply(page, span, m.group(1));
            return after;
        }
        return null;
    }

    private record Opening(TextNode node, int at) {
    }

    /** The unmatched {@code [} before {@code end} in {@code text}, or in a text node before it under the same parent. */
    private static Opening opening(TextNode text, int end) {
        int depth = 0;
        Node node = text;
        int from = end - 1;
        while (node != null) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = Math.min(from, s.length() - 1); i >= 0; i--) {
                    char c = s.charAt(i);
                    if (c == ']') {
                        depth++;
                    } else if (c == '[' && depth-- == 0) {
                        return i > 0 && s.charAt(i - 1) == '!' ? null : new Opening(t, i);
                    }
                }
            }
            node = node.previousSibling();
            from = Integer.MAX_VALUE;
        }
        return null;
    }

    /** kramdown: {@code {: .class}} on its own line applies to the block above; at a paragraph's end, to the paragraph. */
    private void blockLists(PageHtml page) {
        String[] source = null;
        for (Element p : new ArrayList<>(page.content().select(PARAGRAPHS_AND_ITEMS))) {
            while (p.parent() != null && p.childNodeSize() > 0 && p.childNode(p.childNodeSize() - 1) instanceof TextNode text) {
                String whole = text.getWholeText();
                int lineStart = whole.lastIndexOf('\n') + 1;
                Matcher m = ALONE.matcher(whole.substring(lineStart));
                if (!m.matches()) {
                    break;
                }
                if (source == null) {
                    source = page.page().markdown().split("\n", -1);
                }
                List<Element> quotes = enclosingQuotes(p);
                int written = quoteMarkers(source, SourceLines.of(p) + linesBefore(p, text) + SourceLines.newlines(whole, lineStart)
                        - page.page().bodyLine(), quotes.size());
                text.text(whole.substring(0, lineStart).stripTrailing());
                boolean blank = p.text().isBlank() && p.children().isEmpty();
                Element owner;
                if (written < quotes.size()) {
                    // A line with fewer '>' than the paragraph is deep, which CommonMark let the paragraph take in
                    // ("lazy"): in kramdown it follows the quote at its own depth, as the Carpentries' old lessons
                    // close a challenge with "{: .challenge}" under "> {: .solution}".
                    owner = quotes.get(quotes.size() - 1 - written);
                } else {
                    // Alone, it belongs to the block before; or, after a blank line and straight above the next block (a
                    // heading, a list, a quote, which end a paragraph), to that block, as kramdown reads it.
                    int index = SourceLines.of(p) + linesBefore(p, text) + SourceLines.newlines(whole, lineStart) - page.page().bodyLine();
                    owner = !blank ? p : opensNextBlock(source, index) && p.nextElementSibling() != null ? p.nextElementSibling()
                            : p.previousElementSibling();
                    if (!blank && quotes.isEmpty() && index >= 0 && index < source.length && source[index].startsWith("{:")) {
                        // Under a list's last item, not indented as its text: the list's, as kramdown reads it, which
                        // CommonMark let the item take in as its last line ({: .checklist} went on the last item).
                        owner = outermostList(p).orElse(p);
                    }
                }
                boolean toc = m.group(1).trim().equalsIgnoreCase("toc");
                if (toc) {
                    // "* TOC\n{:toc}": kramdown's contents marker; the layout prints a contents list itself.
                    Element list = p.tagName().equals("li") ? p.parent() : null;
                    if (list != null && list.children().size() == 1 && p.text().trim().equalsIgnoreCase("toc")) {
                        list.remove();
                    }
                } else if (owner != null) {
                    apply(page, owner, m.group(1));
                }
                if (blank) {
                    p.remove();
                    break;
                }
            }
        }
    }

    /** The outermost list an element is in, its own item's or a paragraph's in one; empty outside lists. */
    private static java.util.Optional<Element> outermostList(Element e) {
        Element list = null;
        for (Element a = e; a != null && !a.normalName().equals("blockquote"); a = a.parent()) {
            if (a.normalName().equals("ul") || a.normalName().equals("ol")) {
                list = a;
            }
        }
        return java.util.Optional.ofNullable(list);
    }

    /** Whether the source line at {@code index} follows a blank line (or opens the page) and has a block straight under it. */
    private static boolean opensNextBlock(String[] source, int index) {
        return index >= 0 && index + 1 < source.length && (index == 0 || source[index - 1].isBlank()) && !source[index + 1].isBlank();
    }

    /**
     * kramdown's block list on the line above a paragraph ({@code {: .tip}}, then the paragraph's words): it applies to
     * that paragraph. CommonMark reads the two lines as one paragraph, and the list was shown to readers as its words.
     */
    private void leadingBlockLists(PageHtml page) {
        if (!page.mayHold("{:")) {
            return;
        }
        for (Element p : new ArrayList<>(page.content().select("p"))) {
            if (p.childNodeSize() == 0 || !(p.childNode(0) instanceof TextNode text) || text.getWholeText().indexOf('\n') < 0) {
                continue;
            }
            String whole = text.getWholeText();
            Matcher m = ALONE.matcher(whole.substring(0, whole.indexOf('\n')));
            // Not kramdown's extensions ({::comment}, {:/}), nor its contents marker, which the layout makes.
            if (m.matches() && !m.group(1).startsWith(":") && !m.group(1).startsWith("/") && !m.group(1).trim().equalsIgnoreCase("toc")) {
                text.text(whole.substring(whole.indexOf('\n') + 1));
                apply(page, p, m.group(1));
            }
        }
    }

    /**
     * The Carpentries' old template folds a solution written as a quote ({@code > > ## Solution} … {@code {: .solution}}),
     * as {@link FencedDivs} folds Pandoc's {@code ::: solution}: a {@code <details>} whose control is its heading.
     */
    private static void foldQuotedSolutions(PageHtml page, Labels words) {
        for (Element quote : page.content().select(QUOTED_SOLUTIONS)) {
            Element details = new Element("details").attr("class", quote.className()).addClass("fenced-div");
            if (quote.hasAttr(MarkdownConverter.LINE)) {
                details.attr(MarkdownConverter.LINE, quote.attr(MarkdownConverter.LINE));
            }
            Element first = quote.firstElementChild();
            String kind = quote.classNames().iterator().next();
            String key = FencedDivs.labelKey(FencedDivs.LABELS.containsKey(kind) ? kind : "show");
            String title = words != null && words.has(key) ? words.text(key) : FencedDivs.LABELS.getOrDefault(kind, "Show");
            if (first != null && PageHtml.headingLevel(first) > 0) {
                title = first.text();
                first.remove();
            }
            details.appendElement("summary").text(title);
            for (org.jsoup.nodes.Node child : new java.util.ArrayList<>(quote.childNodes())) { // moved, not copied: a quote inside is still the one a later turn finds
                details.appendChild(child);
            }
            quote.replaceWith(details);
        }
    }

    /** The block quotes around an element, the innermost first. */
    private static List<Element> enclosingQuotes(Element e) {
        List<Element> quotes = new ArrayList<>();
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("blockquote")) {
                quotes.add(a);
            }
        }
        return quotes;
    }

    /** How many '>' open the source line (its index in the page's Markdown); {@code otherwise} when it is unknown. */
    private static int quoteMarkers(String[] source, int index, int otherwise) {
        if (index < 0 || index >= source.length) {
            return otherwise;
        }
        int markers = 0;
        String line = source[index];
        for (int i = 0; i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            if (line.charAt(i) == '>') {
                markers++;
            }
        }
        return markers;
    }

    /** Lines of the element's text before the text node (soft breaks in earlier nodes), for its source line. */
    private static int linesBefore(Element p, TextNode text) {
        int lines = 0;
        for (org.jsoup.nodes.Node n : p.childNodes()) {
            if (n == text) {
                break;
            }
            String t = n instanceof TextNode tn ? tn.getWholeText() : n instanceof Element el ? el.wholeText() : "";
            lines += SourceLines.newlines(t, t.length());
        }
        return lines;
    }


    private void apply(PageHtml page, Element target, String list) {
        List<String> ignored = new ArrayList<>();
        List<String> window = new ArrayList<>(); // target, and rel with it: a new window's
        boolean newWindow = false;
        String rel = null; // a link's rel, its link types, applied when it asks for no new window
        java.util.Map<String, String> background = new java.util.LinkedHashMap<>();
        String whenFormat = null;
        String unlessFormat = null;
        String width = null; // a block's width="40%", as written, which only a Quarto column takes
        Matcher m = PAIR.matcher(list);
        if (UNNUMBERED.matcher(list).find()) {
            target.addClass("unnumbered"); // Pandoc's {-}, short for {.unnumbered}
        }
        while (m.find()) {
            if (m.group(1) != null) {
                String value = m.group(2);
                if (!(m.group(1).equals(".") ? NAME : ID).matcher(value).matches()) {
                    ignored.add(m.group());
                } else if (m.group(1).equals(".")) {
                    target.addClass(value);
                } else {
                    target.id(value);
                }
                continue;
            }
            String key = m.group(3).toLowerCase(Locale.ROOT);
            String value = unquote(m.group(4));
            boolean image = target.tagName().equals("img");
            if (image && (key.equals("alt") || key.equals("fig-alt"))) {
                target.attr("alt", value); // Quarto's fig-alt: the picture's alt text, its brackets' words the caption
            } else if (image && key.equals("fig-align") && FIG_ALIGN.matcher(value).matches()) {
                String margins = switch (value) {
                    case "center" -> "display: block; margin-inline: auto";
                    case "right" -> "display: block; margin-inline-start: auto";
                    default -> ""; // left, default: where a picture is anyway
                };
                if (!margins.isEmpty()) {
                    String style = target.attr("style");
                    target.attr("style", (style.isEmpty() ? "" : style + "; ") + margins);
                }
            } else if (image && (key.equals("width") || key.equals("height")) && SIZE.matcher(value).matches()) {
                Matcher size = SIZE.matcher(value);
                size.matches();
                if (size.group(2) == null || size.group(2).equals("px")) {
                    target.attr(key, String.valueOf((int) Double.parseDouble(size.group(1))));
                } else {
                    String style = target.attr("style");
                    target.attr("style", (style.isEmpty() ? "" : style + "; ") + key + ": " + value);
                }
            } else if (image && BROWSER_HINTS.containsKey(key) && BROWSER_HINTS.get(key).matcher(value).matches()) {
                // How the browser fetches the picture (kramdown sites write {: loading="lazy"} on each): what the
                // handbook keeps on a picture written in HTML; each was a warning, the picture's hint dropped.
                target.attr(key, value.toLowerCase(Locale.ROOT));
            } else if (!image && key.equals("width") && SIZE.matcher(value).matches()) {
                width = m.group();
                target.attr("style", "width: " + (Character.isDigit(value.charAt(value.length() - 1)) ? value + "px" : value));
            } else if (key.equals("id") && ID.matcher(value).matches()) {
                target.id(value);
            } else if (key.equals("title")) {
                // The words shown when the pointer rests on it: Pandoc's [NGO]{title="Non-governmental organisation"}.
                // Text only (jsoup escapes it), as the Markdown link's own "title" is; it was reported and dropped.
                target.attr("title", value);
            } else if (key.equals("lang") && LANGUAGE.matcher(value).matches()) {
                // A phrase in another language, [Croeso]{lang=cy}: a screen reader speaks it in that language's voice
                // (WCAG 3.1.2), as it would for the <span lang="cy"> a page may write in HTML.
                target.attr("lang", value);
            } else if (key.equals("dir") && DIRECTION.matcher(value).matches()) {
                target.attr("dir", value.toLowerCase(Locale.ROOT)); // right-to-left words in a left-to-right page, or the reverse
            } else if (key.equals("class")) {
                for (String c : value.split("\\s+")) {
                    if (NAME.matcher(c).matches()) {
                        target.addClass(c);
                    }
                }
            } else if (SlideBackgrounds.isBackground(page, target, key)) {
                background.put(key, value); // a slide's background, as Quarto writes it on the slide's heading
            } else if (key.equals("when-format")) {
                whenFormat = value;
            } else if (key.equals("unless-format")) {
                unlessFormat = value;
            } else if (NewWindowLinks.choosesWindow(target, key)) {
                window.add(m.group());
                newWindow |= key.equals("target");
                rel = key.equals("rel") ? linkTypes(value) : rel;
            } else {
                ignored.add(m.group());
            }
        }
        if (newWindow) {
            tellNewWindow(page, target); // not applied
        } else if (rel != null && !rel.isEmpty()) {
            // A rel alone ({:rel="nofollow"}) asks for no window: it says what the link is, as the sanitiser keeps it on an
            // <a> written in HTML; only its words (link types), since this pass runs after the sanitiser.
            target.attr("rel", rel);
        } else {
            ignored.addAll(window);
        }
        if (width != null && !target.hasClass("column")) {
            // A Quarto column's share of its row, {.column width="40%"}, is its style, as Pandoc writes it; the theme
            // sets columns side by side with it (or one above the other where there is no room). Nothing else takes one.
            target.removeAttr("style");
            ignored.add(width);
        }
        if (!background.isEmpty()) {
            new SlideBackgrounds(findings).mark(page, target, background);
        }
        if (whenFormat != null || unlessFormat != null) {
            if (target.hasClass("content-visible") || target.hasClass("content-hidden")) {
                ConditionalContent.apply(target, whenFormat, unlessFormat); // may remove the target: reported all the same
            } else {
                ignored.add(whenFormat != null ? "when-format=\"" + whenFormat + "\"" : "unless-format=\"" + unlessFormat + "\"");
            }
        } else if (target.hasClass("content-hidden") && ignored.stream().noneMatch(a -> a.startsWith("when-") || a.startsWith("unless-"))) {
            // Quarto hides a part marked content-hidden with no condition in every format ([draft words]{.content-hidden}).
            // A condition the handbook does not know (when-meta outside a Quarto project) keeps it, and is reported.
            target.remove();
        }
        if (!ignored.isEmpty()) {
            findings.warning(page.page().path(), SourceLines.of(target), CODE,
                    "the attribute list {" + list.trim() + "} on this " + describe(target) + " asks for " + String.join(", ", ignored)
                            + ", which the handbook does not apply",
                    "keep to id (#name), classes (.name), title, lang, dir, for pictures alt, width, height, loading and decoding, and for a column (.column) its width; remove the rest");
        }
    }

    /**
     * The alt text an attribute list straight after the picture gives it ({@code {alt="…"}}, Quarto's {@code fig-alt}),
     * for the checks that run before this pass applies it; empty when it gives none.
     */
    public static java.util.Optional<String> altAfter(Element image) {
        if (!(image.nextSibling() instanceof TextNode text)) {
            return java.util.Optional.empty();
        }
        Matcher list = LEADING.matcher(text.getWholeText());
        if (!list.find()) {
            return java.util.Optional.empty();
        }
        Matcher m = PAIR.matcher(list.group(1));
        while (m.find()) {
            if (m.group(3) != null && (m.group(3).equalsIgnoreCase("alt") || m.group(3).equalsIgnoreCase("fig-alt"))
                    && !unquote(m.group(4)).isBlank()) {
                return java.util.Optional.of(unquote(m.group(4)));
            }
        }
        return java.util.Optional.empty();
    }

    private static String describe(Element e) {
        return switch (e.tagName()) {
            case "img" -> "picture";
            case "a" -> "link";
            case "code" -> "code";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
            case "span", "strong", "em" -> "text";
            default -> "block";
        };
    }

    /** The link types a rel names ({@code nofollow noopener}), words only, space-separated; empty when it names none. */
    static String linkTypes(String rel) {
        return java.util.Arrays.stream(rel.trim().split("\\s+")).filter(t -> LINK_TYPE.matcher(t).matches())
                .map(t -> t.toLowerCase(Locale.ROOT)).distinct().collect(java.util.stream.Collectors.joining(" "));
    }

    private static final Pattern LINK_TYPE = Pattern.compile("[A-Za-z][A-Za-z-]*");

    static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
