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
 * of headings has reported both before this runs. In a deck split at headings, one at the slide level or above is a
 * slide without a title, as Pandoc and Quarto read {@code ## {.center}} or {@code ## {background-image="…"}}: it becomes
 * the break between slides a {@code ---} line is ({@code <hr>}), and is no finding.
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
            if (startsUntitledSlide(page, heading)) {
                Element slideBreak = new Element("hr");
                if (heading.hasAttr(MarkdownConverter.LINE)) {
                    slideBreak.attr(MarkdownConverter.LINE, heading.attr(MarkdownConverter.LINE));
                }
                heading.replaceWith(slideBreak);
            } else if (holdsAPicture(heading)) {
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

    /** Whether a wordless heading starts a slide without a title: in a deck split at headings, at the slide level or above. */
    public static boolean startsUntitledSlide(PageHtml page, Element heading) {
        Integer slideLevel = page.page().kind() == org.handbookpress.content.Kind.SLIDES ? page.page().meta().slideLevel() : null;
        return slideLevel != null && PageHtml.headingLevel(heading) <= slideLevel && !holdsAPicture(heading);
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
