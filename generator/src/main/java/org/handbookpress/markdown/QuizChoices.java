package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The choices of a Raspberry Pi Foundation quiz question ({@link RaspberryPiBlocks}: a {@code choices} block's list, each
 * item {@code (x) right} or {@code ( ) wrong}, with its {@code feedback} block under it), as a reader can answer them
 * with no script, opened from disk as on paper: each choice is shown without its marker, and under it a control to check
 * it, which opens on whether it is the right answer and its feedback. Before, the markers were shown as typed,
 * "(x) Good practice", giving the answer away and saying nothing to a screen reader. A list with an item not so marked is
 * left as it is.
 */
public final class QuizChoices implements HtmlPass {

    /** A choice's marker at the start of its text: group 1 {@code x} for the right answer (either case), else a space. */
    private static final Pattern MARKER = Pattern.compile("^\\s*\\(([xX ])\\)[ \\t\\u00a0]*");

    private final PageLabels labels;

    /** @param labels the control's and the verdicts' words, in each page's language */
    public QuizChoices(PageLabels labels) {
        this.labels = labels;
    }

    @Override
    public void apply(PageHtml page) {
        List<Element> lists = page.content().select("div.choices > ul, div.choices > ol");
        if (lists.isEmpty()) {
            return;
        }
        Labels words = labels.ofText(page.page().path(), page.page().meta().language());
        int counter = 0;
        for (Element list : lists) {
            List<Element> items = list.children().stream().filter(e -> e.normalName().equals("li")).toList();
            List<TextNode> marked = new ArrayList<>();
            for (Element item : items) {
                TextNode first = firstText(item);
                if (first == null || !MARKER.matcher(first.getWholeText()).find()) {
                    break;
                }
                marked.add(first);
            }
            if (items.isEmpty() || marked.size() != items.size()) {
                continue; // not a quiz's choices as the projects write them
            }
            list.addClass("quiz-choices");
            for (int i = 0; i < items.size(); i++) {
                Element item = items.get(i);
                Matcher m = MARKER.matcher(marked.get(i).getWholeText());
                m.find();
                boolean right = !m.group(1).equals(" ");
                marked.get(i).text(marked.get(i).getWholeText().substring(m.end()));
                choice(item, right, "quiz-choice-" + (++counter), words);
            }
        }
    }

    /** One choice: its own text, then a fold that says whether it is right and holds its feedback. */
    private static void choice(Element item, boolean right, String id, Labels words) {
        Element text = new Element("div").addClass("quiz-choice-text").id(id);
        Element check = new Element("details").addClass("quiz-check");
        check.appendElement("summary").attr("aria-describedby", id).text(words.text("quiz.check"));
        check.appendElement("p").addClass(right ? "quiz-right" : "quiz-wrong")
                .appendElement("strong").text(words.text(right ? "quiz.right" : "quiz.wrong"));
        for (Node node : new ArrayList<>(item.childNodes())) {
            if (node instanceof Element e && e.hasClass("feedback")) {
                check.appendChild(e);
            } else {
                text.appendChild(node);
            }
        }
        item.addClass("quiz-choice").appendChild(text).appendChild(check);
    }

    /** The first text of an element that is not blank, however deep (a loose list's item holds a paragraph). */
    private static TextNode firstText(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    return t;
                }
            } else if (node instanceof Element e) {
                return e.hasClass("feedback") ? null : firstText(e);
            }
        }
        return null;
    }
}
