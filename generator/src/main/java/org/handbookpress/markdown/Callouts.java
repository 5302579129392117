package org.handbookpress.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.findings.Findings;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.text.EditDistance;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns GitHub-style alerts ({@code > [!NOTE]}) and exercises ({@code > [!EXERCISE] 8 lines}) into
 * labelled boxes. An exercise keeps its number of writing lines in {@code data-lines} for print.
 *
 * <p>Obsidian's callouts are read too: any kind ({@code > [!faq]}, shown in the style of the GitHub kind it is
 * closest to), a title after the marker ({@code > [!info] Before you start}), and folding: {@code [!faq]-} folds
 * the box into a {@code <details>}, {@code [!faq]+} folds it open. The GitHub kinds are Obsidian's too, written
 * in lower case there ({@code > [!note] A quick reminder}): a marker not in capitals takes the rest of its line as
 * the title, as Obsidian shows it. After a marker in capitals ({@code > [!NOTE] Keep it short.}, GitHub's way,
 * where GitHub gives no title) and after an exercise's, the words stay the box's first words, as before.
 */
public final class Callouts implements HtmlPass {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator QUOTES = QueryParser.parse("blockquote");

    public static final int DEFAULT_EXERCISE_LINES = 5;
    private static final Pattern MARKER = Pattern.compile(
            "^\\[!([A-Za-z][\\w-]*)\\]([+-])?[ \\t]*(?:(\\d{1,2})\\s*lines?)?[ \\t]*", Pattern.CASE_INSENSITIVE);
    /** GitHub's kinds of alert (and the exercise): their title is their kind's label, the rest of a marker's line stays text. */
    private static final Set<String> GITHUB = Set.of("note", "tip", "important", "warning", "caution", "exercise");

    /** Words on an exercise's marker line that speak of lines, where no number of them was read ("eight lines", "100 lines"). */
    private static final Pattern LINES_ASKED = Pattern.compile("(?i)\\blines?\\b");
    public static final String EXERCISE_LINES = "callout.exercise-lines";
    static final String UNKNOWN_KIND = "callout.unknown-kind";

    private final PageLabels labels;
    private final Findings findings;

    /** @param labels the titles of the kinds of box ("Note", "Exercise"), in each page's language */
    public Callouts(PageLabels labels) {
        this(labels, Findings.discarded());
    }

    /** @param findings where an exercise's number of lines that cannot be read is reported */
    public Callouts(PageLabels labels, Findings findings) {
        this.labels = labels;
        this.findings = findings;
    }

