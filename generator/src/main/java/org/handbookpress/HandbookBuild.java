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
import org.handbookpress.check.Finding;
import org.handbookpress.check.Findings;
import org.handbookpress.check.Severity;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Page;
import org.handbookpress.content.ReviewSchedule;
import org.handbookpress.links.LinkRewriter;
import org.handbookpress.links.PageIndex;
import org.handbookpress.markdown.Callouts;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.LeadingTitle;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
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

/**
 * The whole build, top to bottom: settings → pages → Markdown → HTML passes (links, agenda, glossary,
 * checks) → PDFs and slides → layouts → output. Every stage adds its findings to one list; the
 * output is swapped in only when no finding stops the build.
 */
public final class HandbookBuild {

    private final BuildOptions options;
    private final BuildLog log;

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
        for (Page page : handbook.pages()) {
            pages.add(new PageHtml(page, converter.toHtml(page.markdown(), page.bodyLine())));
        }
        applyAll(pages, List.of(new LeadingTitle(), new Callouts()));

        // Links and kinds: rewrite links against the index of every page and anchor.
        Set<String> generatedUrls = new HashSet<>();
        navigation.generatedSections().forEach(s -> generatedUrls.add(s.url()));
        generatedUrls.add(SiteRenderer.DOCUMENTS);
        PageIndex index = new PageIndex(pages, handbook.assets(), generatedUrls);
        applyAll(pages, List.of(new LinkRewriter(index, findings), new SessionAgenda(findings)));
        reportReviews(handbook, today, findings);
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

            // Site: the pages through their layouts, the generated pages, the files.
            SiteRenderer renderer = new SiteRenderer(build);
            // The files first: the PDF stage prints pictures from the staging folder.
            for (String asset : handbook.assets()) {
                output.copy(handbook.contentDir().resolve(asset), asset);
            }
            // PDFs before the pages, whose layouts link each page's PDF and the packs.
            new PdfStage(build).run();
            renderer.writePages();
            renderer.writeGeneratedPages();
            for (Map.Entry<String, byte[]> file : ThemeAssets.load(theme.userTemplates()).entrySet()) {
                output.write("assets/" + file.getKey(), file.getValue());
            }
            if (config.baseUrl() != null) {
                List<String> urls = new ArrayList<>(pages.stream().map(p -> p.page().url()).toList());
                urls.addAll(generatedUrls);
                output.write("sitemap.xml", Sitemap.of(config.baseUrl(), urls));
            }
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
        return new BuildResult(output == null ? null : output.output(), pageCount, 0, all);
    }

    private static void applyAll(List<PageHtml> pages, List<HtmlPass> passes) {
        for (PageHtml page : pages) {
            for (HtmlPass pass : passes) {
                pass.apply(page);
            }
        }
    }

    private static List<NavNode> generatedNav(Handbook handbook) {
        List<NavNode> extra = new ArrayList<>();
        if (handbook.pages().stream().anyMatch(p -> p.kind().isReviewed())) {
            extra.add(new NavNode("Documents", SiteRenderer.DOCUMENTS, SiteRenderer.DOCUMENTS, List.of()));
        }
        return extra;
    }

    /** An overdue review is a warning; one coming up, a notice; a policy with no review date, a warning. */
    private static void reportReviews(Handbook handbook, LocalDate today, Findings findings) {
        for (Page page : handbook.pages()) {
            if (!page.kind().isReviewed()) {
                continue;
            }
            ReviewSchedule review = ReviewSchedule.of(page.meta(), today);
            int line = page.meta().lineOf("reviewed");
            switch (review.status()) {
                case OVERDUE -> findings.warning(page.path(), line, "review.overdue",
                        page.kind().id() + " review was due on " + review.nextReview() + " (" + (-review.daysUntilDue()) + " days ago)",
                        "review the document and set 'reviewed' to the date of the review");
                case DUE_SOON -> findings.notice(page.path(), line, "review.due-soon",
                        page.kind().id() + " review is due on " + review.nextReview() + " (in " + review.daysUntilDue() + " days)",
                        "plan the review");
                case NOT_REVIEWED -> findings.warning(page.path(), 1, "review.missing",
                        "this " + page.kind().id() + " has no 'reviewed' date", "add 'reviewed: YYYY-MM-DD' and 'review-every: 12 months' to its front matter");
                default -> {
                }
            }
            if (page.meta().reviewed() != null && page.meta().reviewEvery() == null) {
                findings.warning(page.path(), line, "review.no-period", "this " + page.kind().id() + " has 'reviewed' but no 'review-every'",
                        "add e.g. 'review-every: 12 months' so the next review date can be shown");
            }
        }
    }

    private BuildFailure fail(Findings findings, String why) {
        List<Finding> all = findings.sorted();
        long errors = findings.count(Severity.ERROR);
        return new BuildFailure("Handbook build failed: " + why + " (" + findings.summary() + ")" + (errors > 0 ? "" : ""), all);
    }
}
