package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The heading block a Hugo Learn or Relearn chapter page opens with ({@code chapter: true}): {@code ### Chapter 1} over
 * {@code # Basics}, as the themes' chapter archetype writes it, since they show no title of their own on such a page.
 * The lower headings above the title are the chapter's label, shown as a line above the text as the theme shows them
 * (a paragraph, its id kept), not headings: there they were a level skipped and an empty section each, reported, and
 * the title was shown twice, the {@code #} heading under its label no longer the page's first. The title heading is then
 * the leading title the layout shows ({@link LeadingTitle}). A page with anything else before its {@code #} heading is
 * left as it is.
 */
public final class ChapterHeadingBlock implements HtmlPass {

    /** The class of the line the label becomes, styled as a heading's eyebrow is. */
    static final String LABEL_CLASS = "eyebrow";

    @Override
    public void apply(PageHtml page) {
        if (!page.page().meta().chapterPage()) {
            return;
        }
        List<Element> label = new ArrayList<>();
        for (Element e : page.content().children()) {
            int level = PageHtml.headingLevel(e);
            if (level == 1) {
                break;
            }
            if (level == 0) {
                return; // text before the title: no heading block
            }
            label.add(e);
        }
        if (label.size() == page.content().childrenSize()) {
            return; // no '#' heading after them: the page's own headings
        }
        for (Element heading : label) {
            heading.tagName("p").addClass(LABEL_CLASS);
        }
    }
}
