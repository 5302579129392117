package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.handbookpress.testing.PageFixture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GitBookCardsTest {

    @Test
    void aCardTableIsAListOfCardsWithoutItsHiddenAndEmptyColumns() {
        // As GitBook writes cards: an empty heading row, an empty first column, and a hidden column of targets.
        PageHtml html = PageFixture.html("start/welcome.md", """
                # Welcome

                <table data-view="cards"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type="content-ref"></th></tr></thead><tbody><tr><td></td><td><p><strong>Rotas</strong></p><p>How shifts are shared out.</p><p><br></p></td><td><a href="rotas.md">rotas.md</a></td></tr><tr><td></td><td><p><a href="visits.md"><strong>Home visits</strong></a></p><p>Going in pairs.</p></td><td><a href="visits.md">visits.md</a></td></tr></tbody></table>
                """);
        new GitBookCards().apply(html);
        assertNull(html.content().selectFirst("table"));
        List<Element> cards = html.content().select("ul.cards > li.card");
        assertEquals(2, cards.size());
        assertEquals("Rotas How shifts are shared out.", cards.get(0).text(), "no file names, no empty paragraphs");
        assertEquals("rotas.md", cards.get(0).selectFirst("a").attr("href"), "a card without a link of its own links its target");
        assertEquals("Rotas", cards.get(0).selectFirst("a").text());
        assertEquals(1, cards.get(1).select("a").size(), "a card that links already gets no second link");
        assertEquals("Home visits Going in pairs.", cards.get(1).text());
    }

    @Test
    void anOrdinaryTableStays() {
        PageHtml html = PageFixture.html("a.md", "| Day | Hours |\n|---|---|\n| Mon | 4 |\n");
        new GitBookCards().apply(html);
        assertEquals(1, html.content().select("table").size());
    }
}
