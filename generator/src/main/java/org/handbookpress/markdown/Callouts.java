package org.handbookpress.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns GitHub-style alerts ({@code > [!NOTE]}) and exercises ({@code > [!EXERCISE] 8 lines}) into
 * labelled boxes. An exercise keeps its number of writing lines in {@code data-lines} for print.
 */
public final class Callouts implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator QUOTES = QueryParser.parse("blockquote");

    public static final int DEFAULT_EXERCISE_LINES = 5;
    private static final Pattern MARKER = Pattern.compile(
            "^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|EXERCISE)\\][ \\t]*(?:(\\d{1,2})\\s*lines?)?[ \\t]*\\n?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> LABELS = Map.of(
            "note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution",
            "exercise", "Exercise");

    @Override
    public void apply(PageHtml page) {
        for (Element quote : page.content().select(QUOTES)) {
            Element first = quote.firstElementChild();
            if (first == null || !first.tagName().equals("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher m = MARKER.matcher(text.getWholeText());
            if (!m.find()) {
                continue;
            }
            String type = m.group(1).toLowerCase(Locale.ROOT);
            text.text(text.getWholeText().substring(m.end()));
            // The marker often stands alone on its line; drop the soft break and the empty paragraph it leaves.
            trimLeadingBreak(first);
            if (first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            Element box = new Element("div").addClass("callout").addClass("callout-" + type)
                    .attr(MarkdownConverter.LINE, quote.attr(MarkdownConverter.LINE));
            if (type.equals("exercise")) {
                int lines = m.group(2) == null ? DEFAULT_EXERCISE_LINES : Integer.parseInt(m.group(2));
                box.addClass("exercise").attr("data-lines", String.valueOf(Math.max(1, lines)));
                box.attr("role", "group");
            } else {
                box.attr("role", "note");
            }
            Element title = new Element("p").addClass("callout-title").text(LABELS.get(type));
            box.appendChild(title);
            for (Node child : quote.childNodesCopy()) {
                box.appendChild(child);
            }
            String id = "callout-" + type + "-" + (page.content().select(".callout").size() + 1);
            title.attr("id", id);
            box.attr("aria-labelledby", id);
            quote.replaceWith(box);
        }
    }

    private static void trimLeadingBreak(Element paragraph) {
        while (paragraph.childNodeSize() > 0) {
            Node node = paragraph.childNode(0);
            if (node instanceof TextNode t && t.getWholeText().isBlank()) {
                t.remove();
            } else if (node instanceof Element e && e.tagName().equals("br")) {
                e.remove();
            } else {
                if (node instanceof TextNode t) {
                    t.text(t.getWholeText().replaceFirst("^\\s+", ""));
                }
                return;
            }
        }
    }
}
