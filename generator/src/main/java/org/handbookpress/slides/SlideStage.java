package org.handbookpress.slides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.links.UrlPath;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.pdf.HtmlToPdf;
import org.handbookpress.pdf.PdfCache;
import org.handbookpress.pdf.PdfMetadata;
import org.handbookpress.pdf.PrintFindings;
import org.handbookpress.render.DownloadFile;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.work.Parallel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The slides stage: for every {@code kind: slides} page, after the HTML passes, makes the reveal.js
 * deck, the slides PDF and the handout PDF, reports slides that overflow (measured on the printed
 * slides PDF, so {@code handbook:check} prints it too, in memory), and returns them as {@link Decks}
 * with each page's {@code page.deck} value. Writes nothing itself. Decks are independent, so they
 * are made in parallel; the result is in page order.
 */
public final class SlideStage {

    /** The deck layout, in the theme's {@code layouts/} folder. */
    public static final String DECK_LAYOUT = "slides-deck.ftlh";
    /** The slides PDF layout. */
    public static final String PRINT_LAYOUT = "print/slides.ftlh";
    /** Print documents resolve relative URLs from the site root: they are laid out as if they were this file. */
    static final String PRINT_URL = "print.html";

    private final Handbook handbook;
    private final SiteModel model;
    private final ThemeEngine theme;
    private final Findings findings;
    private final Instant printedAt;
    private final PdfCache pdf;
    private final SlidesPdf slidesPdf;
    private final SlideHandout handout;

    /**
     * @param printedAt the date written into the PDFs
     * @param pdf       prints (or reuses) the PDFs
     */
    public SlideStage(Handbook handbook, SiteModel model, ThemeEngine theme, Findings findings, Instant printedAt, PdfCache pdf) {
        this.handbook = handbook;
        this.model = model;
        this.theme = theme;
        this.findings = findings;
        this.printedAt = printedAt;
        this.pdf = pdf;
        this.slidesPdf = new SlidesPdf(pdf);
        this.handout = new SlideHandout(theme, model::site, handbook.config().baseUrl(), model::labelMethod, model::languageOf);
    }

    /**
     * @param pdfs     false leaves every PDF out, and their links (the preview prints them later, in the background)
     * @param handouts false leaves the handout PDFs out ({@code handbook:check}: nothing to measure in them)
     * @return the decks made, in page order
     */
    public Decks run(List<PageHtml> pages, boolean pdfs, boolean handouts, int threads) throws IOException, ThemeEngine.TemplateFailure {
        Set<String> pageUrls = pages.stream().map(p -> p.page().url()).collect(Collectors.toSet());
        List<PageHtml> slidePages = pages.stream().filter(p -> p.page().kind() == Kind.SLIDES).toList();
        try {
            List<Decks.Built> built = Parallel.map(slidePages, threads, html -> make(html, pageUrls, pdfs, handouts));
            return new Decks(built.stream().filter(Objects::nonNull).toList());
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(IOException.class, ThemeEngine.TemplateFailure.class);
        }
    }

