package org.handbookpress.markdown;

import org.jsoup.nodes.Element;

/**
 * Removes a page's opening {@code #} heading when it is the page's title: the layout prints the
 * title itself, and two {@code h1}s would confuse screen readers and the contents.
 */
public final class LeadingTitle implements HtmlPass {

    @Override
    public void apply(PageHtml page) {
        Element first = page.content().firstElementChild();
        if (first != null && first.tagName().equals("h1") && first.text().trim().equalsIgnoreCase(page.page().title().trim())) {
            first.remove();
        }
    }
}
