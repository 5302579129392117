package org.handbookpress.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.markdown.MarkdownConverter;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the first use of each term under an element into a link to its glossary entry. Works on
 * Jsoup text nodes, so a term split across inline elements ({@code Round<em>s</em>}) is not seen, and
 * never looks inside headings (a table's header cells too), links, code, form controls, labels the build writes itself (a callout's
 * "Note" or "Exercise" title, an agenda's times), or anything marked {@code class="no-glossary"}.
 *
 * <p>A link carries the term's plain-text definition in {@code data-definition} and its name in
 * {@code data-term}; {@code assets/glossary.js} turns these into an accessible popup.
 */
final class TermLinker {

    /** The class that keeps the text inside an element unlinked, e.g. {@code <span class="no-glossary">Round</span>}. */
    static final String OPT_OUT = "no-glossary";
    /** The class of every link the glossary makes. */
    static final String LINK_CLASS = "glossary-term";

    /**
     * A table's header cells ({@code th}) are headings too: "Guests a week" over a column had its term underlined in
     * capitals, and the sentence below that a reader meets it in was left unlinked. So is a table's caption, its title
     * (a session's agenda repeats there the heading it stands under, "Agenda: Part one: warm-up and practice").
     */
    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "th", "caption", "a", "code", "pre", "kbd", "samp",
            "var", "script", "style", "textarea", "button", "select", "option", "label", "summary", "svg", "math",
            "template", "iframe", "object", "title", "input");

    /** Classes of the labels the build generates (markdown/Callouts, render/SessionAgenda, the glossary page, LinkRewriter). */
    static final Set<String> GENERATED_LABELS = Set.of("callout-title", "agenda-time", "agenda-length", "agenda-part-length", "glossary-forms",
            "glossary-used-in-label", "missing-image");

    private final Glossary glossary;
    /** Entries by their anchor ({@code term-shift-lead}), for the links an author writes to them. */
    private final Map<String, Integer> byId = new HashMap<>();

    TermLinker(Glossary glossary) {
        this.glossary = glossary;
        for (int i = 0; i < glossary.entries().size(); i++) {
            byId.putIfAbsent(glossary.entries().get(i).id(), i);
        }
    }

    /**
     * @param fromUrl the URL of the page the links go on, to make them relative
     * @param skip    entries (indexes into {@link Glossary#entries()}) never to link here
     * @param linked  entries already linked on this page; updated, so only a first use is linked
     * @return every entry used under {@code root}, linked or not
     */
    BitSet link(Element root, String fromUrl, Set<Integer> skip, BitSet linked) {
        BitSet used = new BitSet();
        linkedByHand(root, fromUrl, linked, used);
        named(root, fromUrl, skip, linked, used);
        List<TextNode> texts = new ArrayList<>();
        collect(root, texts);
        for (TextNode node : texts) {
            String text = node.getWholeText();
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                // Terms are stored composed; "Gŵyl" typed with a combining accent must still match.
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
                node.text(text);
            }
            List<TermMatcher.Match> matches = glossary.matcher().findAll(text);
            if (matches.isEmpty()) {
                continue;
            }
            List<Node> parts = new ArrayList<>();
            int at = 0;
            for (TermMatcher.Match match : matches) {
                int entry = match.value();
                if (entry == Glossary.NAME) {
                    continue;
                }
                used.set(entry);
                if (skip.contains(entry) || linked.get(entry)) {
                    continue;
                }
                linked.set(entry);
                if (match.start() > at) {
                    parts.add(new TextNode(text.substring(at, match.start())));
                }
                parts.add(linkTo(glossary.entries().get(entry), text.substring(match.start(), match.end()), fromUrl));
                at = match.end();
            }
            if (parts.isEmpty()) {
                continue;
            }
            if (at < text.length()) {
                parts.add(new TextNode(text.substring(at)));
            }
            Element parent = (Element) node.parent();
            parent.insertChildren(node.siblingIndex(), parts);
            node.remove();
        }
        return used;
    }

    /**
     * Words that name a term other than by its text, MyST's {@code {term}`deterministically order them <Deterministic
     * Ordering>`}: a use of that term, linked when it is the first. Before, the words were shown unlinked and the term,
     * used only so, was reported unused.
     */
    private void named(Element root, String fromUrl, Set<Integer> skip, BitSet linked, BitSet used) {
        for (Element words : root.select("span[" + MarkdownConverter.TERM + "]")) {
            String name = words.attr(MarkdownConverter.TERM).strip();
            words.removeAttr(MarkdownConverter.TERM);
            int entry = -1;
            for (TermMatcher.Match match : glossary.matcher().findAll(name)) {
                if (match.start() == 0 && match.end() == name.length() && match.value() != Glossary.NAME) {
                    entry = match.value();
                }
            }
            if (entry < 0) {
                continue;
            }
            used.set(entry);
            if (skip.contains(entry) || linked.get(entry) || words.closest("a, h1, h2, h3, h4, h5, h6") != null) {
                continue;
            }
            linked.set(entry);
            words.replaceWith(linkTo(glossary.entries().get(entry), words.text(), fromUrl));
        }
    }

    /**
     * The author's own links to an entry ({@code [shift lead](../glossary.md#shift-lead)}, which the links pass has
     * pointed at the entry's anchor): a use of that term, and its link on the page, with the definition on hover and
     * focus as the build's own links have it. An independent food bank's handbook linked "shift lead" so on two pages:
     * neither was in the term's "Used in" list, the link showed no definition, and a later "shift lead" on the page was
     * linked a second time.
     */
    private void linkedByHand(Element root, String fromUrl, BitSet linked, BitSet used) {
        if (byId.isEmpty()) {
            return;
        }
        for (Element a : root.select("a[href*=#]")) {
            String href = a.attr("href");
            Integer entry = byId.get(href.substring(href.lastIndexOf('#') + 1));
            if (entry == null || a.hasClass(LINK_CLASS) || !href.equals(glossary.href(fromUrl, glossary.entries().get(entry)))) {
                continue;
            }
            used.set(entry);
            linked.set(entry);
            a.addClass(LINK_CLASS).attr("data-term", glossary.entries().get(entry).term())
                    .attr("data-definition", glossary.entries().get(entry).tooltip());
        }
    }

    private Element linkTo(GlossaryEntry entry, String text, String fromUrl) {
        Element a = new Element("a").addClass(LINK_CLASS).attr("href", glossary.href(fromUrl, entry));
        a.attr("data-term", entry.term());
        a.attr("data-definition", entry.tooltip());
        return a.text(text);
    }

    private static boolean isGeneratedLabel(Element e) {
        for (String name : e.classNames()) {
            if (GENERATED_LABELS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Element element, List<TextNode> into) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                into.add(text);
            } else if (child instanceof Element e && !SKIPPED.contains(e.normalName()) && !e.hasClass(OPT_OUT) && !isGeneratedLabel(e)) {
                collect(e, into);
            }
        }
    }
}
