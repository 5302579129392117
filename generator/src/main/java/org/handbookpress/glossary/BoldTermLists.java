package org.handbookpress.glossary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A glossary written as a list of terms in bold, each followed by its definition ({@code - **Mentor**: a volunteer
 * who…}, or with a dash), as READMEs, Notion and the Carpentries' lessons write one: read as the definition list it
 * stands for, so that its terms are the glossary's. The glossary page had "no terms" (glossary.no-terms) and none was
 * linked. Only on a glossary page with no definition list of its own, and only a list whose every item is so written:
 * a list of bold points that are not terms stays a list. Paragraphs so written, two or more together, are read the same
 * way, as documents exported from Google Docs or Word write a glossary.
 */
final class BoldTermLists {

    /** What parts a term from its definition: a colon (inside the bold or after it), or a dash with spaces. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?::|[-\u2013\u2014](?=\\s))\\s*");

    private BoldTermLists() {
    }

    /** Turns each such top-level list of {@code content} into a definition list, when it has none. */
    static void asDefinitions(Element content) {
        if (!TermAnchors.lists(content).isEmpty()) {
            return;
        }
        for (Element list : content.children()) {
            if (list.tagName().equals("ul") && !list.children().isEmpty() && list.children().stream().allMatch(BoldTermLists::isEntry)) {
                list.tagName("dl");
                for (Element item : List.copyOf(list.children())) {
                    entry(item);
                }
            }
        }
        paragraphsAsDefinitions(content);
    }

    /**
     * Runs of two or more paragraphs each opening with its term in bold ({@code **Mentor**: a volunteer who…} on a line
     * of its own, no list), as a document exported from Google Docs or Word writes a glossary: each run a definition list.
     */
    private static void paragraphsAsDefinitions(Element content) {
        List<Element> run = new java.util.ArrayList<>();
        for (Element block : content.children()) {
            if (block.tagName().equals("p") && isEntry(block)) {
                run.add(block);
                continue;
            }
            definitions(run);
            run.clear();
        }
        definitions(run);
    }

    private static void definitions(List<Element> paragraphs) {
        if (paragraphs.size() < 2) {
            return;
        }
        Element list = new Element("dl");
        paragraphs.get(0).before(list);
        for (Element paragraph : paragraphs) {
            Element item = new Element("li"); // as a list's item, which entry() makes a term and its definition
            paragraph.attributes().forEach(attribute -> item.attr(attribute.getKey(), attribute.getValue()));
            item.appendChildren(List.copyOf(paragraph.childNodes()));
            paragraph.remove();
            list.appendChild(item);
            entry(item);
        }
    }

    /** Whether a list item starts with its term in bold, then a colon or a dash, then its definition. */
    private static boolean isEntry(Element item) {
        Element bold = leadingBold(item);
        if (bold == null || bold.text().strip().isEmpty()) {
            return false;
        }
        if (bold.text().strip().endsWith(":")) {
            return true;
        }
        return bold.nextSibling() instanceof TextNode after && (SEPARATOR.matcher(after.getWholeText()).find() || aloneOnItsLine(after));
    }

    /**
     * Whether the term stands alone on its line, its definition starting on the next ({@code - **Helper**} and below it
     * {@code A volunteer who…}): the shape the rest of such a list has, with the colon forgotten (the Carpentries'
     * instructor training writes one of its 50 entries so). The definition must follow: a bold point with nothing after
     * it is no term.
     */
    private static boolean aloneOnItsLine(TextNode after) {
        String text = after.getWholeText();
        int newline = text.indexOf('\n');
        return newline >= 0 && text.substring(0, newline).isBlank() && !text.isBlank();
    }

    /** The item's first element, when nothing but white space comes before it, and it is bold; else null. */
    private static Element leadingBold(Element item) {
        Element holder = item.childrenSize() > 0 && item.child(0).tagName().equals("p") && item.child(0) == item.childNode(firstNonBlank(item))
                ? item.child(0) : item; // a loose list's item holds a paragraph
        int at = firstNonBlank(holder);
        if (at < 0 || !(holder.childNode(at) instanceof Element first)) {
            return null;
        }
        return first.tagName().equals("strong") || first.tagName().equals("b") ? first : null;
    }

    private static int firstNonBlank(Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            Node node = element.childNode(i);
            if (!(node instanceof TextNode text) || !text.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The item as a term and its definition: {@code <dt>Mentor</dt><dd>a volunteer who…</dd>}, the item's line kept. */
    private static void entry(Element item) {
        Element bold = leadingBold(item);
        String term = bold.text().strip();
        term = term.endsWith(":") ? term.substring(0, term.length() - 1).strip() : term;
        Element dt = new Element("dt").text(term);
        if (item.hasAttr(MarkdownConverter.LINE)) {
            dt.attr(MarkdownConverter.LINE, item.attr(MarkdownConverter.LINE));
        }
        if (bold.nextSibling() instanceof TextNode after) {
            Matcher separator = SEPARATOR.matcher(after.getWholeText());
            if (separator.find()) {
                after.text(after.getWholeText().substring(separator.end()));
            }
        }
        bold.remove();
        item.tagName("dd");
        item.before(dt);
    }
}
