package org.handbookpress.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A MyST target that names its heading by the id the heading has anyway ({@code (setup)=} before {@code ## Setup},
 * whose id is {@code setup}): one id twice on a page, which browsers and screen readers resolve to the first and axe
 * reports. The heading keeps the id and takes the target's class, so a reference still finds it and is named by it.
 */
public final class MystTargets implements HtmlPass {
    private static final Evaluator TARGETS = QueryParser.parse("span." + MarkdownConverter.TARGET);

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold(")=")) {
            return;
        }
        for (Element target : page.content().select(TARGETS)) {
            Element parent = target.parent();
            if (parent != null && PageHtml.headingLevel(parent) > 0 && parent.id().equals(target.id())) {
                parent.addClass(MarkdownConverter.TARGET);
                target.remove();
            }
        }
    }
}
