package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A drawing's alt text for the PDF is the name a screen reader gives it on the website, else its words, else "Drawing". */
class InlineDrawingsTest {

    @Test
    void eachDrawingIsNamedAsOnTheWebsite() {
        Document html = Jsoup.parse("""
                <p id="cap">The circle of chairs</p>
                <svg aria-label="Own name"><title>Not this</title></svg>
                <svg aria-labelledby="cap"><text>not these</text></svg>
                <svg><title>Its title</title><svg><title>nested</title></svg></svg>
                <svg><text>Drawn</text><text>words</text></svg>
                <svg><rect/></svg>
                <svg alt="Kept"></svg>
                """);
        InlineDrawings.name(html);
        List<String> alts = html.select("body > svg").stream().map(e -> e.attr("alt")).toList();
        assertEquals(List.of("Own name", "The circle of chairs", "Its title", "Drawn words", "Drawing", "Kept"), alts);
        Element nested = html.select("svg svg").first();
        assertEquals(false, nested.hasAttr("alt"), "a drawing inside a drawing is part of it");
    }
}
