package org.handbookpress.slides;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbookpress.BuildContext;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.pdf.HtmlToPdf;
import org.handbookpress.pdf.PdfMetadata;
import org.handbookpress.pdf.PrintFindings;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The slides stage: for every {@code kind: slides} page, after the HTML passes, writes the reveal.js
 * deck, the slides PDF and the handout PDF, reports slides that overflow, and gives the page's layout
 * the slides and the links to all three ({@code page.deck}).
 */
public final class SlideStage {

    /** The deck layout, in the theme's {@code layouts/} folder. */
    public static final String DECK_LAYOUT = "slides-deck.ftlh";
    /** The slides PDF layout. */
    public static final String PRINT_LAYOUT = "print/slides.ftlh";
    /** Print documents resolve relative URLs from the site root: they are laid out as if they were this file. */
    static final String PRINT_URL = "print.html";

    private final BuildContext build;
    private final HtmlToPdf pdf;
    private final SlidesPdf slidesPdf;
    private final SlideHandout handout;

    public SlideStage(BuildContext build) {
        this.build = build;
        this.handout = SlideHandout.of(build);
        this.pdf = new HtmlToPdf(java.util.Arrays.asList(build.handbook.contentDir(), build.options.templatesDir()));
        this.slidesPdf = new SlidesPdf(pdf);
    }

    /** @return the decks written, by page path, for the stages that print packs */
    public Map<String, SlideDeck> run() throws IOException, ThemeEngine.TemplateFailure {
        Map<String, SlideDeck> decks = new LinkedHashMap<>();
        Set<String> pageUrls = build.pages.stream().map(p -> p.page().url()).collect(Collectors.toSet());
        for (PageHtml html : build.pages) {
            Page page = html.page();
            if (page.kind() != Kind.SLIDES) {
                continue;
            }
            SlideDeck deck = SlideDeck.of(html);
            DeckFiles files = DeckFiles.of(page);
            if (deck.slides().isEmpty()) {
                build.findings.warning(page.path(), page.bodyLine(), "slides.empty", "this slide deck has no slides",
                        "write the slides, separated by lines of ---, or give the page another kind");
                continue;
            }
            if (pageUrls.contains(files.deck())) {
                build.findings.error(page.path(), 1, "slides.clash", "the deck " + files.deck() + " would overwrite another page",
                        "rename the page whose file name ends in .slides.md");
                continue;
            }
            checkHandoutSetting(page);
            writeDeck(deck, files);
            try {
                writeSlidesPdf(deck, files, html);
                writeHandoutPdf(deck, files, html);
            } catch (IOException | RuntimeException e) {
                // One deck the PDF engine cannot print is this deck's error, not a stack trace for the build.
                build.findings.error(page.path(), page.bodyLine(), "slides.pdf",
                        "could not print the slides PDF or handout: " + e.getMessage(),
                        "check the deck's pictures and tables: a picture the PDF engine cannot read is the usual cause");
            }
            build.extrasFor(page.path()).put("deck", pageModel(deck, files));
            decks.put(page.path(), deck);
        }
        return decks;
    }

    private void writeDeck(SlideDeck deck, DeckFiles files) throws IOException, ThemeEngine.TemplateFailure {
        Page page = deck.page();
        String pageFile = page.url().substring(page.url().lastIndexOf('/') + 1);
        Map<String, Object> model = build.model.base(files.deck(), page.title(), page.path());
        Map<String, Object> d = DeckModel.of(deck, html -> SlideHtml.forDeck(html, pageFile));
        d.put("pageHref", pageFile);
        model.put("deck", d);
        build.output.write(files.deck(), build.theme.render(DECK_LAYOUT, model));
    }

    private void writeSlidesPdf(SlideDeck deck, DeckFiles files, PageHtml source) throws IOException, ThemeEngine.TemplateFailure {
        Page page = deck.page();
        String baseUrl = build.handbook.config().baseUrl();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", build.model.base(files.deck(), page.title(), page.path()).get("site"));
        model.put("deck", DeckModel.of(deck, html -> SlideHtml.forPrint(html, page.url(), PRINT_URL, baseUrl)));
        String html = build.theme.render(PRINT_LAYOUT, model);
        SlidesPdf.Printed printed = slidesPdf.print(html, build.handbook.contentDir(), metadata(page, page.title()), deck.slides().size());
        build.output.write(files.slidesPdf(), printed.bytes());
        PrintFindings.report(files.slidesPdf(), printed.notes(), List.of(source), page.path(), page.bodyLine(), build.findings);
        List<Slide> slides = deck.slides();
        for (int number : printed.overflowing()) {
            Slide slide = slides.get(number - 1);
            build.findings.warning(page.path(), slide.line(), "slides.overflow",
                    "slide " + number + " of " + slides.size() + " in the deck " + files.deck()
                            + (slide.title().isEmpty() ? "" : " ('" + slide.title() + "')")
                            + " is too full: its content runs off the bottom of the slide",
                    "shorten the slide, or split it in two with a line of ---");
        }
        if (!printed.measured() && printed.pages() > slides.size()) {
            build.findings.warning(page.path(), page.bodyLine(), "slides.overflow",
                    "the deck " + files.deck() + " has " + slides.size() + " slides but its PDF needs " + printed.pages()
                            + " pages: a slide is too full", "shorten the fullest slides, or split them with a line of ---");
        }
    }

    private void writeHandoutPdf(SlideDeck deck, DeckFiles files, PageHtml source) throws IOException, ThemeEngine.TemplateFailure {
        Document html = Jsoup.parse(handout.document(deck, PRINT_URL));
        PdfMetadata meta = metadata(deck.page(), deck.page().title() + " – handout");
        HtmlToPdf.Printed printed = pdf.print(html, build.handbook.contentDir(), meta, doc -> { });
        build.output.write(files.handoutPdf(), printed.bytes());
        PrintFindings.report(files.handoutPdf(), printed.notes(), List.of(source), deck.page().path(), deck.page().bodyLine(), build.findings);
    }

    private Map<String, Object> pageModel(SlideDeck deck, DeckFiles files) {
        String from = deck.page().url();
        Map<String, Object> model = DeckModel.of(deck, SlideHtml::forReadingPage);
        model.put("presentHref", RelativeUrl.between(from, files.deck()));
        model.put("slidesPdfHref", RelativeUrl.between(from, files.slidesPdf()));
        model.put("handoutPdfHref", RelativeUrl.between(from, files.handoutPdf()));
        model.put("slidesPdfUrl", files.slidesPdf());
        model.put("handoutPdfUrl", files.handoutPdf());
        return model;
    }

    private void checkHandoutSetting(Page page) {
        String value = page.meta().handout();
        if (value != null && !value.isBlank() && !value.trim().equalsIgnoreCase("notes") && !value.trim().equalsIgnoreCase("lines")) {
            build.findings.warning(page.path(), page.meta().lineOf("handout"), "front-matter.handout",
                    "'handout' must be 'notes' or 'lines', but received '" + value + "'",
                    "write 'handout: notes' to print the speaker notes on the handout, or leave it out");
        }
    }

    private PdfMetadata metadata(Page page, String title) {
        return new PdfMetadata(title, build.handbook.config().organisation(), page.meta().summary(),
                build.handbook.config().language(), build.printedAt());
    }
}
