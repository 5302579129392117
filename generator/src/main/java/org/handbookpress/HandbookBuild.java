package org.handbookpress;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.check.DuplicateTitles;
import org.handbookpress.check.EmptySections;
import org.handbookpress.check.HeadingStructure;
import org.handbookpress.check.ImageChecks;
import org.handbookpress.check.PlaceholderText;
import org.handbookpress.check.RawScripts;
import org.handbookpress.check.RemoteResources;
import org.handbookpress.findings.Report;
import org.handbookpress.check.ReviewDates;
import org.handbookpress.report.ReportFile;
import org.handbookpress.findings.Severity;
import org.handbookpress.check.Silences;
import org.handbookpress.check.UnreachablePages;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Page;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryLinker;
import org.handbookpress.glossary.GlossaryPage;
import org.handbookpress.glossary.GlossaryReader;
import org.handbookpress.glossary.TermAnchors;
import org.handbookpress.links.LinkRewriter;
import org.handbookpress.links.PageIndex;
import org.handbookpress.markdown.AccessibleMarkup;
import org.handbookpress.markdown.Callouts;
import org.handbookpress.markdown.ForeignSyntax;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.LeadingTitle;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.offline.ReaderStage;
import org.handbookpress.output.OutputFolder;
import org.handbookpress.output.Sitemap;
import org.handbookpress.output.UnsafeOutputException;
import org.handbookpress.pdf.PackIncludes;
import org.handbookpress.pdf.PdfStage;
import org.handbookpress.render.NavNode;
import org.handbookpress.render.SessionAgenda;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.SiteNavigation;
import org.handbookpress.render.SiteRenderer;
import org.handbookpress.render.ThemeAssets;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.slides.SlideBreaks;
import org.handbookpress.search.SearchStage;
import org.handbookpress.slides.SlideStage;

/**
 * The whole build, top to bottom: settings → pages → Markdown → HTML passes (links, agenda, glossary,
 * checks) → PDFs and slides → layouts → output. Every stage adds its findings to one list; the
 * output is swapped in only when no finding stops the build.
 */
public final class HandbookBuild {

    private final BuildOptions options;
    private final BuildLog log;
    /** Whether warnings fail this run; known once handbook.yml is read, needed by the report. */
    private boolean strictRun;

    public HandbookBuild(BuildOptions options, BuildLog log) {
        this.options = options;
        this.log = log;
    }

    public BuildResult run() throws BuildFailure {
        Findings findings = new Findings();
        try {
            return run(findings);
        } catch (IOException e) {
            findings.error("", 0, "io", "could not read or write a file: " + e.getMessage(), "check the paths and permissions");
            throw fail(findings, "the build could not complete");
        } finally {
            // The report is written whether the build passed or failed: a failed one needs it most.
            writeReport(findings);
        }
    }

    private void writeReport(Findings findings) {
        if (findings.silencedCount() > 0) {
            log.info(findings.silencedCount() + " finding(s) silenced by 'ignore:' or handbook-ignore comments");
        }
        if (options.reportFile() == null) {
            return;
        }
        try {
            ReportFile.write(options.reportFile(), options.contentDir(), Report.of(findings, strictRun));
        } catch (IOException e) {
            log.warn("could not write the report " + options.reportFile() + ": " + e.getMessage());
        }
    }

