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
            ActivityFacts.Fact fact = facts.fact(key);
            if (fact.isEmpty()) {
                continue;
            }
            Element item = list.appendElement("div");
            item.appendElement("dt").text(words.text(label(key)));
            Element description = item.appendElement("dd");
            int keyLine = page.page().meta().lineOf(key);
            if (fact.items().size() == 1) {
                description.html(html(fact.items().get(0), keyLine + fact.linesBelowKey().get(0)));
                continue;
            }
            // A list in the front matter (materials: - paper - pens) is a list in the box: each item, not the first alone.
            Element items = description.appendElement("ul");
            for (int i = 0; i < fact.items().size(); i++) {
                items.appendElement("li").html(html(fact.items().get(i), keyLine + fact.linesBelowKey().get(i)));
            }
        }
        page.content().prependChild(list);
    }

    /**
     * An item's Markdown as HTML, read from its own line, so that a finding in it (a link that names nothing) points
     * there. One paragraph, as most are, is the item's text itself.
     */
    private String html(String markdown, int line) {
        Element body = Jsoup.parseBodyFragment(converter.toHtml(markdown, line)).body();
        Element only = body.children().size() == 1 && body.child(0).tagName().equals("p") ? body.child(0) : body;
        return only.html();
    }

    /** The label of a fact, by its key: {@code activity.time}, {@code activity.prerequisites} for {@code prereq}. */
    private static String label(String key) {
        return "activity." + (key.equals("prereq") ? "prerequisites" : key);
    }
}
