package org.handbookpress.markdown;

import org.handbookpress.content.HeadingText;
import org.handbookpress.content.Kind;
import org.jsoup.nodes.Element;

/**
 * Removes a page's opening {@code #} heading when it is the page's title: the layout prints the
 * title itself, and two {@code h1}s would confuse screen readers and the contents. Opening means the page's first
 * heading, even after a paragraph (a README's line of badges or "Read on our website"). Slide decks keep
 * theirs: it is the title slide (their readable page turns a slide's {@code h1} into an {@code h2}). The heading's id
 * stays, on an empty element where it was: a link to it ({@code weekly.md#weekly-counts}) reaches the page's text; so
 * do MyST's targets in it.
 */
public final class LeadingTitle implements HtmlPass {

    @Override
    public void apply(PageHtml page) {
        if (page.page().kind() == Kind.SLIDES) {
            return; // a deck's opening heading is its title slide
        }
        // The page's first heading, even after a line of badges or links, as READMEs on GitHub often begin.
        for (Element e : page.content().children()) {
            if (PageHtml.headingLevel(e) > 0) {
                if (e.normalName().equals("h1") && HeadingText.repeats(e.text(), page.page().title(), page.content().select("h1").size() == 1)) {
                    remove(e);
                } else if (e.normalName().equals("h2") && page.content().select("h1").isEmpty()
                        && HeadingText.sameWords(e.text(), page.page().title())) {
                    // A page opening at a '##' heading of its title's words, under no '#': a Raspberry Pi Foundation
                    // project's step, titled by meta.yml, writes its title so (content/RaspberryPiProject), and it was
                    // shown twice, the layout's title over it. Its '###' sections are then the page's, a level up.
                    remove(e);
                    if (page.content().select("h2").isEmpty()) {
                        for (Element heading : page.content().select(PageHtml.HEADINGS)) {
                            heading.tagName("h" + (PageHtml.headingLevel(heading) - 1));
                        }
                    }
                }
                return;
            }
        }
    }

    /** Removes the opening heading that is the page's title, its id and targets kept where it was. */
    private static void remove(Element e) {
        if (!e.id().isEmpty()) { // its id stays, so that a link to it (README.md#handbook, as GitHub has it) finds the page
            Element kept = new Element("span").id(e.id()).attr(MarkdownConverter.HEADING, PageHtml.headingText(e));
            if (e.hasClass(MarkdownConverter.TARGET)) { // and a MyST target's label that was its id (MystTargets)
                kept.addClass(MarkdownConverter.TARGET).attr(MarkdownConverter.LABEL, e.text().strip());
            }
            e.before(kept);
        }
        // So do MyST's targets in it ((setup)= before the title), named by the title a reference to them shows.
        for (Element target : e.select("span." + MarkdownConverter.TARGET)) {
            e.before(target.attr(MarkdownConverter.LABEL, e.text().strip()));
        }
        e.remove();
    }
}