    private Decks.Built make(PageHtml html, Set<String> pageUrls, boolean pdfs, boolean handouts) throws IOException, ThemeEngine.TemplateFailure {
        Page page = html.page();
        SlideDeck deck = SlideDeck.of(html);
        DeckFiles files = DeckFiles.of(page);
        if (deck.slides().isEmpty()) {
            findings.warning(page.path(), page.bodyLine(), "slides.empty", "this slide deck has no slides",
                    "write the slides, separated by lines of ---, or give the page another kind");
            return null;
        }
        if (pageUrls.contains(files.deck())) {
            findings.error(page.path(), 1, "slides.clash", "the deck " + files.deck() + " would overwrite another page",
                    "rename the page whose file name ends in .slides.md");
            return null;
        }
        checkHandoutSetting(page);
        Map<String, byte[]> output = new LinkedHashMap<>();
        output.put(files.deck(), deckHtml(deck, files).getBytes(StandardCharsets.UTF_8));
        List<DownloadFile> printed = new java.util.ArrayList<>();
        SlideFits fits = SlideFits.NONE;
        try {
            if (!pdfs) {
                return new Decks.Built(deck, files, pageModel(deck, files, false), output, List.of(), SlideFits.NONE);
            }
            SlidesPdf.Printed slides = printSlides(deck, files, html);
            fits = slides.fits();
            output.put(files.slidesPdf(), slides.bytes());
            printed.add(new DownloadFile(Decks.SLIDES, "Slides PDF", files.slidesPdf(), slides.bytes().length, slides.pages()));
            if (handouts) {
                AtomicInteger handoutPages = new AtomicInteger();
                byte[] handout = printHandout(deck, files, html, fits, handoutPages);
                output.put(files.handoutPdf(), handout);
                printed.add(new DownloadFile(Decks.HANDOUT, "Handout PDF", files.handoutPdf(), handout.length, handoutPages.get()));
            }
        } catch (IOException | RuntimeException e) {
            // One deck the PDF engine cannot print is this deck's error, not a stack trace for the build.
            findings.error(page.path(), page.bodyLine(), "slides.pdf",
                    "could not print the slides PDF or handout: " + e.getMessage(),
                    "check the deck's pictures and tables: a picture the PDF engine cannot read is the usual cause");
        }
        return new Decks.Built(deck, files, pageModel(deck, files, true), output, printed, fits);
    }

    private String deckHtml(SlideDeck deck, DeckFiles files) throws ThemeEngine.TemplateFailure {
        Page page = deck.page();
        String pageFile = UrlPath.encode(page.url().substring(page.url().lastIndexOf('/') + 1));
        Map<String, Object> layout = model.base(files.deck(), page.title(), page.path());
        Map<String, Object> d = DeckModel.of(deck, html -> SlideHtml.forDeck(html, pageFile));
        d.put("pageHref", pageFile);
        layout.put("deck", d);
        return theme.render(DECK_LAYOUT, layout);
    }

    /**
     * The slides PDF, a page a slide: a deck with too-full slides is printed again with them smaller (the size their
     * first print says they fit at), and once more, for a slide still too full at that size, at the smallest size and
     * cut off at the end of its page. Smaller type wraps into fewer lines, so most fit without being cut.
     */
    private SlidesPdf.Printed printSlides(SlideDeck deck, DeckFiles files, PageHtml source) throws IOException, ThemeEngine.TemplateFailure {
        Page page = deck.page();
        List<Slide> slides = deck.slides();
        SlidesPdf.Printed printed = printSlides(deck, SlideFits.NONE);
        PrintFindings.report(files.slidesPdf(), printed.notes(), List.of(source), page.path(), page.bodyLine(), findings);
        SlidesPdf.Printed result = printed;
        SlideFits fits = printed.fits();
        if (!fits.percents().isEmpty()) {
            result = printSlides(deck, fits);
            if (result.measured() && !result.overflowing().isEmpty()) {
                Map<Integer, Integer> smallest = new java.util.TreeMap<>(fits.percents());
                result.overflowing().forEach(number -> smallest.put(number, SlideFits.STEPS[SlideFits.STEPS.length - 1]));
                fits = new SlideFits(smallest, Set.copyOf(result.overflowing()));
                result = printSlides(deck, fits);
            }
        }
        for (int number : printed.overflowing()) {
            Slide slide = slides.get(number - 1);
            findings.warning(page.path(), slide.line(), "slides.overflow",
                    "slide " + number + " of " + slides.size() + " in the deck " + files.deck()
                            + (slide.title().isEmpty() ? "" : " ('" + slide.title() + "')")
                            + " is too full: presented, its content runs off the bottom of the slide; the slides PDF, the handout"
                            + " and the packs that print the deck print it at " + fits.percent(number) + "% of its size"
                            + (fits.cut().contains(number) ? ", and still cut off what does not fit at the bottom of the slide"
                                    : " to fit"),
                    "shorten the slide, or split it in two with a line of ---");
        }
        if (!printed.measured() && printed.pages() > slides.size()) {
            findings.warning(page.path(), page.bodyLine(), "slides.overflow",
                    "the deck " + files.deck() + " has " + slides.size() + " slides but its PDF needs " + printed.pages()
                            + " pages: a slide is too full", "shorten the fullest slides, or split them with a line of ---");
        }
        return new SlidesPdf.Printed(result.bytes(), result.pages(), printed.overflowing(), printed.measured(), result.notes(), fits);
    }

