package org.handbookpress.markdown;

import org.handbookpress.content.ActivityFacts;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A training activity's facts ({@link ActivityFacts}: how long, its format, what to have done first, what to bring) as a
 * list above the page's text, as the lesson templates that write them show them. Each value is Markdown (a
 * prerequisite may link the activity before), read as the page's own text is, its links and all.
 */
public final class ActivityFactsBox implements HtmlPass {

    private final PageLabels labels;
    private final MarkdownConverter converter;

    /**
     * @param labels    the facts' names, in the page's language
     * @param converter the pages' own converter: making one is a start-up cost every build would pay again
     */
    public ActivityFactsBox(PageLabels labels, MarkdownConverter converter) {
        this.labels = labels;
        this.converter = converter;
    }

    @Override
    public void apply(PageHtml page) {
        ActivityFacts facts = page.page().meta().activity();
        if (facts == null) {
            return;
        }
        Labels words = labels.of(page.page().path());
        Element list = new Element("dl").addClass("activity-facts");
        for (String key : ActivityFacts.KEYS) {
            String text = facts.text(key);
            if (text == null) {
                continue;
            }
            Element item = list.appendElement("div");
            item.appendElement("dt").text(words.text(label(key)));
            // Read from its key's line, so that a finding in it (a link that names nothing) points there.
            Element body = Jsoup.parseBodyFragment(converter.toHtml(text, page.page().meta().lineOf(key))).body();
            // One paragraph, as most are, is the term's text itself.
            Element only = body.children().size() == 1 && body.child(0).tagName().equals("p") ? body.child(0) : body;
            item.appendElement("dd").html(only.html());
        }
        page.content().prependChild(list);
    }

    /** The label of a fact, by its key: {@code activity.time}, {@code activity.prerequisites} for {@code prereq}. */
    private static String label(String key) {
        return "activity." + (key.equals("prereq") ? "prerequisites" : key);
    }
}
