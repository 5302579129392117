package org.handbookpress.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Edition;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.PackConfig;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.render.DownloadFile;
import org.handbookpress.render.PackDownload;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.work.Parallel;
import org.handbookpress.work.Progress;
import org.jsoup.nodes.Element;

/**
 * The PDF stage: every pack from handbook.yml ({@code downloads/<id>.pdf}), and a PDF of every chapter,
 * policy, agreement and of the glossary ({@code downloads/<path>.pdf}). In two steps: {@link #plan}
 * resolves the packs' includes and checks the printed pages' glyphs (what {@code handbook:check}
 * runs too), {@link #print} prints the plan into {@link Prints}, which the layouts then link.
 * PDFs are independent, so they are printed in parallel; the result is in a fixed order.
 */
public final class PdfStage {

    public static final String FOLDER = "downloads/";

    private final Handbook handbook;
    private final List<PageHtml> pages;
    private final SiteModel model;
    private final ThemeEngine theme;
    private final Findings findings;
    private final Map<String, List<String>> termUsers;

    /** @param termUsers the URLs of every page using a glossary term, in reading order, by its entry's id (GlossaryPage.write) */
    public PdfStage(Handbook handbook, List<PageHtml> pages, SiteModel model, ThemeEngine theme,
                    Findings findings, Map<String, List<String>> termUsers) {
        this.termUsers = termUsers;
        this.handbook = handbook;
        this.pages = pages;
        this.model = model;
        this.theme = theme;
        this.findings = findings;
    }

    /**
     * Resolves every pack's includes (once: bad entries are findings) and checks the glyphs of every page to print; when
     * anything is to be printed, {@code engine} (null for a check, which prints nothing) gets its fonts ready on another
     * core meanwhile ({@link HtmlToPdf#warmUp}).
     */
    public PrintPlan plan(HtmlToPdf engine) throws IOException {
        return plan(engine, PageHtml::content);
    }

    /**
     * As above, for a handbook with slide decks: {@code printedContent} is what a deck's PDFs print of its page (its
     * slides, and its speaker notes with {@code handout: notes}), from the slides stage. Every deck prints its own
     * slides PDF and handout, in a pack or not, so every deck's printed text is checked, and only that.
     */
    public PrintPlan plan(HtmlToPdf engine, java.util.function.Function<PageHtml, Element> printedContent) throws IOException {
        Map<String, PageHtml> byPath = new LinkedHashMap<>();
        pages.forEach(p -> byPath.put(p.page().path(), p));
        PackIncludes includes = new PackIncludes(handbook, findings);
        List<PrintPlan.Pack> packs = new ArrayList<>();
        Set<PageHtml> printed = new LinkedHashSet<>();
        for (PackConfig pack : handbook.config().packs()) {
            List<PageHtml> included = includes.resolve(pack).stream().map(p -> byPath.get(p.path())).toList();
            if (!included.isEmpty()) {
                packs.add(new PrintPlan.Pack(pack, included));
                printed.addAll(included);
            }
        }
        List<PageHtml> ownPdf = pages.stream().filter(p -> p.page().kind().hasOwnPdf()).toList();
        printed.addAll(ownPdf);
        printed.addAll(pages.stream().filter(p -> p.page().kind() == Kind.SLIDES).toList());
        if (!printed.isEmpty()) { // reading the fonts costs a tenth of a second: not for a handbook that prints nothing
            if (engine != null) {
                engine.warmUp(hasSvg(printed));
            }
            GlyphCoverage glyphs = new GlyphCoverage();
            for (PageHtml html : printed) {
                Element content = html.page().kind() == Kind.SLIDES ? printedContent.apply(html) : html.content();
                glyphs.check(html.page().path(), html.page().title(), content, findings);
            }
        }
        return new PrintPlan(packs, ownPdf);
    }

