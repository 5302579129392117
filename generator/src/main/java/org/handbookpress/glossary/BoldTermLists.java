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
    /** What joins two names of one term, each in bold ({@code **IG** or **OIG** - …}, {@code **Carer** / **Caregiver**:}). */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:/|or)\\s*");
    /**
     * A list this long whose items all open with a bold term, all but one in ten followed by a colon or a dash, is a
     * glossary with a slip or two ({@code - **Availability** means the availability of…} among 120 entries in 18F's
     * handbook): the others' bold word is their term, and their sentence is kept whole as its definition.
     */
    private static final int LONG_LIST = 10;

    private BoldTermLists() {
    }

    /** Turns each such top-level list of {@code content} into a definition list, when it has none. */
    static void asDefinitions(Element content) {
        if (!TermAnchors.lists(content).isEmpty()) {
            return;
        }
        for (Element list : content.children()) {
            if (list.tagName().equals("ul") && !list.children().isEmpty() && isGlossary(list.children())) {
                list.tagName("dl");
                for (Element item : List.copyOf(list.children())) {
                    if (isEntry(item)) {
                        entry(item);
                    } else {
                        sentence(item);
                    }
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

    /** Whether every item is an entry, or, in a long list, all open with a bold word and nine in ten are entries. */
    private static boolean isGlossary(List<Element> items) {
        long entries = items.stream().filter(BoldTermLists::isEntry).count();
        return entries == items.size() || items.size() >= LONG_LIST && entries * 10 >= items.size() * 9
                && items.stream().allMatch(item -> isEntry(item) || opensASentence(item));
    }

    /** Whether a list item starts with its term in bold, then a colon or a dash, then its definition. */
    private static boolean isEntry(Element item) {
        List<Node> term = termNodes(item);
        if (term.isEmpty()) {
            return false;
        }
        Element bold = (Element) term.get(term.size() - 1);
        if (bold.text().strip().endsWith(":")) {
            return true;
        }
        return bold.nextSibling() instanceof TextNode after && (SEPARATOR.matcher(after.getWholeText()).find() || aloneOnItsLine(after));
    }

    /** Whether the item's opening bold word runs on into a sentence on its line: {@code **Availability** means…}. */
    private static boolean opensASentence(Element item) {
        Element bold = leadingBold(item);
        return bold != null && !bold.text().isBlank() && bold.nextSibling() instanceof TextNode after
                && !after.getWholeText().isBlank() && !after.getWholeText().startsWith("\n");
    }

    /**
     * The nodes naming the item's term: its opening bold, and after it, when joined by "or" or a slash, the bold names
     * that follow ({@code **IG** or **OIG**}: the term "IG or OIG", which {@link TermParts} reads as two names). Empty
     * when the item opens with no bold word.
     */
    private static List<Node> termNodes(Element item) {
        Element bold = leadingBold(item);
        if (bold == null || bold.text().isBlank()) {
            return List.of();
        }
        List<Node> nodes = new java.util.ArrayList<>(List.of(bold));
        while (bold.nextSibling() instanceof TextNode joiner && JOINER.matcher(joiner.getWholeText()).matches()
                && joiner.nextSibling() instanceof Element next && isBold(next) && !next.text().isBlank()) {
            nodes.add(joiner);
            nodes.add(next);
            bold = next;
        }
        return nodes;
    }

    private static boolean isBold(Element element) {
        return element.tagName().equals("strong") || element.tagName().equals("b");
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
        return isBold(first) ? first : null;
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
        List<Node> nodes = termNodes(item);
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> text.append(node instanceof Element element ? element.text() : " " + ((TextNode) node).text().strip() + " "));
        String term = text.toString().strip().replaceAll("\\s+", " ");
        term = term.endsWith(":") ? term.substring(0, term.length() - 1).strip() : term;
        Element bold = (Element) nodes.get(nodes.size() - 1);
        if (bold.nextSibling() instanceof TextNode after) {
            Matcher separator = SEPARATOR.matcher(after.getWholeText());
            if (separator.find()) {
                after.text(after.getWholeText().substring(separator.end()));
            }
        }
        nodes.forEach(Node::remove);
        definition(item, term);
    }

    /** An item whose bold word opens its sentence: that word is the term, the sentence, bold word and all, its definition. */
    private static void sentence(Element item) {
        definition(item, leadingBold(item).text().strip());
    }

    /** The item made the term's definition, after a {@code <dt>} of the term that keeps the item's line. */
    private static void definition(Element item, String term) {
        Element dt = new Element("dt").text(term);
        if (item.hasAttr(MarkdownConverter.LINE)) {
            dt.attr(MarkdownConverter.LINE, item.attr(MarkdownConverter.LINE));
        }
        item.tagName("dd");
        item.before(dt);
    }
}
