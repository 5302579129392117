package org.handbookpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * GitBook's cards: a {@code <table data-view="cards">} whose every row GitBook shows as a card, the cells with something
 * in them one under the other, and whose columns headed {@code data-hidden} it does not show: the card's target
 * ({@code data-card-target}, a link that makes the whole card one) and its cover. Read as a table, a migrated page
 * showed a heading row of nothing, columns of nothing, and the targets as a column of file names
 * ({@code features.md}) beside the cards' words; and the sanitiser noted each of GitBook's attributes it removed. Here
 * the table is the theme's list of cards: each row an item of its shown cells, linked to its target when none of them
 * holds a link already. Done before the sanitiser, which would remove the attributes that say which columns are hidden.
 */
public final class GitBookCards implements HtmlPass {

    private static final Evaluator CARDS = QueryParser.parse("table[data-view=cards]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator CONTENT_ELEMENT = QueryParser.parse("img, picture, svg, video, iframe, input");
    private static final Evaluator BLOCK = QueryParser.parse("p, div, ul, ol, dl, blockquote, pre, table, h1, h2, h3, h4, h5, h6, figure");

    @Override
    public void apply(PageHtml page) {
        if (!page.mayHold("data-view")) {
            return;
        }
        for (Element table : page.content().select(CARDS)) {
            table.replaceWith(cards(table));
        }
    }

    private static Element cards(Element table) {
        List<Element> heads = new ArrayList<>();
        Element headRow = table.selectFirst("thead > tr");
        if (headRow != null) {
            heads.addAll(headRow.children());
        }
        Element list = new Element("ul").addClass("cards");
        for (Element row : table.select("tbody > tr, table > tr")) {
            Element card = new Element("li").addClass("card");
            String target = null;
            List<Element> cells = row.children();
            for (int i = 0; i < cells.size(); i++) {
                Element cell = cells.get(i);
                Element head = i < heads.size() ? heads.get(i) : null;
                if (head != null && head.hasAttr("data-card-target") && target == null) {
                    Element link = cell.selectFirst(LINK);
                    target = link == null ? null : link.attr("href");
                }
                if (head != null && head.hasAttr("data-hidden") || isEmpty(cell)) {
                    continue;
                }
                cell.select("p").stream().filter(GitBookCards::isEmpty).forEach(Element::remove); // GitBook's spacing: <p><br></p>
                if (cell.selectFirst(BLOCK) != null) {
                    new ArrayList<>(cell.childNodes()).forEach(card::appendChild);
                } else {
                    Element paragraph = card.appendElement("p");
                    new ArrayList<>(cell.childNodes()).forEach(paragraph::appendChild);
                }
            }
            if (target != null && !target.isBlank() && card.selectFirst(LINK) == null) {
                linkFirstLine(card, target);
            }
            if (card.childNodeSize() > 0) {
                list.appendChild(card);
            }
        }
        return list;
    }

    /** Makes the card's first paragraph (or its first element's words) the link to its target, as the card was one. */
    private static void linkFirstLine(Element card, String target) {
        Element first = card.children().isEmpty() ? null : card.child(0);
        if (first == null) {
            return;
        }
        Element link = new Element("a").attr("href", target);
        for (Node node : new ArrayList<>(first.childNodes())) {
            link.appendChild(node);
        }
        first.appendChild(link);
    }

    /** Whether an element shows nothing: no words, and no picture or other content of its own. */
    private static boolean isEmpty(Element element) {
        return element.text().isBlank() && element.selectFirst(CONTENT_ELEMENT) == null;
    }
}
