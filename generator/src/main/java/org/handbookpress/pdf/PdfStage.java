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
import org.handbookpress.content.Edition;
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

        // Every PDF of every edition is one job; the pack or page it belongs to is kept beside it.
        List<PrintJob> jobs = new ArrayList<>();
        List<PackConfig> jobPack = new ArrayList<>();
        List<Page> jobPage = new ArrayList<>();
        List<Edition> jobEdition = new ArrayList<>();
        Set<PageHtml> printed = new LinkedHashSet<>();
        PackIncludes includes = new PackIncludes(build.handbook, build.findings);
        for (PackConfig pack : build.handbook.config().packs()) {
            List<PageHtml> included = includes.resolve(pack).stream().map(p -> byPath.get(p.path())).toList();
            if (included.isEmpty()) {
                continue;
            }
            printed.addAll(included);
            for (Edition edition : pack.editions()) {
                if (edition.isPdf()) {
                    jobs.add(new PrintJob(FOLDER + pack.id() + edition.suffix(), ConfigLoader.FILE, pack.line(),
                            () -> packs.print(pack, included, edition)));
                    jobPack.add(pack);
                    jobPage.add(null);
                    jobEdition.add(edition);
                }
            }
        }
        for (PageHtml html : build.pages) {
            if (!OWN_PDF.contains(html.page().kind())) {
                continue;
            }
            printed.add(html);
            for (Edition edition : build.handbook.config().pageEditions()) {
                jobs.add(new PrintJob(pdfPath(html.page(), edition), html.page().path(), 0, () -> pages.print(html, edition)));
                jobPack.add(null);
                jobPage.add(html.page());
                jobEdition.add(edition);
            }
        }

        GlyphCoverage glyphs = new GlyphCoverage();
        for (PageHtml html : printed) {
            glyphs.check(html.page().path(), html.page().title(), html.content(), build.findings);
        }

        List<PrintJob.Printed> results = printAll(jobs);
        Map<String, Map<String, Object>> downloadsByPack = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            PrintJob.Printed result = results.get(i);
            if (result == null) {
                continue;
            }
            String url = jobs.get(i).sitePath();
            build.output.write(url, result.bytes());
            Edition edition = jobEdition.get(i);
            if (jobPack.get(i) != null) {
                PackConfig pack = jobPack.get(i);
                Map<String, Object> file = file(edition, url, result);
                Map<String, Object> download = downloadsByPack.computeIfAbsent(pack.id(), id -> download(pack, url, result));
                editionsOf(download).add(file);
            } else {
                Page page = jobPage.get(i);
                String key = edition == Edition.STANDARD ? "pdf" : "largePrintPdf";
                build.extrasFor(page.path()).put(key + "Url", url);
                build.extrasFor(page.path()).put(key + "Href", RelativeUrl.between(page.url(), url));
            }
        }
        build.downloads.addAll(downloadsByPack.values());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> editionsOf(Map<String, Object> download) {
        return (List<Map<String, Object>>) download.get("editions");
    }

    /** One file of a download: its edition, address, size and pages. */
    private static Map<String, Object> file(Edition edition, String url, PrintJob.Printed printed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("edition", edition.id());
        f.put("label", edition.label());
        f.put("url", url);
        f.put("size", humanSize(printed.bytes().length));
        f.put("bytes", printed.bytes().length);
        if (printed.pages() > 0) {
            f.put("pages", printed.pages());
        }
        return f;
    }

    /** Where a page's own PDF goes: {@code toolkit/01-x.md} → {@code downloads/toolkit/01-x.pdf}. */
    public static String pdfPath(Page page) {
        return pdfPath(page, Edition.STANDARD);
    }

    /** The same for an edition: {@code downloads/toolkit/01-x-large-print.pdf}. */
    public static String pdfPath(Page page, Edition edition) {
        return FOLDER + page.pathWithoutExtension() + edition.suffix();
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
                config.baseUrl(), paper, pagesByUrl, new PrintParts(build.navigation, build.model, SlideHandout.of(build)), new HtmlToPdf());
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
        d.put("editions", new ArrayList<Map<String, Object>>());
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
