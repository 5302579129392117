package org.handbookpress.markdown;

import java.util.Map;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives the HTML Flexmark writes what assistive technology needs and Markdown cannot say: wide
 * tables scroll inside a named, focusable region (so keyboard users can scroll them on a phone), blocks of
 * code can take the focus for the same reason (a long line scrolls sideways; GitHub marks its code blocks so),
 * task-list checkboxes are named by their state, a checkbox written in HTML without a name is named by the words
 * beside it (those of its list item or paragraph), and footnote back-links say where they go.
 */
public final class AccessibleMarkup implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator TASK_BOXES = QueryParser.parse("input.task-list-item-checkbox");
    private static final Evaluator OTHER_BOXES = QueryParser.parse("input[type=checkbox]:not(.task-list-item-checkbox)");
    private static final Evaluator BACK_LINKS = QueryParser.parse("a.footnote-backref");
    private static final Evaluator CODE_BLOCKS = QueryParser.parse("pre");

    private final PageLabels labels;

    /** @param labels the words it names things with, in each page's language ("Back to the text") */
    public AccessibleMarkup(PageLabels labels) {
        this.labels = labels;
    }

    @Override
    public void apply(PageHtml page) {
        Labels words = labels.ofText(page.page().path(), page.page().meta().language());
        for (Element table : page.content().select(TABLES)) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) {
                continue;
            }
            Element region = new Element("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", label(table, words));
            table.before(region);
            region.appendChild(table);
        }
        for (Element code : page.content().select(CODE_BLOCKS)) {
            if (!code.hasAttr("tabindex")) {
                code.attr("tabindex", "0");
            }
        }
        // A task's box is named by the task, "Read the referral summary, checkbox, checked", as any other box is: its
        // state the checkbox says itself ("Done" named every box of a list alike).
        for (Element box : page.content().select(TASK_BOXES)) {
            box.attr("aria-label", nameOf(box, box.parent() == null ? "" : PageHtml.ownText(box.parent()), words));
        }
        for (Element box : page.content().select(OTHER_BOXES)) {
            if (!named(box, page.content())) {
                box.attr("aria-label", nameOf(box, box.parent() == null ? "" : box.parent().text().strip(), words));
            }
        }
        for (Element back : page.content().select(BACK_LINKS)) {
            back.attr("aria-label", words.text("footnote.back"));
        }
    }

    /** A box's name: the words beside it, the first 120 characters of them; "Done" or "Not done" when it has none. */
    private static String nameOf(Element box, String words, Labels labels) {
        if (words.isEmpty()) {
            return labels.text(box.hasAttr("checked") ? "task.done" : "task.not-done");
        }
        return words.length() > 120 ? words.substring(0, 120).strip() + "…" : words;
    }

    /** Whether a form control has a name already: its own label attributes, a label around it or one naming its id. */
    private static boolean named(Element box, Element content) {
        if (!box.attr("aria-label").isBlank() || !box.attr("aria-labelledby").isBlank() || !box.attr("title").isBlank()
                || box.closest("label") != null) {
            return true;
        }
        String id = box.id();
        return !id.isEmpty() && content.select("label").stream().anyMatch(label -> label.attr("for").equals(id));
    }

    /** The table's caption, else the heading it sits under, so a screen reader can tell tables apart. */
    private static String label(Element table, Labels labels) {
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            return caption.text();
        }
        for (Element e = table.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (PageHtml.headingLevel(e) > 0) {
                return labels.format("table.under", Map.of("heading", e.text()));
            }
        }
        return labels.text("table");
    }
}
