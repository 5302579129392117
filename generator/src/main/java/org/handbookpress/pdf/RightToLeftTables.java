package org.handbookpress.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A right-to-left table printed with its first column at the right, where an Arabic or Hebrew reader starts a row.
 *
 * <p>The PDF engine lays a table's cells out left to right whatever the direction, so an Arabic table printed mirrored:
 * its first column (a Markdown table's "Item") at the left, though the web page shows it at the right. The print copy
 * writes each row's cells, and the table's columns ({@code col}), in the reverse order, which the engine then lays out
 * from the left as a browser would from the right. A table with a cell spanning rows is left as written: the rows below
 * it do not list the column it fills, so reversing them would move their cells under the wrong heading.
 */
final class RightToLeftTables {

    private RightToLeftTables() {
    }

    static void mirror(Document html) {
        for (Element table : html.body().select("table")) {
            if (LeftToRightRuns.rightToLeft(table) && table.select("[rowspan]").stream()
                    .noneMatch(cell -> ownTable(cell) == table && !cell.attr("rowspan").strip().equals("1"))) {
                for (Element part : own(table, "tr, colgroup")) {
                    reverseChildren(part, part.normalName().equals("tr") ? "th, td" : "col");
                }
                own(table, "col").stream().filter(col -> col.parent() == table).findFirst()
                        .ifPresent(col -> reverseChildren(table, "col"));
            }
        }
    }

    /** The elements of {@code table} matching {@code query} that belong to it, not to a table inside one of its cells. */
    private static List<Element> own(Element table, String query) {
        return table.select(query).stream().filter(e -> ownTable(e) == table).toList();
    }

    private static Element ownTable(Element e) {
        Element p = e.parent();
        while (p != null && !p.normalName().equals("table")) {
            p = p.parent();
        }
        return p;
    }

    /** Puts {@code parent}'s children matching {@code names} in the reverse order, in the places they held. */
    private static void reverseChildren(Element parent, String names) {
        List<Element> cells = parent.children().stream().filter(c -> c.is(names)).toList();
        if (cells.size() < 2) {
            return;
        }
        List<Element> reversed = new ArrayList<>(cells);
        Collections.reverse(reversed);
        List<Element> placeholders = new ArrayList<>();
        for (Element cell : cells) {
            Element mark = new Element("hb-cell");
            cell.before(mark);
            placeholders.add(mark);
        }
        cells.forEach(Element::remove);
        for (int i = 0; i < placeholders.size(); i++) {
            placeholders.get(i).replaceWith(reversed.get(i));
        }
    }
}
