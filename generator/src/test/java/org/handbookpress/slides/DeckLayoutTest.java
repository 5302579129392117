package org.handbookpress.slides;

import org.handbookpress.labels.PageLabels;
import org.handbookpress.render.LabelMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The deck layout on its own: glossary popups come along only when a slide links a glossary term. */
class DeckLayoutTest {

    static Document render(String markdown) throws Exception {
        SlideDeck deck = SlideDeckTest.deck(markdown, null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", Map.of("title", "Test", "organisation", "Test Charity", "language", "en-GB"));
        model.put("root", "../");
        model.put("t", LabelMethod.of(PageLabels.english().handbook()));
        model.put("url", "training/deck.slides.html");
        model.put("title", "Deck");
        Map<String, Object> d = DeckModel.of(deck, html -> SlideHtml.forDeck(html, "deck.html"));
        d.put("pageHref", "deck.html");
        model.put("deck", d);
        return Jsoup.parse(new ThemeEngine(null, Locale.UK).render(SlideStage.DECK_LAYOUT, model));
    }

    @Test
    void glossaryTermsBringTheGlossaryPopups() throws Exception {
        Document plain = render("## One\n\nNo terms here.\n");
        assertTrue(plain.select("link[href$=glossary.css], script[src$=glossary.js]").isEmpty());
        Document linked = render("## One\n\nA <a class=\"glossary-term\" href=\"../glossary.html#term-peer\" data-definition=\"x\">peer</a>.\n");
        assertEquals(1, linked.select("link[href=../assets/glossary.css]").size());
        assertEquals(1, linked.select("script[src=../assets/glossary.js]").size());
        assertTrue(linked.selectFirst("section a.glossary-term").attr("href").startsWith("../glossary.html"));
    }
}
