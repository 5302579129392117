package org.handbookpress.markdown;

import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finishes the boxes that fenced divs ({@link FencedDivs}) became: a box of a known kind (note,
 * callout-tip, challenge…) is labelled for screen readers by its first heading, or gets a title
 * naming its kind when it has none; a box of another kind given a title ({@code :::{admonition} Ground rules}, a
 * content tab) is labelled by it; a folded {@code solution} takes its first heading as the text
 * of the control that opens it ("Solution" otherwise).
 */
public final class DivBoxes implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator FENCED_DIVS = QueryParser.parse(".fenced-div");
    private static final Evaluator LABELLED = QueryParser.parse("[" + FencedDivs.LABEL + "]");

    private final PageLabels labels;

    /** @param labels the titles it gives boxes by their kind ("Note", "Speaker notes"), in each page's language */
    public DivBoxes(PageLabels labels) {
        this.labels = labels;
    }

    @Override
    public void apply(PageHtml page) {
        Labels words = labels.ofText(page.page().path(), page.page().meta().language());
        // Titles the Markdown stage gave by a box's kind, in English: in the page's language now.
        for (Element title : page.content().select(LABELLED)) {
            String key = title.attr(FencedDivs.LABEL);
            title.removeAttr(FencedDivs.LABEL);
            if (words.has(key)) {
                title.text(words.text(key));
            }
        }
        int counter = 0;
        for (Element box : page.content().select(FENCED_DIVS)) {
            if (box.hasClass(ShortcodeBlocks.CAPTIONED_TABLE)) {
                caption(box);
                continue;
            }
            if (box.hasClass(MystDirectives.FIGURE_MD)) {
                figure(box);
                continue;
            }
            String name = box.classNames().iterator().next();
            // MyST's {admonition} takes the look of its :class: (tip), as any box takes its first class's that has one.
            String look = box.classNames().stream().filter(c -> !c.equals("admonition")).map(BoxStyles::of)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(BoxStyles.of(name));
            if (look != null) {
                box.addClass("box-" + look); // the theme colours the look, whichever tool named the kind
            }
            String label = name.equals("notes") ? words.text("slides.notes")
                    : FencedDivs.LABELS.containsKey(name) ? words.text(FencedDivs.labelKey(name)) : null;
            Element first = box.tagName().equals("details") ? box.child(0).nextElementSibling() : box.firstElementChild();
            boolean heading = first != null && (PageHtml.headingLevel(first) > 0 || first.hasClass("fenced-div-title"));
            if (box.tagName().equals("details")) {
                if (heading && PageHtml.headingLevel(first) > 0) {
                    box.child(0).text(first.text());
                    first.remove();
                }
                continue;
            }
            if (label == null && !(first != null && first.hasClass("fenced-div-title"))) {
                continue; // a div of no known kind and no title is layout (columns, a wrapper), not a box
            }
            box.attr("role", name.startsWith("callout") || name.equals("note") || name.equals("notes") ? "note" : "group");
            Element title = heading ? first : box.prependElement("p").addClass("fenced-div-title").text(label);
            if (title.id().isEmpty()) {
                title.id("box-" + name + "-" + (++counter));
            }
            box.attr("aria-labelledby", title.id());
        }
    }

    /**
     * MyST's {@code {figure-md}}: a figure of its picture, captioned by what follows it. Without a picture it stays a
     * div of its content.
     */
    private static void figure(Element box) {
        Element picture = box.selectFirst("img");
        if (picture == null) {
            return;
        }
        Element figure = new Element("figure");
        if (!box.id().isEmpty()) {
            figure.id(box.id());
        }
        if (box.hasAttr(MarkdownConverter.LINE)) {
            figure.attr(MarkdownConverter.LINE, box.attr(MarkdownConverter.LINE));
        }
        Element holder = picture.parent() != null && picture.parent().normalName().equals("p") && picture.parent().childrenSize() == 1
                ? picture.parent() : picture;
        Element caption = new Element("figcaption");
        for (org.jsoup.nodes.Node after : new java.util.ArrayList<>(box.childNodes())) {
            if (after != holder && !(after instanceof org.jsoup.nodes.TextNode text && text.isBlank())) {
                caption.appendChild(after);
            }
        }
        box.replaceWith(figure);
        figure.appendChild(picture);
        if (caption.childrenSize() == 1 && caption.child(0).normalName().equals("p")) {
            caption.child(0).unwrap(); // a caption of one paragraph is its words
        }
        if (!caption.text().isBlank()) {
            figure.appendChild(caption);
        }
    }

    /** A table's title becomes its caption, read with it by a screen reader, and its wrapper goes: it was only the shortcode. */
    private static void caption(Element wrapper) {
        Element title = wrapper.selectFirst("> p.fenced-div-title");
        Element table = wrapper.selectFirst("table");
        if (title != null && table != null && table.selectFirst("> caption") == null) {
            table.prependElement("caption").html(title.html());
            title.remove();
        }
        wrapper.unwrap();
    }
}
