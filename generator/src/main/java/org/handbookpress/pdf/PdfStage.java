package org.handbookpress.pdf;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.handbookpress.BuildContext;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Kind;
import org.handbookpress.content.PackConfig;
import org.handbookpress.content.Page;
import org.handbookpress.content.Paper;
import org.handbookpress.links.RelativeUrl;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.slides.SlideHandout;

/**
 * The PDF stage: every pack from handbook.yml ({@code downloads/<id>.pdf}), and a PDF of every chapter,
 * policy, agreement and of the glossary ({@code downloads/<path>.pdf}). Runs after the HTML passes
 * and after the images are in the staging folder, and before the pages are rendered, whose layouts
 * link the PDFs: it fills {@link BuildContext#downloads} and each page's {@code pdfUrl}/{@code pdfHref}.
 * PDFs are independent, so they are printed in parallel and written in a fixed order.
 */
public final class PdfStage {

    public static final String FOLDER = "downloads/";
    private static final Set<Kind> OWN_PDF = Set.of(Kind.CHAPTER, Kind.POLICY, Kind.AGREEMENT, Kind.GLOSSARY);

    private final BuildContext build;

    public PdfStage(BuildContext build) {
        this.build = build;
    }

    public void run() throws IOException, ThemeEngine.TemplateFailure {
        PrintSetup setup = setup();
        PackPrinter packs = new PackPrinter(setup);
        PagePrinter pages = new PagePrinter(setup);
        Map<String, PageHtml> byPath = new LinkedHashMap<>();
        build.pages.forEach(p -> byPath.put(p.page().path(), p));

        List<PrintJob> jobs = new ArrayList<>();
        List<List<PageHtml>> jobPages = new ArrayList<>(); // what each job prints, to place what the engine noticed
        List<PackConfig> printedPacks = new ArrayList<>();
        Set<PageHtml> printed = new LinkedHashSet<>();
        PackIncludes includes = new PackIncludes(build.handbook, build.findings);
        for (PackConfig pack : build.handbook.config().packs()) {
            List<PageHtml> included = includes.resolve(pack).stream().map(p -> byPath.get(p.path())).toList();
            if (included.isEmpty()) {
                continue;
            }
            printed.addAll(included);
            printedPacks.add(pack);
            jobs.add(new PrintJob(FOLDER + pack.id() + ".pdf", ConfigLoader.FILE, pack.line(), () -> packs.print(pack, included)));
            jobPages.add(included);
        }
        List<PageHtml> ownPdf = build.pages.stream().filter(p -> OWN_PDF.contains(p.page().kind())).toList();
        for (PageHtml html : ownPdf) {
            printed.add(html);
            jobs.add(new PrintJob(pdfPath(html.page()), html.page().path(), 0, () -> pages.print(html)));
            jobPages.add(List.of(html));
        }

        GlyphCoverage glyphs = new GlyphCoverage();
        for (PageHtml html : printed) {
            glyphs.check(html.page().path(), html.page().title(), html.content(), build.findings);
        }

        List<PrintJob.Printed> results = printAll(jobs);
        for (int i = 0; i < jobs.size(); i++) {
            PrintJob.Printed result = results.get(i);
            if (result != null) {
                build.output.write(jobs.get(i).sitePath(), result.bytes());
                PrintFindings.report(jobs.get(i).sitePath(), result.notes(), jobPages.get(i), jobs.get(i).file(), jobs.get(i).line(), build.findings);
            }
        }
        for (int i = 0; i < printedPacks.size(); i++) {
            PrintJob.Printed result = results.get(i);
            if (result != null) {
                build.downloads.add(download(printedPacks.get(i), jobs.get(i).sitePath(), result));
            }
        }
        for (int i = 0; i < ownPdf.size(); i++) {
            if (results.get(printedPacks.size() + i) != null) {
                Page page = ownPdf.get(i).page();
                String url = pdfPath(page);
                build.extrasFor(page.path()).put("pdfUrl", url);
                build.extrasFor(page.path()).put("pdfHref", RelativeUrl.between(page.url(), url));
            }
        }
    }

    /** Where a page's own PDF goes: {@code toolkit/01-x.md} → {@code downloads/toolkit/01-x.pdf}. */
    public static String pdfPath(Page page) {
        return FOLDER + page.pathWithoutExtension() + ".pdf";
    }

    private PrintSetup setup() {
        Map<String, Page> pagesByUrl = new LinkedHashMap<>();
        build.handbook.pages().forEach(p -> pagesByUrl.put(p.url(), p));
        @SuppressWarnings("unchecked")
        Map<String, Object> site = (Map<String, Object>) build.model.base("index.html", "", "").get("site");
        Instant timestamp = build.printedAt();
        var config = build.handbook.config();
        // One handbook prints on one paper: a page's own PDF takes the first pack's, so a charity using Letter gets Letter.
        Paper paper = config.packs().isEmpty() ? Paper.A4 : config.packs().get(0).paper();
        return new PrintSetup(build.theme, site, build.output.staging(), timestamp, config.language(), config.organisation(),
                config.baseUrl(), paper, pagesByUrl, new PrintParts(build.navigation, build.model, SlideHandout.of(build)),
                new HtmlToPdf(java.util.Arrays.asList(build.handbook.contentDir(), build.options.templatesDir())));
    }

    /** Prints every job, in parallel; a job that fails is an error finding and a null result. */
    private List<PrintJob.Printed> printAll(List<PrintJob> jobs) throws ThemeEngine.TemplateFailure {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PrintJob.Printed>> futures = new ArrayList<>();
            for (PrintJob job : jobs) {
                futures.add(pool.submit(() -> job.printer().print()));
            }
            List<PrintJob.Printed> results = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                results.add(await(jobs.get(i), futures.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private PrintJob.Printed await(PrintJob job, Future<PrintJob.Printed> future) throws ThemeEngine.TemplateFailure {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing " + job.sitePath(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ThemeEngine.TemplateFailure failure) {
                throw failure;
            }
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            build.findings.error(job.file(), job.line(), "pdf.failed", "could not print " + job.sitePath() + ": " + why,
                    "check the page's pictures and markup; if it persists, report it with this page");
            return null;
        }
    }

    private static Map<String, Object> download(PackConfig pack, String url, PrintJob.Printed pdf) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", pack.id());
        d.put("title", pack.title());
        if (!pack.subtitle().isBlank()) {
            d.put("subtitle", pack.subtitle());
        }
        d.put("url", url);
        d.put("size", humanSize(pdf.bytes().length));
        d.put("bytes", pdf.bytes().length);
        d.put("pages", pdf.pages());
        d.put("paper", pack.paper().label());
        return d;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
