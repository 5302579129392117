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
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
            return Optional.empty();
        }
        if (id.group(1).equals("sec")) {
            return Optional.of(element.text().strip());
        }
        return Optional.of(KINDS.get(id.group(1)) + " " + counted.merge(id.group(1), 1, Integer::sum));
    }

    @Override
    public void apply(PageHtml html) {
        Page page = html.page();
        if (!CodeChunks.isChunked(page.path()) || !page.markdown().contains("@")) {
            return; // Quarto's syntax, on Quarto's pages: elsewhere @fig-tree may be a name
        }
        List<TextNode> texts = new ArrayList<>();
        collect(html.content(), texts);
        for (TextNode text : texts) {
            link(page, text);
        }
    }

    private static void collect(Element element, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && text.text().contains("@")) {
                texts.add(text);
            } else if (child instanceof Element e && !e.normalName().equals("code") && !e.normalName().equals("pre")
                    && !e.normalName().equals("a")) {
                collect(e, texts);
            }
        }
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
            Page on = target.get().getKey();
            String href = (on.path().equals(page.path()) ? "" : RelativeUrl.between(page.url(), on.url())) + "#" + UrlPath.encodeFragment(m.group(2));
            parts.add(new Element("a").attr("href", href).text(target.get().getValue()));
            at = end;
        }
        if (at == 0) {
            return;
        }
        parts.add(new TextNode(whole.substring(at)));
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