    @Override
    public void apply(PageHtml page) {
        Labels words = labels.ofText(page.page().path(), page.page().meta().language());
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
            if (type.equals("exercise") && m.group(3) == null) {
                reportUnreadLines(page, quote, text.getWholeText().substring(m.end()));
            }
            boolean github = GITHUB.contains(type);
            if (!github && BoxStyles.of(type) == null && !words.has("box." + type)) {
                reportNearKind(page, quote, m.group(1));
            }
            String fold = m.group(2);
            // The theme's label for a kind it knows (every GitHub kind, Obsidian's question, bug…), else the kind's name.
            String label = words.has("box." + type) ? words.text("box." + type)
                    : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1).replace('-', ' ');
            String style = github ? type : java.util.Objects.requireNonNullElse(BoxStyles.of(type), "note");
            boolean folded = fold != null && !type.equals("exercise");
            Element title = new Element(folded ? "summary" : "p").addClass("callout-title");
            text.text(text.getWholeText().substring(m.end()));
            boolean obsidianCase = !type.equals("exercise") && !m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT));
            if (!github || fold != null || obsidianCase) {
                takeTitleLine(text, title); // Obsidian: the rest of the marker's line, markup and all, is the title
            }
            if (title.text().isBlank()) {
                title.empty().text(label);
            }
            wrapWords(title);
            // The marker often stands alone on its line; drop the soft break and the empty paragraph it leaves.
            trimLeadingBreak(first);
            if (first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            Element box = new Element(folded ? "details" : "div").addClass("callout").addClass("callout-" + style)
                    .attr(MarkdownConverter.LINE, quote.attr(MarkdownConverter.LINE));
            if (!style.equals(type)) {
                box.addClass("callout-" + type);
            }
            if (folded && fold.equals("+")) {
                box.attr("open", "");
            }
            if (type.equals("exercise")) {
                int lines = m.group(3) == null ? DEFAULT_EXERCISE_LINES : Integer.parseInt(m.group(3));
                box.addClass("exercise").attr("data-lines", String.valueOf(Math.max(1, lines)));
                box.attr("role", "group");
            } else if (!folded) {
                box.attr("role", "note");
            }
            box.appendChild(title);
            for (Node child : new java.util.ArrayList<>(quote.childNodes())) { // moved, not copied: a quote inside is still the one a later turn finds
                box.appendChild(child);
            }
            String id = "callout-" + type + "-" + (page.content().select(".callout").size() + 1);
            title.attr("id", id);
            if (!folded) {
                box.attr("aria-labelledby", id); // a details element is named by its summary
            }
            quote.replaceWith(box);
        }
    }

    /**
     * An exercise whose marker line asks for lines in a way not read ({@code eight lines}, {@code 100 lines}) gets the
     * usual number and shows those words in its box: its author, who asked for more room to write, is told.
     */
    private void reportUnreadLines(PageHtml page, Element quote, String rest) {
        String line = rest.lines().findFirst().orElse("").strip();
        if (LINES_ASKED.matcher(line).find()) {
            findings.warning(page.page().path(), SourceLines.of(quote), EXERCISE_LINES, "the exercise asks for '" + line
                            + "', which is not read as its number of writing lines: it gets the usual " + DEFAULT_EXERCISE_LINES
                            + ", and the words are shown in the box",
                    "write the number in figures, from 1 to 99: > [!EXERCISE] 8 lines");
        }
    }

    /**
     * A kind of box no tool names but a slip away from one that does ({@code [!TIPS]}, {@code [!WARNINGS]}, {@code
     * [!CAUTON]}) is told: it showed as a plain note titled "Tips", never as the box its author meant, without a word.
     * A kind of the author's own far from every known one ({@code [!recipe]}, as Obsidian allows) is left alone.
     */
    private void reportNearKind(PageHtml page, Element quote, String written) {
        java.util.Set<String> known = new java.util.TreeSet<>(GITHUB); // a set: a kind named twice is still one
        known.addAll(BoxStyles.kinds());
        EditDistance.nearest(written, known).ifPresent(meant -> findings.warning(page.page().path(), SourceLines.of(quote),
                UNKNOWN_KIND, "'[!" + written + "]' is no kind of box the handbook knows, so it shows as a plain note titled '"
                        + written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1).toLowerCase(Locale.ROOT) + "'",
                "did you mean [!" + meant.toUpperCase(Locale.ROOT) + "]? GitHub's kinds are NOTE, TIP, IMPORTANT, WARNING and CAUTION"));
    }

    /**
     * Puts the title's words in one span. The theme lays a title out as a row (the kind's symbol, the words, a folded
     * box's arrow), and each piece of markup in an Obsidian title ({@code > [!tip] Agree **one** goal}) was an item of
     * that row of its own: the title stood in narrow columns side by side and ran off a phone's screen.
     */
    private static void wrapWords(Element title) {
        Element words = new Element("span").addClass("callout-words");
        for (Node child : new java.util.ArrayList<>(title.childNodes())) {
            words.appendChild(child);
        }
        title.appendChild(words);
    }

    /** Moves the nodes from {@code from} up to the end of its line (a line break, or a {@code <br>}) into {@code title}. */
    private static void takeTitleLine(TextNode from, Element title) {
        Node node = from;
        while (node != null) {
            Node next = node.nextSibling();
            if (node instanceof TextNode t) {
                String whole = t.getWholeText();
                int end = whole.indexOf('\n');
                if (end >= 0) {
                    title.appendText(whole.substring(0, end).stripTrailing());
                    t.text(whole.substring(end + 1));
                    return;
                }
                title.appendText(whole);
                t.remove();
            } else if (node instanceof Element e && e.tagName().equals("br")) {
                e.remove();
                return;
            } else {
                title.appendChild(node);
            }
            node = next;
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
