package org.handbookpress.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a browser shows of HTML written loosely in a page, but EPUB's XHTML refuses (epubcheck's RSC-005): a
 * {@code <source>} or {@code <track>} whose remote {@code src} the sanitiser took away, a list item outside any list,
 * a paragraph or list inside text markup ({@code <strong>} never closed before the next paragraph), and a block inside
 * a paragraph, heading or {@code <pre>}. In a chapter the first are left out, list items gathered into a list, text
 * markup holding blocks unwrapped (its blocks kept), and a block inside a paragraph unwrapped (its content kept).
 */
final class ContentModel {

    private static final Set<String> LISTS = Set.of("ul", "ol", "menu");
    /** Elements that hold text only (phrasing content), which HTML gives no blocks. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i",
            "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "label");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "dialog", "div", "dl",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "table", "ul");

    private ContentModel() {
    }

    static void repair(Element section) {
        repair(section, "Details");
    }

    /** @param foldTitle the title of a fold that has none, in the book's language ("Details") */
    static void repair(Element section, String foldTitle) {
        leaveOutComments(section);
        // An old-style anchor, <a name="2">, which links reach on the website: in a book only an id is a link's target.
        for (Element anchor : section.select("a[name]:not([id])")) {
            if (!anchor.attr("name").isBlank()) {
                anchor.id(anchor.attr("name"));
            }
        }
        uniqueIds(section);
        // A <time> without a datetime holds a date as text only ("Last checked <time>", a placeholder read as HTML); a
        // caption inside a caption is one never closed (docsify's colour swatches).
        for (Element time : section.select("time:not([datetime])")) {
            if (!time.children().isEmpty()) {
                time.unwrap();
            }
        }
        for (Element inner : section.select("figcaption figcaption, summary summary, caption caption, label label")) {
            inner.unwrap();
        }
        // HTML requires a fold's <summary>, which a browser supplies ("Details") when a page leaves it out.
        for (Element details : section.select("details")) {
            Element first = details.firstElementChild();
            if (first == null || !first.normalName().equals("summary")) {
                details.prependElement("summary").text(foldTitle);
            }
        }
        for (Element media : section.select("source:not([src]), source[src=''], track:not([src]), track[src='']")) {
            media.remove();
        }
        for (Element item : section.select("li")) {
            Element parent = item.parent();
            if (parent != null && !LISTS.contains(parent.normalName())) {
                gatherIntoList(item);
            }
        }
        // Innermost first: a <strong> inside an <em>, both holding a paragraph.
        List<Element> phrasing = new ArrayList<>(section.select(String.join(", ", PHRASING)));
        java.util.Collections.reverse(phrasing);
        for (Element e : phrasing) {
            if (e.parent() != null && holdsABlock(e)) {
                e.unwrap();
            }
        }
        // A paragraph, heading or preformatted block holding a block (raw HTML's <pre> inside a <pre>, as OpenSAFELY's
        // generated reference has): the inner block's content stays in its place, on a line of its own in a <pre>.
        List<Element> textBlocks = new ArrayList<>(section.select("p, pre, h1, h2, h3, h4, h5, h6"));
        java.util.Collections.reverse(textBlocks);
        for (Element e : textBlocks) {
            for (Element child : new ArrayList<>(e.children())) {
                if (BLOCKS.contains(child.normalName())) {
                    if (e.normalName().equals("pre")) {
                        child.after("\n");
                    }
                    child.unwrap();
                }
            }
        }
    }

    /** The list item and the list items beside it (white space between them aside) into one {@code <ul>}. */
    private static void gatherIntoList(Element item) {
        Element list = new Element("ul");
        item.before(list);
        Node next = item;
        while (next != null) {
            Node after = next.nextSibling();
            if (next instanceof Element e && e.normalName().equals("li")) {
                list.appendChild(e);
            } else if (!(next instanceof TextNode text && text.isBlank())) {
                break;
            }
            next = after;
        }
    }

    private static boolean holdsABlock(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Comments mean nothing to a reader, and one holding "--" ({@code <!-- md:default <code>&lt;!-- more --&gt;</code> -->},
     * as MkDocs Material's pages write their annotations) is no XML: the chapter stopped there for epubcheck.
     */
    private static void leaveOutComments(Element section) {
        List<Node> comments = new ArrayList<>();
        section.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
    }

    /**
     * An id given twice on a page (three {@code {#default}} headings): a browser goes to the first, XHTML allows one.
     * The later ones take a number, {@code default-2}; links to the id go to the first, as on the website.
     */
    private static void uniqueIds(Element section) {
        org.jsoup.select.Elements withIds = section.select("[id]");
        Set<String> taken = new java.util.HashSet<>(withIds.eachAttr("id")); // a number is never one the page gives itself
        Set<String> seen = new java.util.HashSet<>();
        for (Element e : withIds) {
            String id = e.id();
            if (!seen.add(id)) {
                int n = 2;
                while (taken.contains(id + "-" + n)) {
                    n++;
                }
                taken.add(id + "-" + n);
                e.id(id + "-" + n);
            }
        }
    }
}
