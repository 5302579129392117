package org.handbookpress.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Style elements a page writes in its body ({@code <style>} is allowed in a page), moved into the print document's
 * head, after the print styles: the layout engine reads style sheets from the head only and drew a body's style
 * sheet as text, where a browser applies it and shows nothing. Style sheets inside SVG pictures stay for the SVG.
 */
final class PageStyles {

    private PageStyles() {
    }

    static void toHead(Document html) {
        if (html.body() == null || html.head() == null) {
            return;
        }
        for (Element style : html.body().getElementsByTag("style")) {
            if (style.parents().stream().noneMatch(parent -> parent.normalName().equals("svg"))) {
                html.head().appendChild(style); // moves it: appendChild takes the element from where it was
            }
        }
    }
}
