package org.handbookpress.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Headings with no words, which word processors leave behind and Google Docs' Markdown export writes as {@code ####}
 * alone on a line: a screen reader lists each as a heading with no name (axe's {@code empty-heading}). One that holds
 * nothing is taken out (its id kept on an empty span, for links to it); one that holds only a picture, as Google Docs
 * writes a diagram in a heading's style ({@code #### **![][image1]**}), is a paragraph holding the picture. The check
 * of headings has reported both before this runs.
 */
public final class EmptyHeadings implements HtmlPass {
    private static final Evaluator PICTURES = QueryParser.parse("img, svg, picture");
    private static final Evaluator IMAGES = QueryParser.parse("img[alt]");

    @Override
    public void apply(PageHtml page) {
        for (Element heading : page.content().select(PageHtml.HEADINGS)) {
            if (!wordless(heading)) {
                continue;
            }
            if (holdsAPicture(heading)) {
                Element paragraph = new Element("p");
                if (heading.hasAttr(MarkdownConverter.LINE)) {
                    paragraph.attr(MarkdownConverter.LINE, heading.attr(MarkdownConverter.LINE));
                }
                if (!heading.id().isEmpty()) {
                    paragraph.id(heading.id());
                }
                for (Node child : new java.util.ArrayList<>(heading.childNodes())) {
                    paragraph.appendChild(child);
                }
                heading.replaceWith(paragraph);
            } else if (!heading.id().isEmpty()) {
                heading.replaceWith(new Element("span").id(heading.id()));
            } else {
                heading.remove();
            }
        }
    }

    /** Whether the heading holds a picture, which a wordless heading is shown as, and so is no empty heading. */
    public static boolean holdsAPicture(Element heading) {
        return !heading.select(PICTURES).isEmpty();
    }

    /** Whether the heading has no words: no text, and no picture whose alt text names it (a logo can). */
    public static boolean wordless(Element heading) {
        return heading.text().isBlank() && heading.select(IMAGES).stream().allMatch(img -> img.attr("alt").isBlank());
    }
}