    private SlidesPdf.Printed printSlides(SlideDeck deck, SlideFits fits) throws IOException, ThemeEngine.TemplateFailure {
        Page page = deck.page();
        return slidesPdf.print(slidesDocument(deck, fits), handbook.contentDir(), metadata(page, page.title()), deck.slides().size());
    }

    private String slidesDocument(SlideDeck deck, SlideFits fits) throws ThemeEngine.TemplateFailure {
        Page page = deck.page();
        String baseUrl = handbook.config().baseUrl();
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("site", model.site(page.path()));
        layout.put("language", model.languageOf(page.path())); // a deck in a folder of translations prints in its language
        layout.put("t", model.labelMethod(page.path()));
        layout.put("deck", DeckModel.of(deck, html -> SlideHtml.forPrint(html, page.url(), PRINT_URL, baseUrl),
                DeckModel.NO_HANDOUT, fits));
        return theme.render(PRINT_LAYOUT, layout);
    }

    private byte[] printHandout(SlideDeck deck, DeckFiles files, PageHtml source, SlideFits fits, AtomicInteger pdfPages)
            throws IOException, ThemeEngine.TemplateFailure {
        Document html = Jsoup.parse(handout.document(deck, PRINT_URL, fits, handbook.config().printPaper()));
        // Titled in the deck's language, as the handout's own pages head it ("… · роздатковий матеріал"): the PDF's title
        // is what a reader's file list and screen reader announce, and it was English, "… – handout", in every language.
        PdfMetadata meta = metadata(deck.page(), model.labels().of(deck.page().path())
                .format("handout.title", Map.of("title", deck.page().title())));
        HtmlToPdf.Printed printed = pdf.render(html, handbook.contentDir(), meta, "handout", doc -> { },
                doc -> pdfPages.addAndGet(doc.getNumberOfPages()));
        PrintFindings.report(files.handoutPdf(), printed.notes(), List.of(source), deck.page().path(), deck.page().bodyLine(), findings);
        return printed.bytes();
    }

    /** The page's {@code page.deck}; the PDFs are linked only when printed (the preview prints them later). */
    private Map<String, Object> pageModel(SlideDeck deck, DeckFiles files, boolean pdfs) {
        String from = deck.page().url();
        Map<String, Object> layout = DeckModel.of(deck, SlideHtml::forReadingPage);
        layout.put("presentHref", RelativeUrl.between(from, files.deck()));
        if (pdfs) {
            layout.put("slidesPdfHref", RelativeUrl.between(from, files.slidesPdf()));
            layout.put("handoutPdfHref", RelativeUrl.between(from, files.handoutPdf()));
            layout.put("slidesPdfUrl", files.slidesPdf());
            layout.put("handoutPdfUrl", files.handoutPdf());
        }
        return layout;
    }

    private void checkHandoutSetting(Page page) {
        String value = page.meta().handout();
        if (value != null && !value.isBlank() && !value.trim().equalsIgnoreCase("notes") && !value.trim().equalsIgnoreCase("lines")) {
            findings.warning(page.path(), page.meta().lineOf("handout"), "front-matter.handout",
                    "'handout' must be 'notes' or 'lines', but received '" + value + "'",
                    "write 'handout: notes' to print the speaker notes on the handout, or leave it out");
        }
    }

    private PdfMetadata metadata(Page page, String title) {
        // The organisation as the deck's folder names it (languages: in handbook.yml), as its pages and their PDFs name it.
        Object organisation = model.site(page.path()).getOrDefault("organisation", handbook.config().organisation());
        return new PdfMetadata(title, organisation == null ? null : organisation.toString(), page.meta().summary(),
                model.languageOf(page.path()), printedAt);
    }
}
