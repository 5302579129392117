package org.handbookpress.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.content.CodeChunks;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.MystReferences;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Quarto's cross-references in a Quarto or R Markdown page: {@code @sec-setup} is a link to the section whose heading
 * has that id ({@code ## Setting up {#sec-setup}}), named by its heading; {@code @fig-rota} to the figure
 * ({@code ![The rota](rota.png){#fig-rota}}), named as Quarto names it without the chapter's number, "Figure 2" for the
 * page's second; tables, listings, equations and the rest alike. On the page or on another one. Written in brackets,
 * {@code [@sec-setup]}, the brackets go. One that names no such id is left as written and reported.
 */
public final class CrossReferences implements HtmlPass {

    /** The kinds of target Quarto numbers, by the id's prefix, and the word it names them with. */
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("fig", "Figure"), Map.entry("tbl", "Table"),
            Map.entry("lst", "Listing"), Map.entry("eq", "Equation"), Map.entry("thm", "Theorem"), Map.entry("lem", "Lemma"),
            Map.entry("cor", "Corollary"), Map.entry("prp", "Proposition"), Map.entry("cnj", "Conjecture"),
            Map.entry("def", "Definition"), Map.entry("exm", "Example"), Map.entry("exr", "Exercise"),
            Map.entry("sol", "Solution"), Map.entry("rem", "Remark"), Map.entry("nte", "Note"), Map.entry("tip", "Tip"),
            Map.entry("wrn", "Warning"), Map.entry("imp", "Important"), Map.entry("cau", "Caution"));
    /** A reference: 1 its opening bracket, 2 the id, 3 the id's kind, 4 its closing bracket. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(\\[-?)?(?<![\\w.@])@((sec|" + String.join("|", KINDS.keySet()) + ")-[\\w-]*\\w)(\\])?");
    private static final Pattern ID = Pattern.compile("^(sec|" + String.join("|", KINDS.keySet()) + ")-[\\w-]*\\w$");

    private final PageIndex index;
    private final Findings findings;

    public CrossReferences(PageIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    /**
     * What a reference to the element shows, when its id is a cross-reference target: a section's heading, else its
     * kind and its number among the page's of that kind ({@code counted}, in the page's order).
     */
    static Optional<String> label(Element element, Map<String, Integer> counted) {
        Matcher id = ID.matcher(element.id());
        if (!id.matches()) {
            return mystLabel(element);
        }
        if (id.group(1).equals("sec")) {
            // A chapter's title given the id (# Tests {#sec-python-tests}) is the page's, printed by the layout: the
            // heading left the text, its id kept on an empty mark holding its words (LeadingTitle). Its own text would
            // name a reference to it with nothing, a link with no words.
            return Optional.of((element.hasAttr(MarkdownConverter.HEADING) ? element.attr(MarkdownConverter.HEADING) : element.text()).strip());
        }
        return Optional.of(KINDS.get(id.group(1)) + " " + counted.merge(id.group(1), 1, Integer::sum));
    }

    /**
     * What a MyST reference to the element shows: for a target ({@code (setup)=}) the heading it is in, or the caption of
     * the figure after it, or its label; for a figure with an id ({@code :name: fig-rota}) its caption.
     */
    private static Optional<String> mystLabel(Element element) {
        if (element.hasClass(MarkdownConverter.TARGET)) {
            if (element.hasAttr(MarkdownConverter.LABEL)) {
                return Optional.of(element.attr(MarkdownConverter.LABEL));
            }
            if (PageHtml.headingLevel(element) > 0) {
                return Optional.of(element.text().strip()); // a heading whose id is the target's (MystTargets)
            }
            Element parent = element.parent();
            if (parent != null && PageHtml.headingLevel(parent) > 0 && !parent.text().isBlank()) {
                return Optional.of(parent.text().strip());
            }
            Element next = element.nextElementSibling();
            Element caption = next == null ? null : next.selectFirst("> figcaption");
            return Optional.of(caption != null && !caption.text().isBlank() ? caption.text().strip() : element.id());
        }
        if (element.normalName().equals("figure")) {
            Element caption = element.selectFirst("> figcaption");
            return Optional.of(caption != null && !caption.text().isBlank() ? caption.text().strip() : element.id());
        }
        return Optional.empty();
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        if (MystReferences.mayHold(page.markdown())) { // the Markdown stage marked links only on such pages
            for (Element link : html.content().select(MYST_LINK)) {
                resolve(page, link);
            }
        }
        if (!CodeChunks.isChunked(page.path()) || !page.markdown().contains("@")) {
            return; // Quarto's syntax, on Quarto's pages: elsewhere @fig-tree may be a name
        }
        for (TextNode text : ProseText.of(html.content(), t -> t.contains("@"))) {
            if (text.getWholeText().contains("@ref(")) {
                text = bookdown(page, text);
            }
            link(page, text);
        }
    }

    /** bookdown's reference, {@code \\@ref(install-git)} as written (its backslash gone): group 1 the id. */
    private static final Pattern BOOKDOWN = Pattern.compile("@ref\\(([^()\\s]+)\\)");

    /**
     * bookdown's references, {@code see chapter \\@ref(install-git)}: bookdown shows the chapter's or section's number,
     * which this handbook does not give, so one naming a chapter (the heading that opens a page) is a link named by that
     * page's title, and one naming a section a link named by its heading's words, as Quarto's {@code @sec-} names it; one
     * naming a figure or nothing is left as written, reported with the link to write. They were shown as typed,
     * "@ref(install-git)", with no finding. Returns the text after the last reference (the text itself if it has none).
     */
    private TextNode bookdown(Page page, TextNode text) {
        String whole = text.getWholeText();
        Matcher m = BOOKDOWN.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            String id = m.group(1);
            // bookdown makes one document of the book's chapters, in their order, before Pandoc gives the headings ids: of
            // two headings that would have one id, the first has it and the later one another (subsetting-1). So a heading
            // of the id is the first in reading order, even when the page has one too (Advanced R's chapter {#subsetting}
            // and the #### Subsetting of a later one); other anchors are found on the page, else on the one page with it.
            List<Page> headed = index.pagesWith(id, 1);
            Optional<Page> on = !headed.isEmpty() ? Optional.of(headed.get(0))
                    : index.hasAnchor(page, id) ? Optional.of(page) : index.onlyPageWith(id);
            boolean chapter = on.isPresent() && index.headingIdsOf(on.get().path(), 1).equals(List.of(id));
            Optional<String> section = chapter || on.isEmpty() ? Optional.empty() : index.headingWords(on.get().path(), id)
                    .filter(words -> !words.isBlank());
            if (!chapter && section.isEmpty()) {
                Element parent = text.parent() instanceof Element e ? e : null;
                findings.warning(page.path(), parent == null ? 0 : SourceLines.of(parent), "link.cross-reference",
                        "bookdown's \\@ref(" + id + ") " + (on.isEmpty() ? "names an id no page has"
                                : "shows the number of what has that id (a figure, a table: no chapter or section), which the handbook does not give")
                                + "; it is left as written",
                        on.isPresent() ? "write a link with the words to show, [the section](" + (on.get() == page ? "" : on.get().path()) + "#" + id + ")"
                                : id.matches("(fig|tab):.+") ? "bookdown numbers what the R chunk " + id.substring(4) + " makes, and the build"
                                        + " runs no R: name it in words (the figure below), or give a picture the id {#" + id.substring(4) + "} and link to it"
                                : "give the heading that id ({#" + id + "}), or correct the reference");
                continue;
            }
            parts.add(new TextNode(whole.substring(at, m.start())));
            parts.add(new Element("a").attr("href", RelativeUrl.toId(page, on.get(), id)).text(section.orElse(on.get().title())));
            at = m.end();
        }
        return at == 0 ? text : splice(text, parts, whole.substring(at));
    }

    /** Puts {@code parts}, then the text after the last reference, in place of {@code text}; returns that last text. */
    private static TextNode splice(TextNode text, List<Node> parts, String rest) {
        TextNode last = new TextNode(rest);
        for (Node part : parts) {
            text.before(part);
        }
        text.before(last);
        text.remove();
        return last;
    }

    /** A MyST link the Markdown stage marked ({@link MarkdownConverter#REFERENCE}, {@link MarkdownConverter#DOCUMENT}). */
    private static final Evaluator MYST_LINK = QueryParser.parse("a[" + MarkdownConverter.REFERENCE + "], a[" + MarkdownConverter.DOCUMENT + "]");

    /**
     * A MyST reference made a link: to the target with that label on any page, or to the page at that path ({@code {doc}},
     * from the page's folder, or from the top with a leading {@code /}); named, when it has no words, by the target's
     * heading or the page's title. One that names nothing is its words, reported.
     */
    private void resolve(Page page, Element link) {
        String label = link.attr(MarkdownConverter.REFERENCE);
        String path = link.attr(MarkdownConverter.DOCUMENT);
        link.removeAttr(MarkdownConverter.REFERENCE).removeAttr(MarkdownConverter.DOCUMENT);
        String href = null;
        String name = null;
        Optional<PageIndex.UnreadPage> unread = Optional.empty();
        if (!label.isEmpty()) {
            String id = label.startsWith("project:") ? label.substring("project:".length()) : label;
            Optional<PageIndex.Target> target = index.target(id.startsWith("#") ? id.substring(1) : id);
            if (target.isPresent()) {
                href = RelativeUrl.toId(page, target.get().page(), target.get().id());
                name = target.get().words();
            }
        } else {
            String resolved = RelativeUrl.resolve(path.startsWith("/") ? "" : page.folder(), path.replaceFirst("^/+", ""));
            Optional<Page> target = resolved == null ? Optional.empty() : index.byPath(Page.stem(resolved) + ".md");
            if (target.isPresent()) {
                href = target.get().path().equals(page.path()) ? "#" : RelativeUrl.between(page.url(), target.get().url());
                name = target.get().title();
            }
            unread = resolved == null ? Optional.empty() : index.unreadPage(resolved);
        }
        if (href == null) {
            if (label.startsWith("inv:")) {
                findings.notice(page.path(), SourceLines.of(link), "link.other-project", label
                        + " is a label in another Sphinx project (intersphinx), which the handbook cannot reach: its words are kept, without a link",
                        "link to that project's page by its web address");
            } else if (label.startsWith("xref:")) {
                // mystmd's reference into another MyST project (references: in myst.yml): no target of this handbook,
                // so the advice to write one here would be wrong.
                findings.notice(page.path(), SourceLines.of(link), "link.other-project", label
                        + " is a reference into another MyST project (listed under references: in myst.yml), which the handbook cannot reach: its words are kept, without a link",
                        "link to that project's page by its web address");
            } else {
                String what = label.isEmpty() ? "{doc}`" + path + "` names no page of the handbook" : label + " names no target of the handbook";
                findings.warning(page.path(), SourceLines.of(link), "link.cross-reference", what + unread.map(u -> ": " + u.what()).orElse(""),
                        unread.isPresent() ? unread.get().fix() : label.isEmpty() ? "give the page's path from this page's folder, without its extension"
                                : "put (" + label + ")= on the line before the heading it names, or correct the reference");
            }
            if (link.text().isEmpty()) {
                link.text(label.isEmpty() ? path : label);
            }
            link.unwrap();
            return;
        }
        link.attr("href", href);
        LinkRewriter.nameIfWordless(link, name);
    }

    private void link(Page page, TextNode text) {
        String whole = text.getWholeText();
        Matcher m = REFERENCE.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            Optional<Map.Entry<Page, String>> target = index.crossReference(m.group(2));
            if (target.isEmpty()) {
                Element parent = text.parent() instanceof Element e ? e : null;
                findings.warning(page.path(), parent == null ? 0 : SourceLines.of(parent), "link.cross-reference",
                        "@" + m.group(2) + " names no section, figure or table of the handbook (no heading or picture has the id "
                                + m.group(2) + ")", "give the target that id ({#" + m.group(2) + "}), or correct the reference");
                continue;
            }
            // A bracket belongs to the reference only when both are there: "[@sec-a]", not "[see @sec-a]".
            boolean bracketed = m.group(1) != null && m.group(4) != null;
            int start = bracketed ? m.start() : m.start(2) - 1;
            int end = bracketed ? m.end() : m.end(2);
            parts.add(new TextNode(whole.substring(at, start)));
            parts.add(new Element("a").attr("href", RelativeUrl.toId(page, target.get().getKey(), m.group(2))).text(target.get().getValue()));
            at = end;
        }
        if (at > 0) {
            splice(text, parts, whole.substring(at));
        }
    }
}