    /** Whether a print may draw SVG text: an SVG file among the handbook's files, or an SVG drawn in a printed page. */
    private boolean hasSvg(Set<PageHtml> printed) {
        return handbook.assets().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).endsWith(".svg"))
                || printed.stream().anyMatch(p -> p.html().contains("<svg"));
    }

    /**
     * Prints the plan.
     *
     * @param baseDir   the folder print documents resolve pictures from (the staging site)
     * @param printedAt the date written into every PDF
     * @param handouts  makes a deck's handout, for packs that include slides
     * @param progress  told as each PDF is done
     */
    public Prints print(PrintPlan plan, Path baseDir, Instant printedAt, PrintParts.Handouts handouts, PdfCache pdfs,
                        int threads, Progress progress) throws ThemeEngine.TemplateFailure {
        PrintSetup setup = setup(baseDir, printedAt, handouts, pdfs);
        PackPrinter packs = new PackPrinter(setup);
        PagePrinter pagePrinter = new PagePrinter(setup);
        // One job per PDF of every edition; the pack or page it belongs to is kept beside it.
        List<PrintJob> jobs = new ArrayList<>();
        List<List<PageHtml>> jobPages = new ArrayList<>(); // what each job prints, to place what the engine noticed
        List<PackConfig> jobPack = new ArrayList<>();
        List<Page> jobPage = new ArrayList<>();
        List<Edition> jobEdition = new ArrayList<>();
        for (PrintPlan.Pack pack : plan.packs()) {
            PackConfig config = pack.config();
            for (Edition edition : config.editions()) {
                if (edition.isPdf()) {
                    jobs.add(new PrintJob(packPath(config, edition), ConfigLoader.FILE, config.line(),
                            () -> packs.print(config, pack.pages(), edition)));
                    jobPages.add(pack.pages());
                    jobPack.add(config);
                    jobPage.add(null);
                    jobEdition.add(edition);
                }
            }
        }
        for (PageHtml html : plan.ownPdfs()) {
            for (Edition edition : handbook.config().pageEditions()) {
                jobs.add(new PrintJob(pdfPath(html.page(), edition), html.page().path(), 0, () -> pagePrinter.print(html, edition)));
                jobPages.add(List.of(html));
                jobPack.add(null);
                jobPage.add(html.page());
                jobEdition.add(edition);
            }
        }

        List<PrintJob.Printed> results = printAll(jobs, threads, progress);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int pdfPages = 0;
        Map<String, List<DownloadFile>> packFiles = new LinkedHashMap<>();
        Map<String, PackConfig> packsById = new LinkedHashMap<>();
        Map<String, String> packLanguage = new LinkedHashMap<>(); // the language each pack is written in, as its PDF says
        Map<String, String> pagePdfs = new LinkedHashMap<>();
        Map<String, String> largePrintPdfs = new LinkedHashMap<>();
        Map<String, List<DownloadFile>> pageFiles = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            PrintJob.Printed result = results.get(i);
            if (result == null) {
                continue;
            }
            PrintJob job = jobs.get(i);
            String url = job.sitePath();
            files.put(url, result.bytes());
            pdfPages += result.pages();
            PrintFindings.report(url, result.notes(), jobPages.get(i), job.file(), job.line(), findings);
            Edition edition = jobEdition.get(i);
            if (jobPack.get(i) != null) {
                PackConfig pack = jobPack.get(i);
                packsById.put(pack.id(), pack);
                packLanguage.put(pack.id(), setup.languageOf(setup.writtenAs(jobPages.get(i).stream().map(PageHtml::page).toList())));
                packFiles.computeIfAbsent(pack.id(), id -> new ArrayList<>())
                        .add(new DownloadFile(edition.id(), edition.label(), url, result.bytes().length, result.pages()));
            } else {
                (edition == Edition.STANDARD ? pagePdfs : largePrintPdfs).put(jobPage.get(i).path(), url);
                pageFiles.computeIfAbsent(jobPage.get(i).path(), path -> new ArrayList<>())
                        .add(new DownloadFile(edition.id(), edition.label(), url, result.bytes().length, result.pages()));
            }
        }
        List<PackDownload> downloads = new ArrayList<>();
        for (Map.Entry<String, List<DownloadFile>> entry : packFiles.entrySet()) {
            // The pack's first edition (standard when made) is its main file; the others are listed beside it.
            PackConfig pack = packsById.get(entry.getKey());
            DownloadFile main = entry.getValue().get(0);
            downloads.add(new PackDownload(pack.id(), pack.title(), pack.subtitle(), main.url(), main.bytes(), main.pages(),
                    pack.paper().label(), entry.getValue().subList(1, entry.getValue().size()), packLanguage.get(pack.id())));
        }
        return new Prints(downloads, pagePdfs, largePrintPdfs, pageFiles, files, pdfPages);
    }

    /**
     * Where a pack's edition goes: {@code downloads/starter.pdf}, {@code starter-large-print.pdf}, {@code starter.epub};
     * the PDF and e-book stages write it there, and pages may link to it.
     */
    public static String packPath(PackConfig pack, Edition edition) {
        return FOLDER + pack.id() + edition.suffix();
    }

    /** Where a page's own PDF goes: {@code toolkit/01-x.md} → {@code downloads/toolkit/01-x.pdf}. */
    public static String pdfPath(Page page) {
        return pdfPath(page, Edition.STANDARD);
    }

    /** The same for an edition: {@code downloads/toolkit/01-x-large-print.pdf}. */
    public static String pdfPath(Page page, Edition edition) {
        return FOLDER + page.pathWithoutExtension() + edition.suffix();
    }

    private PrintSetup setup(Path baseDir, Instant timestamp, PrintParts.Handouts handouts, PdfCache pdfs) {
        Map<String, Page> pagesByUrl = new LinkedHashMap<>();
        handbook.pages().forEach(p -> pagesByUrl.put(p.url(), p));
        var config = handbook.config();
        return new PrintSetup(theme, model.site(), baseDir, timestamp, config.language(), config.organisation(),
                config.baseUrl(), config.printPaper(), pagesByUrl, new PrintParts(model, handouts), pdfs, model.languages(),
                model::labelMethod, id -> termUsers.getOrDefault(id, List.of()), model::site);
    }

    /** Prints every job, in parallel; a job that fails is an error finding and a null result. */
    private List<PrintJob.Printed> printAll(List<PrintJob> jobs, int threads, Progress progress) throws ThemeEngine.TemplateFailure {
        AtomicInteger done = new AtomicInteger();
        try {
            return Parallel.map(jobs, threads, job -> {
                PrintJob.Printed printed = printOne(job);
                progress.done(done.incrementAndGet(), jobs.size());
                return printed;
            });
        } catch (Parallel.Failure failure) {
            throw failure.rethrow(ThemeEngine.TemplateFailure.class, ThemeEngine.TemplateFailure.class);
        }
    }

    private PrintJob.Printed printOne(PrintJob job) throws ThemeEngine.TemplateFailure {
        try {
            return job.printer().print();
        } catch (ThemeEngine.TemplateFailure failure) {
            throw failure;
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            findings.error(job.file(), job.line(), "pdf.failed", "could not print " + job.sitePath() + ": " + why,
                    "check the page's pictures and markup; if it persists, report it with this page");
            return null;
        }
    }
}
