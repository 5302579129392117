package org.handbookpress.slides;

import java.util.LinkedHashMap;
import freemarker.template.TemplateMethodModelEx;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.handbookpress.content.Paper;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A deck's handout: three scaled-down slides a page (one on A5), ruled lines beside each for notes, and the
 * speaker notes above the lines when the deck says {@code handout: notes}; notes longer than the column beside their slide
 * holds go on after the page's slides ({@link HandoutNotes}). Printed on its own as the
 * handout PDF, on the paper of a page's own PDF, and taken into print packs that include the deck ({@link #html}),
 * on the pack's paper.
 */
public final class SlideHandout {

    /** The layout, in the theme's {@code layouts/} folder. */
    public static final String LAYOUT = "print/handout.ftlh";
    /** The large-print handout: one slide a page, its content reflowed at the large-print size. */
    public static final String LARGE_PRINT_LAYOUT = "print/handout-large-print.ftlh";

    /** Lines to write on under each slide of a large-print handout, at the large-print pitch. */
    private static final int LARGE_PRINT_LINES = 6;

    /**
     * A handout ready to go into another print document.
     *
     * @param css  rules scoped to {@code .hb-handout}, with the named page {@code hb-handout} they print on (A4 here; a
     *             pack's {@code handout-style.ftlh} sizes it to the pack's paper, its margins the pack's); put them in the
     *             document's {@code <style>}
     * @param body one {@code <div class="hb-handout">}, starting on a new page of its own
     */
    public record Html(String css, String body) {
    }

    private final ThemeEngine theme;
    private final Function<String, Map<String, Object>> site;
    private final String baseUrl;
    private final Function<String, TemplateMethodModelEx> labels;
    private final Function<String, String> language;

    /**
     * @param site    the layouts' {@code site} value (title, organisation, language…)
     * @param baseUrl the site's published address, for links in print; null prints links as plain text
     * @param labels  a layout's {@code t} for a deck's path: its labels ("Slide 2 of 9") in its language
     */
    public SlideHandout(ThemeEngine theme, Map<String, Object> site, String baseUrl, Function<String, TemplateMethodModelEx> labels) {
        this(theme, path -> site, baseUrl, labels, path -> String.valueOf(site.get("language")));
    }

    /**
     * @param site     the layouts' {@code site} value for a deck's path, its dates in the deck's language
     * @param language the language of a deck's path: its folder of translations', else the handbook's
     */
    public SlideHandout(ThemeEngine theme, Function<String, Map<String, Object>> site, String baseUrl,
                        Function<String, TemplateMethodModelEx> labels, Function<String, String> language) {
        this.theme = theme;
        this.site = site;
        this.baseUrl = baseUrl;
        this.labels = labels;
        this.language = language;
    }

    /**
     * The handout's style and body from the deck as built from its page's own HTML, with pictures
     * made relative to {@code documentUrl}: the site path of a file in the folder the print document's
     * relative URLs resolve from (with the site root as that folder, a root-level name such as
     * {@code print.html}); links to other files become absolute with the base URL, or plain text.
     * Printed on A4 on its own (its css sizes its page and margins).
     */
    public Html html(SlideDeck deck, String documentUrl) throws ThemeEngine.TemplateFailure {
        String pageUrl = deck.page().url();
        return parts(render(deck, html -> SlideHtml.forPrint(html, pageUrl, documentUrl, baseUrl), SlideFits.NONE,
                Paper.A4, false));
    }

    /**
     * The handout's style and body with the slides' links and pictures left as they are, for a caller
     * that has already made them right for its document (a pack that points links at its own parts):
     * build the deck from that print copy with {@code SlideDeck.of(new PageHtml(page, copy.html()))}.
     *
     * @param fits  the sizes the slides stage printed the deck's too-full slides at ({@link Decks#fits})
     * @param paper the pack's paper, which the pack's style (handout-style.ftlh) sizes the handout's columns for: what
     *              of the speaker notes fits beside a slide depends on it
     */
    public Html html(SlideDeck deck, SlideFits fits, Paper paper) throws ThemeEngine.TemplateFailure {
        return parts(render(deck, UnaryOperator.identity(), fits, paper, true));
    }

    /**
     * The large-print handout's body for a pack's large-print edition: one slide a page, as text at
     * the pack's large-print size, the speaker notes when the deck asks for them, and lines to write on.
     * Links and pictures are left as they are, as for {@link #html(SlideDeck)}.
     */
    public Html largePrint(SlideDeck deck) throws ThemeEngine.TemplateFailure {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site.apply(deck.page().path()));
        model.put("language", language.apply(deck.page().path())); // a deck in a folder of translations: its language
        model.put("t", labels.apply(deck.page().path()));
        model.put("deck", DeckModel.of(deck, UnaryOperator.identity(), notes -> new HandoutNotes.Split(notes, "", LARGE_PRINT_LINES),
                SlideFits.NONE));
        return parts(theme.render(LARGE_PRINT_LAYOUT, model));
    }

    /**
     * The whole handout as a print document, for the handout PDF.
     *
     * @param paper the handbook's paper for what it prints outside a pack ({@code HandbookConfig#printPaper}), as a
     *              page's own PDF is printed on: a handbook of A5 packs got an A4 handout
     */
    String document(SlideDeck deck, String documentUrl, SlideFits fits, Paper paper) throws ThemeEngine.TemplateFailure {
        String pageUrl = deck.page().url();
        return render(deck, html -> SlideHtml.forPrint(html, pageUrl, documentUrl, baseUrl), fits, paper, false);
    }

    /**
     * @param paper  the handout's paper: on its own, its page's; in a pack, the pack's, whose layout sizes the page (the
     *               layout places the rest of long speaker notes by it, and their share beside each slide depends on it)
     * @param inPack whether in a pack, whose margins make the handout narrower than on its own
     */
    private String render(SlideDeck deck, UnaryOperator<String> adapt, SlideFits fits, Paper paper, boolean inPack)
            throws ThemeEngine.TemplateFailure {
        boolean notes = deck.handoutWithNotes();
        HandoutColumn column = HandoutColumn.of(paper, inPack);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("paper", paper.cssSize());
        model.put("site", site.apply(deck.page().path()));
        model.put("language", language.apply(deck.page().path())); // a deck in a folder of translations: its language
        model.put("t", labels.apply(deck.page().path()));
        model.put("deck", DeckModel.of(deck, adapt,
                text -> notes ? HandoutNotes.split(text, column) : HandoutNotes.linesOnly(column), fits));
        return theme.render(LAYOUT, model);
    }

    private static Html parts(String document) {
        Document doc = Jsoup.parse(document);
        Element style = doc.selectFirst("style#hb-handout-style");
        Element body = doc.selectFirst("div.hb-handout");
        return new Html(style == null ? "" : style.data(), body == null ? "" : body.outerHtml());
    }
}
