package org.handbookpress.pdf;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Style elements a page writes in its body ({@code <style>} is allowed in a page), which print and e-book documents want
 * in their head: the layout engine reads style sheets from the head only and drew a body's style sheet as text, where a
 * browser applies it and shows nothing, and XHTML allows one only in the head (epubcheck rejects the book otherwise).
 * Style sheets inside SVG pictures stay for the SVG.
 */
public final class PageStyles {

    private PageStyles() {
    }

    /** The style elements in {@code body} that are a page's own, not a drawing's: to be moved into a head. */
    public static List<Element> inBody(Element body) {
        return body.getElementsByTag("style").stream().filter(style -> style.closest("svg") == null).toList();
    }

    /** Moves the page's own style sheets into the print document's head, after the print styles. */
    static void toHead(Document html) {
        if (html.body() == null || html.head() == null) {
            return;
        }
        for (Element style : inBody(html.body())) {
            html.head().appendChild(style); // moves it: appendChild takes the element from where it was
        }
    }
}
