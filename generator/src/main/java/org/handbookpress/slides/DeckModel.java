package org.handbookpress.slides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The {@code deck} value the slide layouts receive (documented in templates/README.md): the deck's
 * title, counts and slides, with each slide's HTML adapted to the document it goes into.
 */
final class DeckModel {

    /** Slides per handout page. */
    static final int HANDOUT_SLIDES_PER_PAGE = 3;

    /** For a document that is not the handout: a slide's notes whole, no ruled lines. */
    static final Function<String, HandoutNotes.Split> NO_HANDOUT = notes -> new HandoutNotes.Split(notes, "", 0);

    private DeckModel() {
    }

    static Map<String, Object> of(SlideDeck deck, UnaryOperator<String> adapt) {
        return of(deck, adapt, NO_HANDOUT, SlideFits.NONE);
    }

    /**
     * @param adapt    rewrites a slide's (and its notes') HTML for the target document
     * @param handout  from a slide's notes as adapted ("" for none): what the handout prints of them beside the slide, what
     *                 after the page's slides, and how many ruled lines it prints beside the slide
     * @param fits     the size a too-full slide prints at ({@code slide.fit}, percent), and whether it is cut off ({@code slide.cut})
     */
    static Map<String, Object> of(SlideDeck deck, UnaryOperator<String> adapt, Function<String, HandoutNotes.Split> handout,
                                  SlideFits fits) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", deck.page().title());
        if (deck.page().meta().summary() != null) {
            model.put("summary", deck.page().meta().summary());
        }
        int count = deck.slides().size();
        model.put("count", count);
        model.put("pages", (count + HANDOUT_SLIDES_PER_PAGE - 1) / HANDOUT_SLIDES_PER_PAGE);
        model.put("withNotes", deck.handoutWithNotes());
        List<Map<String, Object>> slides = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("number", slide.number());
            s.put("line", slide.line());
            s.put("title", slide.title());
            s.put("html", adapt.apply(slide.html()));
            String notes = slide.hasNotes() ? adapt.apply(slide.notes()) : "";
            s.put("notes", notes);
            s.put("hasNotes", slide.hasNotes());
            s.put("titleSlide", slide.titleSlide());
            if (slide.background() != null) {
                s.put("background", background(slide.background(), adapt));
            }
            HandoutNotes.Split row = handout.apply(notes);
            s.put("handoutNotes", row.column());
            s.put("notesMore", row.rest());
            s.put("ruledLines", row.ruledLines());
            s.put("fit", fits.percent(slide.number()));
            s.put("cut", fits.cut().contains(slide.number()));
            slides.add(s);
        }
        model.put("slides", slides);
        // The glossary stage links terms as a.glossary-term; the deck then needs the glossary's popups too.
        model.put("glossaryTerms", deck.slides().stream()
                .anyMatch(s -> Jsoup.parseBodyFragment(s.html() + s.notes()).selectFirst("a.glossary-term") != null));
        return model;
    }

    /**
     * A slide's background for the layouts: its values, its picture's address adapted as the slide's pictures are (the
     * deck's is the page's, the PDF's from its own folder), and the attributes reveal.js reads.
     */
    private static Map<String, Object> background(SlideBackground background, UnaryOperator<String> adapt) {
        Map<String, Object> model = new LinkedHashMap<>();
        SlideBackground adapted = background;
        if (background.image() != null) {
            Element picture = Jsoup.parseBodyFragment(adapt.apply(new Element("img").attr("src", background.image()).outerHtml()))
                    .selectFirst("img[src]");
            adapted = new SlideBackground(background.color(), picture == null ? null : picture.attr("src"), background.size(),
                    background.position(), background.repeat(), background.opacity());
        }
        if (adapted.color() != null) {
            model.put("color", adapted.color());
        }
        if (adapted.image() != null) {
            model.put("image", adapted.image());
            // For a style's url('') in a <style>, whose text no one unescapes: the characters that would end the url, and
            // those the template would write as entities, escaped as a URL writes them.
            model.put("imageInStyle", adapted.image().replace("'", "%27").replace("(", "%28").replace(")", "%29")
                    .replace("\\", "%5C").replace(" ", "%20").replace("&", "%26").replace("<", "%3C").replace(">", "%3E")
                    .replace("\"", "%22"));
        }
        model.put("size", adapted.size());
        model.put("position", adapted.position());
        model.put("repeat", adapted.repeat());
        model.put("opacity", adapted.opacity());
        model.put("attributes", adapted.revealAttributes());
        return model;
    }
}
