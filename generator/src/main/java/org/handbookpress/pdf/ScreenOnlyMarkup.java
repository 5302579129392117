package org.handbookpress.pdf;

import java.util.List;
import org.handbookpress.markdown.ConditionalContent;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Takes out of a print copy what only works on screen, and what the page hides, and turns inline lists into text. OpenHTMLtoPDF
 * tags list items only when they are laid out as list items, so a list shown inline would leave
 * untagged content (a PDF/UA failure); and on paper the bookmarks replace the glossary's A–Z links.
 */
final class ScreenOnlyMarkup {

    /** Removed from print: screen-only blocks, the glossary's A–Z list, footnote "back" arrows. */
    private static final String REMOVED = ".screen-only, .glossary-az, a.footnote-backref";
    /** Shown in print, hidden on the web page: {@link ConditionalContent#PRINT_ONLY}. */
    private static final String PRINT_ONLY = "." + ConditionalContent.PRINT_ONLY + "[hidden]";
    /**
     * Hidden on the web page, and so on paper (an mdBook book's class="hidden"): the PDF engine shows what HTML's
     * {@code hidden} hides. Not {@code hidden="until-found"}, text a reader's find-in-page opens, which is the page's.
     */
    private static final String HIDDEN = "[hidden]:not([hidden=until-found])";
    /** Lists printed as one comma-separated line: the glossary's "Used in" pages. */
    private static final String INLINE_LISTS = ".glossary-used-in ul, .glossary-used-in ol";

    private ScreenOnlyMarkup() {
    }

    static void tidy(Element content) {
        content.select(REMOVED).remove();
        content.select(PRINT_ONLY).removeAttr("hidden"); // an author's part for print only (Quarto's when-format="pdf")
        content.select(HIDDEN).remove();
        for (Element list : content.select(INLINE_LISTS)) {
            Element line = new Element("span").addClass("inline-list");
            List<Element> items = list.children().stream().filter(e -> e.tagName().equals("li")).toList();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    line.appendText(", ");
                }
                for (Node child : items.get(i).childNodesCopy()) {
                    line.appendChild(child);
                }
            }
            list.replaceWith(line);
            if (line.previousSibling() != null && !line.previousSibling().outerHtml().endsWith(" ")) {
                line.before(" "); // "Used in: Rounds", where the web page's label and list sit apart by their style
            }
        }
    }
}