    private BuildResult run(Findings findings) throws IOException, BuildFailure {
        // Load: settings, then every page with its front matter.
        if (!java.nio.file.Files.isDirectory(options.contentDir())) {
            findings.error("", 0, "content.missing", "content folder " + options.contentDir() + " does not exist",
                    "create it, or point -Dhandbook.content at your handbook's content folder");
            throw fail(findings, "no content to build");
        }
        HandbookConfig config = new ConfigLoader(findings).load(options.contentDir());
        Handbook handbook = new ContentLoader(findings).load(options.contentDir(), config);
        boolean strict = options.strict() != null ? options.strict() : config.strict();
        strictRun = strict;
        // Silencing: front matter 'ignore:' and <!-- handbook-ignore … --> comments (check/Silences).
        findings.silence(Silences.of(handbook.pages()));
        LocalDate today = options.timestamp() == null ? LocalDate.now(ZoneOffset.UTC)
                : options.timestamp().atZone(ZoneOffset.UTC).toLocalDate();
        if (findings.hasErrors()) {
            throw fail(findings, "the content has errors");
        }

        // Navigation: the author's nav or the folders, plus the pages the build generates.
        SiteNavigation navigation = new SiteNavigation(handbook, generatedNav(handbook), findings);

        // Markdown: each page to HTML, then the passes that only need the page itself.
        MarkdownConverter converter = new MarkdownConverter();
        List<PageHtml> pages = new ArrayList<>();
        ForeignSyntax foreign = new ForeignSyntax(findings);
        for (Page page : handbook.pages()) {
            foreign.check(page);
            pages.add(new PageHtml(page, converter.toHtml(page.markdown(), page.bodyLine())));
        }
        // Heading checks see the headings as written, before the leading title is removed.
        // TermAnchors: glossary terms get their ids now, so links to glossary.md#term-… pass the link check.
        // Image checks see every image as written, before link rewriting replaces a missing one by its text.
        applyAll(pages, List.of(new HeadingStructure(findings), new EmptySections(findings), new ImageChecks(handbook, findings),
                new LeadingTitle(), new Callouts(), new TermAnchors()));

        // Links and kinds: rewrite links against the index of every page, anchor and generated page.
        Set<String> generatedUrls = generatedUrls(handbook, navigation);
        PageIndex index = new PageIndex(pages, handbook.assets(), generatedUrls);
        applyAll(pages, List.of(new LinkRewriter(index, findings,
                config.brokenLinksAreWarnings() ? Severity.WARNING : Severity.ERROR), new SessionAgenda(findings), new AccessibleMarkup()));

        // Glossary: read the terms from the glossary page, link their first uses on every other page,
        // then list on the glossary page the pages that use each term (org.handbookpress.glossary).
        Glossary glossary = new GlossaryReader(findings, Locale.forLanguageTag(config.language()),
                java.util.Arrays.asList(config.organisation(), config.title())).read(pages);
        GlossaryLinker glossaryLinker = new GlossaryLinker(glossary);
        applyAll(pages, List.of(glossaryLinker));
        new GlossaryPage(glossary, findings).write(pages, glossaryLinker);
        new ReviewDates(today, findings).check(handbook);
        SlideBreaks.checkAll(handbook.pages(), findings); // a --- under text merges two slides

        // Content checks (check/): per page, then across the handbook. RawScripts also strips scripts
        // when handbook.yml says 'strip-scripts: true', so it must run before the pages are rendered.
        applyAll(pages, List.of(new PlaceholderText(findings), new RawScripts(config.stripScripts(), findings),
                new RemoteResources(findings)));
        new DuplicateTitles(findings).check(handbook);
        new UnreachablePages(navigation, findings).check(handbook);
        new PackIncludes(handbook, findings).checkAll();

        if (findings.failsBuild(strict) || options.checkOnly()) {
            return finish(findings, strict, null, handbook, 0);
        }

        // Output: stage everything, swap it in only at the end.
        OutputFolder output;
        try {
            output = OutputFolder.open(options.outputDir(), options.contentDir(), options.projectDir());
        } catch (UnsafeOutputException e) {
            findings.error("", 0, "output.unsafe", e.getMessage(), "set -Dhandbook.output to a folder of its own, such as target/handbook");
            throw fail(findings, "refusing to write there");
        }
        try {
            ThemeEngine theme = new ThemeEngine(options.templatesDir(), Locale.forLanguageTag(config.language()));
            SiteModel model = new SiteModel(handbook, navigation, today);
            BuildContext build = new BuildContext(options, handbook, pages, index, navigation, model, theme, output, findings, today);
            build.glossary = glossary;

            // Files first: the slide and PDF stages print pictures from the staging folder.
            for (String asset : handbook.assets()) {
                output.copy(handbook.contentDir().resolve(asset), asset);
            }
            // Slides, then PDFs: both before the pages, whose layouts link decks, PDFs and packs.
            new SlideStage(build).run();
            if (options.printPdfs()) {
                new PdfStage(build).run();
            }

            // Site: the pages through their layouts, the generated pages, the theme's files.
            SiteRenderer renderer = new SiteRenderer(build);
            renderer.writePages();
            renderer.writeGeneratedPages();
            // Search: the index, cut into small scripts that a query loads on demand (org.handbookpress.search).
            for (Map.Entry<String, String> file : SearchStage.files(pages,
                    page -> page.folder().isEmpty() ? "" : navigation.sectionTitle(page.folder()), glossary).entrySet()) {
                output.write(file.getKey(), file.getValue());
            }
            for (Map.Entry<String, byte[]> file : ThemeAssets.load(theme.userTemplates()).entrySet()) {
                output.write("assets/" + file.getKey(), file.getValue());
            }
            if (config.baseUrl() != null) {
                List<String> urls = new ArrayList<>(pages.stream().map(p -> p.page().url()).toList());
                urls.addAll(generatedUrls);
                output.write("sitemap.xml", Sitemap.of(config.baseUrl(), urls));
            }
            // Last, over the finished files (org.handbookpress.offline): the Content-Security-Policy in every
            // page, the web app manifest and icons, the offline copy, then the service worker, which hashes every file.
            ReaderStage.run(config, output, renderer::writeDownloads);
            return finish(findings, strict, output, handbook, pages.size());
        } catch (ThemeEngine.TemplateFailure e) {
            findings.add(Finding.error(e.template(), e.line(), "template.error", e.getMessage(),
                    "fix the template " + e.template() + (e.line() > 0 ? " at line " + e.line() : "")));
            output.abandon();
            throw fail(findings, "a template failed");
        } catch (IOException | RuntimeException e) {
            output.abandon();
            throw e;
        }
    }

    private BuildResult finish(Findings findings, boolean strict, OutputFolder output, Handbook handbook, int pageCount)
            throws IOException, BuildFailure {
        if (findings.failsBuild(strict)) {
            if (output != null) {
                output.abandon();
            }
            throw fail(findings, findings.hasErrors() ? "the content has errors" : "warnings fail the build in strict mode");
        }
        if (output != null) {
            output.commit();
        }
        List<Finding> all = findings.sorted();
        return new BuildResult(output == null ? null : output.output(), pageCount, all);
    }

    private static void applyAll(List<PageHtml> pages, List<HtmlPass> passes) {
        for (PageHtml page : pages) {
            for (HtmlPass pass : passes) {
                pass.apply(page);
            }
        }
    }

    /** Output paths of the pages the build writes itself, which content may link to. */
    private static Set<String> generatedUrls(Handbook handbook, SiteNavigation navigation) {
        Set<String> urls = new HashSet<>();
        navigation.generatedSections().forEach(s -> urls.add(s.url()));
        urls.add(SiteRenderer.DOCUMENTS);
        urls.add(SiteRenderer.SEARCH);
        if (SiteRenderer.hasDownloadsPage(handbook.config())) {
            urls.add(SiteRenderer.DOWNLOADS);
        }
        if (handbook.page("index.md").isEmpty()) {
            urls.add("index.html");
        }
        return urls;
    }

    private static List<NavNode> generatedNav(Handbook handbook) {
        List<NavNode> extra = new ArrayList<>();
        if (handbook.pages().stream().anyMatch(p -> p.kind().isReviewed())) {
            extra.add(new NavNode("Documents", SiteRenderer.DOCUMENTS, SiteRenderer.DOCUMENTS, List.of()));
        }
        if (SiteRenderer.hasDownloadsPage(handbook.config())) {
            extra.add(new NavNode("Downloads", SiteRenderer.DOWNLOADS, SiteRenderer.DOWNLOADS, List.of()));
        }
        return extra;
    }

    private static BuildFailure fail(Findings findings, String why) {
        return new BuildFailure("Handbook build failed: " + why + " (" + findings.summary() + ")", findings.sorted());
    }
}
