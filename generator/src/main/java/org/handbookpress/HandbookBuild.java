package org.handbookpress;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.check.DocumentControlChecks;
import org.handbookpress.check.DuplicateTitles;
import org.handbookpress.findings.Report;
import org.handbookpress.check.PagesLanguage;
import org.handbookpress.check.ReviewDates;
import org.handbookpress.report.ReportFile;
import org.handbookpress.findings.Severity;
import org.handbookpress.check.Silences;
import org.handbookpress.check.StandingHeadings;
import org.handbookpress.check.UnreachablePages;
import org.handbookpress.content.ConfigLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.HandbookConfig;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Edition;
import org.handbookpress.content.Kind;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.WikiFooter;
import org.handbookpress.labels.LabelCatalogues;
import org.handbookpress.labels.Labels;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.content.PackConfig;
import org.handbookpress.content.Page;
import org.handbookpress.glossary.Glossaries;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryLinker;
import org.handbookpress.glossary.GlossaryPage;
import org.handbookpress.glossary.GlossaryReader;
import org.handbookpress.links.PageIndex;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.offline.ContentSecurityPolicy;
import org.handbookpress.offline.ReaderStage;
import org.handbookpress.output.OutputFolder;
import org.handbookpress.output.QueuedWrites;
import org.handbookpress.output.OutputGuard;
import org.handbookpress.output.OutputLock;
import org.handbookpress.output.Sitemap;
import org.handbookpress.output.UnsafeOutputException;
import org.handbookpress.epub.EpubStage;
import org.handbookpress.pdf.HtmlToPdf;
import org.handbookpress.pdf.PdfCache;
import org.handbookpress.pdf.PdfStage;
import org.handbookpress.pdf.PrintPlan;
import org.handbookpress.pdf.Prints;
import org.handbookpress.render.DocumentRegister;
import org.handbookpress.render.LayoutExtras;
import org.handbookpress.render.NavNode;
import org.handbookpress.render.SessionLengths;
import org.handbookpress.render.ShownName;
import org.handbookpress.render.SiteFooter;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.SiteNavigation;
import org.handbookpress.render.SiteRenderer;
import org.handbookpress.render.ThemeAssets;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.search.SearchDocument;
import org.handbookpress.slides.Decks;
import org.handbookpress.sanitise.StyleSheetFiles;
import org.handbookpress.sanitise.SvgSanitiser;
import org.handbookpress.slides.SlideBreaks;
import org.handbookpress.slides.SlideDeck;
import org.handbookpress.slides.SlideHandout;
import org.handbookpress.search.SearchStage;
import org.handbookpress.slides.SlideStage;
import org.handbookpress.work.Parallel;
import org.handbookpress.uptodate.BuildInputs;
import org.handbookpress.uptodate.LastBuild;

/**
 * The whole build, top to bottom: settings → pages → Markdown → HTML passes (links, agenda, glossary,
 * checks) → slides and PDFs → layouts → output. Every stage adds its findings to one list; the
 * output is swapped in only when no finding stops the build. Each stage takes values and returns a
 * value; what flows where is written out below. The per-page stages run on {@link BuildOptions#threads()}
 * threads and give the same bytes whatever the number.
 */
public final class HandbookBuild {

    private final BuildOptions options;
    private final BuildLog log;
    private Duration lockWait = DEFAULT_LOCK_WAIT;
    /** Whether {@link #runForPreview()} asked to keep the built model, and what it kept. */
    private boolean keepForPreview;
    private PreviewSite.State kept;
    /** The digest of the inputs once taken (or handed over by {@link #knowingInputs}), so that it is taken once. */
    private String inputs;

    /** The day the build runs, for findings the project's fixed date would hide ({@link #onTheDay}); null for none. */
    private LocalDate runDay;

    /** How long a build waits, by default, for another build of the same output folder to finish. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);

    /** The loaded handbook and what its settings decide for the rest of the build. */
    private record Loaded(HandbookConfig config, Handbook handbook, boolean strict, LocalDate today, Map<String, String> digests,
                          Map<String, List<Finding>> pageFindings) {
    }

    public HandbookBuild(BuildOptions options, BuildLog log) {
        this.options = options;
        this.log = log;
    }

    /**
     * How long a build waits for another that holds the same output folder before it stops with
     * {@code output.locked}; the preview server's rebuilds and a second terminal wait the same way.
     */
    public HandbookBuild waitingForLock(Duration wait) {
        this.lockWait = wait;
        return this;
    }

    /**
     * The day the build runs, as Maven's goals give it: where the project fixes the build's date
     * ({@code project.build.outputTimestamp}), the output keeps that date, and a review overdue by this day though not by
     * that one is reported ({@code review.overdue-today}). Builds made without it (tests) depend on no calendar.
     */
    public HandbookBuild onTheDay(LocalDate day) {
        this.runDay = day;
        return this;
    }

    /** {@link #onTheDay} for today, as the build's date is when the project fixes none. */
    public HandbookBuild onTheDayItRuns() {
        return onTheDay(calendarDay());
    }

    /** Today, in UTC, as a build dates itself. */
    private static LocalDate calendarDay() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /**
     * The digest of the inputs, as {@link #inputs()} of another build of the same options gave it: the goal takes it
     * to see whether the build is up to date, and hands it to the build's own JVM, which need not read every file again.
     */
    public HandbookBuild knowingInputs(String digest) {
        this.inputs = digest;
        return this;
    }

    /**
     * The digest of the inputs {@link #upToDate()} took, or null if it took none (as when there is no last build to
     * compare with); for {@link #knowingInputs}.
     */
    public String inputs() {
        return inputs;
    }

    public BuildResult run() throws BuildFailure {
        Findings findings = new Findings();
        // A report path that would overwrite the author's files is refused before anything is built.
        String reportRefusal = options.reportFile() == null ? null
                : ReportFile.refusal(options.reportFile(), options.contentDir(), options.templatesDir());
        // Nothing changed since the last build, and its output is as it left it: nothing to do (uptodate/).
        boolean keepsRecord = reusesLastBuild() && reportRefusal == null;
        Optional<BuildResult> same = keepsRecord ? upToDate() : Optional.empty();
        if (same.isPresent()) {
            return same.get();
        }
        Loaded loaded = null;
        boolean passed = false;
        try (BuildProgress progress = BuildProgress.start(log)) {
            if (reportRefusal != null) {
                findings.error("", 0, "output.report-unsafe", reportRefusal + "; nothing was written",
                        ReportFile.advice(options.contentDir(), options.templatesDir()));
                throw fail(findings, "refusing to write the report there");
            }
            progress.stage("load");
            loaded = load(findings);
            // The record of the inputs, if not taken above (there was no last build to compare with), is taken now,
            // from the pages' bytes as the build read them and the other files as they are.
            String inputs = keepsRecord ? inputsDigest(Map.of(options.contentDir(), loaded.digests())) : null;
            BuildResult result = run(loaded, findings, progress);
            passed = true;
            remember(inputs, result, loaded.strict(), findings.silencedCount());
            return result;
        } catch (IOException e) {
            findings.error("", 0, "io", "could not read or write a file: " + e.getMessage(), "check the paths and permissions");
            throw fail(findings, "the build could not complete");
        } catch (RuntimeException | Error e) {
            // Whatever broke inside (a bug, a stack or heap exhausted): one finding, never a stack trace.
            findings.add(InternalFailure.finding(e));
            throw new BuildFailure(BuildFailure.opening(options.checkOnly()) + ": an internal error (" + findings.summary() + ")",
                    findings.sorted(), e);
        } finally {
            // The report is written whether the build passed or failed: a failed one needs it most.
            if (reportRefusal == null) {
                writeReport(findings, passed, loaded != null ? loaded.strict() : Boolean.TRUE.equals(options.strict()));
            }
        }
    }

    /**
     * The last build's result, when everything it was built from is unchanged ({@link BuildInputs}: content,
     * templates, settings, date, plugin) and its output folder is still as that build left it: then the build
     * has nothing to do, and its report repeats that build's findings. Empty for a check, a build without PDFs
     * or without a cache folder, and the preview, which always build.
     */
    public Optional<BuildResult> upToDate() {
        // With no record of a last build there is nothing to compare: the digest is left to the build, which takes it in
        // a JVM of its own far faster than Maven's, whose code is not yet compiled (1.5 of 10,000 pages' 27 s).
        Optional<LastBuild> last = reusesLastBuild() ? LastBuild.read(options.cacheDir()) : Optional.empty();
        return last.isEmpty() ? Optional.empty() : upToDate(last.get(), inputsDigest());
    }

    /** The last build's result if {@code inputs} (null when unreadable) are its inputs and its output is as it left it. */
    private Optional<BuildResult> upToDate(LastBuild build, String inputs) {
        if (inputs == null || !build.inputs().equals(inputs)) {
            return Optional.empty();
        }
        try {
            if (!build.output().equals(LastBuild.outputDigest(options.outputDir()))) {
                return Optional.empty();
            }
            if (options.reportFile() != null) {
                ReportFile.write(options.reportFile(), options.contentDir(), options.templatesDir(),
                        new Report(build.findings(), build.silenced(), build.strict()));
            }
            log.info("Handbook up to date: nothing it is built from has changed since the last build, and "
                    + options.outputDir() + " is as that build left it; its findings follow");
            return Optional.of(new BuildResult(options.outputDir(), build.pages(), build.findings()));
        } catch (IOException e) {
            log.warn("could not tell whether the last build is up to date (" + e.getMessage() + "); building");
            return Optional.empty();
        }
    }

    private boolean reusesLastBuild() {
        return !options.checkOnly() && options.printPdfs() && options.cacheDir() != null && !keepForPreview;
    }

    /** The digest of what this build's output depends on; null when it cannot be read (then the build builds). */
    private String inputsDigest() {
        return inputsDigest(Map.of());
    }

    /** As above, taking the digests of files already read ({@link BuildInputs#digest}'s {@code known}). */
    private String inputsDigest(Map<java.nio.file.Path, Map<String, String>> known) {
        if (inputs == null) {
            inputs = takeInputsDigest(known);
        }
        return inputs;
    }

    /**
     * What the build reads of the files in or beside the content folder that other tools keep their settings in (an
     * MkDocs site's mkdocs.yml beside its docs, a Docusaurus sidebars.js, a site file): their paths and bytes, so that
     * an edit to one builds again, and the preview, which watches only the content and templates, sees it.
     */
    public static String filesBeside(java.nio.file.Path contentDir) {
        return "mkdocs " + org.handbookpress.content.MkDocsProject.describe(contentDir)
                + "\nsidebars " + org.handbookpress.content.SidebarLists.describe(contentDir)
                + "\nbookdown " + org.handbookpress.content.BookdownFile.describe(contentDir)
                + "\nsite " + org.handbookpress.content.SiteConfigFiles.describe(contentDir)
                + "\ngitbook " + org.handbookpress.content.GitBookSpace.describe(contentDir)
                + "\nsnippets " + org.handbookpress.content.MkDocsProject.describeSnippets(contentDir)
                + "\nmdbook " + org.handbookpress.content.MdBookSettings.describeBeside(contentDir)
                + "\nquarto " + org.handbookpress.content.QuartoProject.describe(contentDir)
                + "\neleventy " + org.handbookpress.content.EleventyIgnores.describe(contentDir);
    }

    private String takeInputsDigest(Map<java.nio.file.Path, Map<String, String>> known) {
        String date = options.timestamp() != null ? options.timestamp().toString() : calendarDay().toString();
        // With the date fixed by the project, the day the build runs still decides findings (review.overdue-today): a build
        // on a later day repeated the last one's report, without the reviews that had fallen due since.
        if (options.timestamp() != null && runDay != null) {
            date += " run " + runDay;
        }
        List<String> settings = Arrays.asList("content " + options.contentDir(), "templates " + options.templatesDir(),
                "output " + options.outputDir(), "project " + options.projectDir(), "report " + options.reportFile(),
                "strict " + options.strict(), "date " + date, "cache " + options.cacheDir(),
                // The bytes are the same whatever the threads; but a build asked to run on other threads, as one
                // that checks exactly that, is asked to build.
                "threads " + options.threads(),
                "beside " + filesBeside(options.contentDir()));
        URL theme = ThemeEngine.class.getResource(ThemeEngine.THEME_ROOT + "/layouts/base.ftlh");
        URL plugin = HandbookBuild.class.getProtectionDomain().getCodeSource() == null ? null
                : HandbookBuild.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            // A site's static folder (Hugo's static/, Astro's public/), whose files the handbook publishes, is an input too.
            List<java.nio.file.Path> folders = new java.util.ArrayList<>(Arrays.asList(options.contentDir(), options.templatesDir()));
            folders.addAll(org.handbookpress.content.StaticFolder.folders(options.contentDir())); // and HugoBlox's media
            return BuildInputs.digest(folders, settings,
                    java.util.stream.Stream.of(plugin, theme).filter(java.util.Objects::nonNull).toList(), options.threads(), known);
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps what the next build needs to tell that nothing has changed; a build that cannot keep it still passed. */
    private void remember(String inputs, BuildResult result, boolean strict, long silenced) {
        if (inputs == null || result.output() == null) {
            return;
        }
        try {
            new LastBuild(inputs, LastBuild.outputDigest(result.output()), result.pages(), strict, silenced, result.findings())
                    .write(options.cacheDir());
        } catch (IOException e) {
            log.warn("could not keep the record of this build in " + options.cacheDir() + " (" + e.getMessage()
                    + "); the next build will build everything again");
        }
    }

    /**
     * The whole build, as {@link #run()}, keeping in memory what the preview needs to update single pages
     * after an edit (the model, the pages' HTML, the link index, the glossary, the templates, the findings).
     */
    public PreviewSite runForPreview() throws BuildFailure {
        keepForPreview = true;
        kept = null;
        BuildResult result = run();
        if (kept == null) {
            throw new IllegalStateException("the build kept no preview model");
        }
        return new PreviewSite(kept, result, log);
    }

    private void writeReport(Findings findings, boolean passed, boolean strict) {
        if (findings.silencedCount() > 0) {
            log.info(findings.silencedCount() + " finding(s) silenced by 'ignore:' or handbook-ignore comments");
        }
        if (!passed && Report.of(findings, strict).passed()) {
            // A build that stopped must never leave a report a CI gate would read as passed.
            findings.add(Finding.error("", 0, "internal.error", "the build stopped without a finding saying why",
                    "this is a bug in Handbook Press; please report it (mvn -e shows the details)"));
        }
        if (options.reportFile() == null) {
            return;
        }
        try {
            ReportFile.write(options.reportFile(), options.contentDir(), options.templatesDir(), Report.of(findings, strict));
        } catch (IOException e) {
            log.warn("could not write the report " + options.reportFile() + ": " + e.getMessage());
        }
    }

    /** Settings, then every page with its front matter; stops here when the settings could not be read ({@link #goesOnAfter}). */
    private Loaded load(Findings findings) throws IOException, BuildFailure {
        if (!java.nio.file.Files.isDirectory(options.contentDir())) {
            findings.error("", 0, "content.missing", "content folder " + options.contentDir() + " does not exist",
                    "create it, or point -Dhandbook.content at your handbook's content folder");
            throw fail(findings, "no content to build");
        }
        HandbookConfig config = new ConfigLoader(findings).load(options.contentDir());
        LocalDate today = options.timestamp() == null ? calendarDay()
                : options.timestamp().atZone(ZoneOffset.UTC).toLocalDate();
        ContentLoader loader = new ContentLoader(findings, options.threads(), today);
        Handbook handbook = loader.load(options.contentDir(), config);
        boolean strict = options.strict() != null ? options.strict() : config.strict();
        // Silencing: front matter 'ignore:' and <!-- handbook-ignore … --> comments (check/Silences).
        findings.silence(Silences.of(handbook.pages()));
        Set<String> pagePaths = handbook.pages().stream().map(org.handbookpress.content.Page::path).collect(java.util.stream.Collectors.toSet());
        if (findings.sorted().stream().anyMatch(f -> f.severity() == Severity.ERROR && !goesOnAfter(f, pagePaths))) {
            throw fail(findings, "the content has errors");
        }
        return new Loaded(config, handbook, strict, today, loader.digests(), loader.pageFindings());
    }

    /**
     * Whether the build goes on after an error found while loading, so that a check reports everything at once, writes
     * nothing and fails at its end. It does after a wrong value (a paper size, a date, an order), which leaves every page
     * and setting read, the value at its default (one misspelt paper size hid every other finding of the handbook); and
     * after a file it leaves out (a symbolic link out of the content folder, a binary or oversized page, a name that is
     * not UTF-8: {@code file.*}), whose pages and pictures are read without it: a link to it is told the file is left out
     * and that its own finding says why (LinkRewriter). One picture linked from outside the folder hid 80 findings of a
     * migrated book. It does after a page's front matter that is no YAML too (a title with an unquoted ': '): the page is
     * read without it (FrontMatterParser), and {@code pagePaths} holds it; and after front matter never closed, read up
     * to its last key (one missing '---' hid a volunteer's dozen other findings). Settings it could not read at all
     * (handbook.yml malformed or unreadable: its packs, menu and language would then be wrong) and two pages at one
     * address stop it here, since what it would find next about them would mislead.
     */
    static boolean goesOnAfter(Finding finding, Set<String> pagePaths) {
        String code = finding.code();
        return code.startsWith("config.") || code.startsWith("front-matter.")
                || code.startsWith("file.") && !finding.file().equals(ConfigLoader.FILE)
                || code.startsWith("yaml.") && pagePaths.contains(finding.file());
    }

    private BuildResult run(Loaded loaded, Findings findings, BuildProgress progress) throws IOException, BuildFailure {
        HandbookConfig config = loaded.config();
        int threads = options.threads();

        // Navigation: the author's nav or the folders, plus the pages the build generates.
        // The words around the text ("Menu", "Review overdue"), in the handbook's language and its translations' folders.
        LanguageFolders languages = loaded.handbook().languageFolders();
        PageLabels labels = new PageLabels(new LabelCatalogues(options.templatesDir()), config.language(), languages::languageOf);
        // A session's planned length in its page's language ("1 год 30 хв"), known now that the pages' languages are.
        Handbook handbook = SessionLengths.read(loaded.handbook(), labels, findings);
        List<String> labelLanguages = new ArrayList<>(languages.tags());
        labelLanguages.add(0, config.language());
        labels.catalogues().check(labelLanguages, findings);
        SiteNavigation navigation = new SiteNavigation(handbook, generatedNav(handbook, labels.handbook()), labels.handbook(), findings);

        // The steps each page goes through are listed once, in PagePipeline. Each page goes through them on a
        // worker (pages stay in reading order) and is frozen to its HTML text between them (PageHtml.freeze):
        // only the pages being worked on hold a tree, which is what lets 10,000 pages fit in memory.
        // First Markdown and the passes that need only the page itself; its anchors are noted for the link index.
        // The page is frozen as its Markdown's HTML, and its own passes that change it run again when it is thawed:
        // quicker than writing the tree out as HTML (PageHtml.freezeBefore).
        progress.stage("markdown");
        PagePipeline pipeline = new PagePipeline(handbook, findings, labels);
        List<HtmlPass> ownPasses = pipeline.ownPasses();
        List<HtmlPass> ownChanges = pipeline.ownChanges(); // run again, quietly, when the page is thawed below
        List<PageIndex.Anchors> anchors = new ArrayList<>();
        List<PageHtml> pages = new ArrayList<>();
        for (Map.Entry<PageHtml, PageIndex.Anchors> page : Parallel.map(handbook.pages(), threads, page -> {
            PageHtml html = pipeline.markdown(page);
            PagePipeline.apply(html, ownPasses);
            PageIndex.Anchors own = PageIndex.Anchors.of(html.content());
            html.freezeBefore(ownChanges);
            return Map.entry(html, own);
        })) {
            pages.add(page.getKey());
            anchors.add(page.getValue());
        }
        // Empty sections, now that every page's are known: a heading left empty on many pages is a template's standing
        // heading, which no page is warned of (check/StandingHeadings); its notice comes with the checks below.
        StandingHeadings standingHeadings = pipeline.reportEmptySections();
        pipeline.reportNewWindowLinks();

        // The output folder is opened here, unless the build only checks or has already failed, so that the pages' search
        // texts, most of the index's files, are written from here on, on a thread of their own, each page as the passes
        // below finish it (SearchStage.startPageTexts): making those files is slow, and so overlaps the passes, the PDFs
        // and the layouts. A folder that cannot be opened is reported where the build first writes to it (openOutput),
        // after every content finding, as before.
        OutputFolder output = null;
        SearchStage.PageTexts searchTexts = null;
        Opening opening = null;
        try {
            progress.stage("html passes");
            if (!options.checkOnly() && !findings.failsBuild(loaded.strict())) {
                opening = openEarly();
                if (opening.folder() != null) {
                    output = opening.folder();
                    searchTexts = SearchStage.startPageTexts(pages.size(), output::write);
                }
            }
            // Links and kinds: links are rewritten against the index of every page, anchor and generated page.
            // The glossary page goes first, since the glossary is read from it: the terms are read, then their
            // first uses linked on every other page (each page's uses kept apart).
            Set<String> generatedUrls = generatedUrls(handbook, navigation);
            // A page may link to the files the build makes from the packs (downloads/starter.pdf), as the Downloads page does.
            Set<String> linkable = new HashSet<>(generatedUrls);
            linkable.addAll(packDownloads(config));
            PageIndex index = new PageIndex(pages, anchors, handbook.assets(), linkable, handbook.contentDir(),
                    config.translations().keySet()).withPacks(packsByTitle(config));
            // Old addresses (redirect-from:): links to them find their page, and each gets a page sending the reader on.
            Map<String, Page> redirects = index.oldAddresses().redirects(index::serves, index::hasFile, findings);
            List<HtmlPass> linkPasses = pipeline.linkPasses(index);
            List<PageHtml> glossaryPages = pages.stream().filter(p -> p.page().kind() == Kind.GLOSSARY).toList();
            for (PageHtml html : glossaryPages) {
                html.thaw();
                PagePipeline.apply(html, linkPasses);
            }
            // The handbook's glossary, and a folder of translations' own (cy/glossary.md), whose terms its pages link.
            Glossaries glossaries = new GlossaryReader(findings, Locale.forLanguageTag(config.language()),
                    java.util.Arrays.asList(config.organisation(), config.title()))
                    .read(pages, languages, folder -> Locale.forLanguageTag(languages.folders().get(folder)));
            Glossary glossary = glossaries.main();
            GlossaryLinker glossaryLinker = new GlossaryLinker(glossaries);
            // A result names the sections it is in, as its breadcrumbs do: a federation's 36 "Transport Policy" pages in
            // sections of one name ("Policies") were told apart by nothing.
            List<String> translationFolders = SiteModel.translationFolders(handbook, languages);
            // A page whose title another has is named by its part of the book too (Advanced R's five "Introduction"s); a
            // page a book's table of contents lists is named by every entry above it, as its breadcrumbs are, its part first.
            // A name in another language than the page's (a Welsh page's section named in English) says so in search.
            Function<Page, List<ShownName>> sectionNamesOf = page -> {
                List<ShownName> names = new ArrayList<>(navigation.sectionNamesOf(page,
                        SiteModel.translationFolderOf(translationFolders, page.path()),
                        java.util.Objects.requireNonNullElse(languages.languageOf(page.path()), config.language())));
                String part = navigation.partTellingApart(page);
                if (part != null && navigation.entriesAbove(page).isEmpty()) {
                    names.add(0, new ShownName(part, null));
                }
                return names;
            };
            Function<Page, String> sectionOf = page -> ShownName.joined(sectionNamesOf.apply(page));
            // Then every other page: links, glossary terms, the page checks (check/), and the text search indexes.
            List<HtmlPass> checkPasses = pipeline.checkPasses();
            SearchStage.PageTexts texts = searchTexts; // each page's text handed to it as soon as it is finished
            List<SearchDocument> searchText = new ArrayList<>(Parallel.map(numbers(pages.size()), threads, number -> {
                PageHtml html = pages.get(number);
                if (html.page().kind() == Kind.GLOSSARY) {
                    return null;
                }
                html.thaw();
                PagePipeline.apply(html, linkPasses);
                PagePipeline.apply(html, List.of(glossaryLinker));
                PagePipeline.apply(html, checkPasses);
                SearchDocument text = options.checkOnly() ? null : SearchStage.document(html, sectionNamesOf);
                html.freeze();
                if (texts != null) {
                    texts.offer(number, text);
                }
                return text;
            }));
            // Last the glossary page: the pages that use each term, listed in page order under it.
            progress.stage("glossary");
            Map<String, List<String>> termUsers = new java.util.HashMap<>();
            List<PageHtml> inMenuOrder = navigation.inMenuOrder(pages, PageHtml::page);
            for (Glossary each : glossaries.all()) {
                new GlossaryPage(each, findings, labels).write(inMenuOrder, glossaryLinker).forEach(termUsers::putIfAbsent);
            }
            for (PageHtml html : glossaryPages) {
                PagePipeline.apply(html, checkPasses);
                int number = pages.indexOf(html);
                searchText.set(number, options.checkOnly() ? null : SearchStage.document(html, sectionNamesOf));
                html.freeze();
                if (searchTexts != null) {
                    searchTexts.offer(number, searchText.get(number));
                }
            }

            // Content checks (check/) across the handbook.
            progress.stage("checks");
            new ReviewDates(loaded.today(), options.timestamp() != null, runDay, findings).check(handbook);
            new DocumentControlChecks(loaded.today(), options.timestamp() != null, loaded.strict(), findings).check(handbook);
            SlideBreaks.checkAll(handbook.pages(), findings); // a --- under text merges two slides
            // SVG files (sanitise/): checked here so handbook:check reports them; the cleaned copies are written below.
            Map<String, byte[]> safeSvgs = new SvgSanitiser(findings).cleanAll(handbook.files()::file, handbook.assets());
            Map<String, byte[]> safeStyles = StyleSheetFiles.cleanAll(handbook.files()::file, handbook.assets(), findings);
            // PDFs among the files are published as they are: what one does by itself in a reader's PDF reader is said.
            org.handbookpress.sanitise.PdfFileActions.checkAll(handbook.files()::file, handbook.assets(), threads, findings);
            new DuplicateTitles(findings, sectionOf).check(handbook); // within a section: the menu and search name sections
            standingHeadings.report(findings); // once for them all, the empty headings no page is warned of
            new UnreachablePages(navigation::isReachable, findings, languages).check(handbook); // a translation: from its original
            new PagesLanguage(findings).check(handbook, languages); // a French folder built as English, the default

            ThemeEngine theme = new ThemeEngine(options.templatesDir(), Locale.forLanguageTag(config.language()));
            // A GitHub wiki's _Footer.md, which GitHub shows under every page: made once, as a page at the top is (its
            // links checked here, once), and shown by every page's layout (SiteModel), in the site and not in its prints.
            SiteFooter footer = pipeline.footer(WikiFooter.read(handbook.contentDir(), findings), index);
            SiteModel model = new SiteModel(handbook, navigation, loaded.today(), labels, footer);
            Instant printedAt = printedAt(loaded.today());
            List<java.nio.file.Path> readable = new java.util.ArrayList<>(handbook.files().folders());
            readable.add(options.templatesDir());
            HtmlToPdf printer = new HtmlToPdf(readable, handbook.files()::locate);
            PdfCache pdfs = PdfCache.in(options.checkOnly() ? null : options.cacheDir(), printer);

            // Print checks, run by handbook:check too: packs' includes and glyphs (PdfStage.plan), and the
            // decks, whose slides PDF is printed (in memory) to measure overflowing slides. Check leaves out the handouts.
            progress.stage("slides");
            Decks decks = new SlideStage(handbook, model, theme, findings, printedAt, pdfs)
                    .run(pages, options.printPdfs() || options.checkOnly(), options.printPdfs() && !options.checkOnly(), threads);
            PdfStage pdfStage = new PdfStage(handbook, pages, model, theme, findings, termUsers);
            // While this thread checks the printed pages' glyphs, another core reads the fonts for the prints: the PDFs'
            // time in the closing table (a handbook without decks showed "slides 214 ms").
            progress.stage("pdfs");
            PrintPlan plan = pdfStage.plan(options.printPdfs() && !options.checkOnly() ? printer : null, SlideDeck::printedContent);

            if (findings.failsBuild(loaded.strict()) || options.checkOnly()) {
                stop(searchTexts);
                if (output != null) {
                    output.abandon(); // opened above, before the checks failed the build: nothing of it is kept
                }
                return finish(findings, loaded, null, progress, summary(loaded, pages.size(), 0, decks, Prints.none(), pdfs, findings));
            }

            // Output: stage everything, swap it in only at the end.
            progress.stage("write");
            if (output == null) {
                output = openOutput(findings, opening);
                searchTexts = SearchStage.startPageTexts(searchText, output::write);
            }
            // Files first: the PDF stage prints pictures from the staging folder.
            OutputFolder staging = output;
            try {
                Parallel.forEach(List.copyOf(handbook.assets()), threads, asset -> {
                    if (safeSvgs.containsKey(asset)) {
                        staging.write(asset, safeSvgs.get(asset)); // an SVG with its scripts and outside references removed
                    } else if (safeStyles.containsKey(asset)) {
                        staging.write(asset, safeStyles.get(asset)); // a style sheet without what loads from elsewhere
                    } else {
                        staging.copy(handbook.files().file(asset), asset);
                    }
                    return null;
                });
            } catch (Parallel.Failure failure) {
                throw failure.rethrow(IOException.class, IOException.class);
            }
            writeAll(output, decks.files());

            // PDFs: the packs and the pages' own PDFs, before the pages, whose layouts link them.
            progress.stage("pdfs");
            SlideHandout handouts = new SlideHandout(theme, model::site, config.baseUrl(), model::labelMethod, model::languageOf);
            Prints prints = options.printPdfs()
                    ? pdfStage.print(plan, output.staging(), printedAt, (copy, edition, paper) -> (edition == Edition.LARGE_PRINT
                            ? handouts.largePrint(SlideDeck.of(copy)) : handouts.html(SlideDeck.of(copy), decks.fits(copy.page().path()), paper)).body(), pdfs,
                            threads, progress.counter("PDFs"))
                    : Prints.none();
            progress.stage("write");
            writeAll(output, prints.files());
            // E-books: packs with 'epub' in editions, from the same pages; listed beside the pack's PDF.
            EpubStage.Epubs epubs = options.printPdfs() ? new EpubStage(handbook, pages, safeSvgs, languages, findings, termUsers, model, theme).make(plan, printedAt) : EpubStage.Epubs.none();
            writeAll(output, epubs.files());

            // Site: the pages through their layouts (in parallel), the generated pages, the search index, the theme's files.
            progress.stage("layouts");
            // Every PDF of a page alone, for the Downloads page: a page's own PDFs, a deck's slides and handout.
            Map<String, List<org.handbookpress.render.DownloadFile>> pageFiles = new java.util.HashMap<>(prints.pageFiles());
            pageFiles.putAll(decks.pdfFiles()); // a deck prints no PDF of its page as a chapter does: no page has both
            LayoutExtras extras = new LayoutExtras(epubs.addTo(prints.packs()), prints.pagePdfs(), prints.largePrintPdfs(),
                    decks.layouts(), pageFiles);
            Map<String, byte[]> themeFiles = ThemeAssets.load(theme.userTemplates()); // written under assets/ below
            byte[] notes = themeFiles.get(ReaderStage.NOTES.substring("assets/".length()));
            ContentSecurityPolicy policy = ReaderStage.policy(notes == null ? null : new String(notes, StandardCharsets.UTF_8));
            SiteRenderer renderer = new SiteRenderer(handbook, pages, navigation, model, theme, output, extras, policy::apply);
            renderer.writePages(threads);
            renderer.writeGeneratedPages();
            renderer.writeRedirects(redirects);
            if (!keepForPreview) { // the preview keeps the pages' HTML to update single pages; a build is done with it
                pages.forEach(PageHtml::release);
            }
            // Search: the index, cut into small scripts that a query loads on demand (org.handbookpress.search).
            progress.stage("search");
            try (QueuedWrites queue = output.queued()) {
                SearchStage.write(searchText, glossaries.all(), threads, searchTexts, model.translationFolders(), queue::write);
            }
            searchText.clear(); // the index is written: its text need not be held through the offline stage
            progress.stage("write");
            for (Map.Entry<String, byte[]> file : themeFiles.entrySet()) {
                output.write("assets/" + file.getKey(), file.getValue());
            }
            if (config.baseUrl() != null) {
                List<String> urls = new ArrayList<>(pages.stream().map(p -> p.page().url()).toList());
                urls.addAll(generatedUrls);
                urls.removeIf(url -> !staging.exists(url)); // documents.html is only written when there are documents
                // A README's (or a wiki's Home.md's) second address, kept so that an address read before opens it, is
                // no page of its own: the sitemap listed README.html and Home.html beside the index.html they are.
                Set<String> pageUrls = new HashSet<>();
                pages.forEach(p -> pageUrls.add(p.page().url()));
                pages.forEach(p -> handbook.readmeCopy(p.page()).filter(copy -> !pageUrls.contains(copy)).ifPresent(copy -> urls.removeIf(copy::equals)));
                output.write("sitemap.xml", Sitemap.of(config.baseUrl(), urls.stream().distinct().toList()));
            }
            // Last, over the finished files (org.handbookpress.offline): the Content-Security-Policy in every page
            // the layouts did not write with it (decks; an author's own HTML file is never published, file.active), the web app manifest and icons,
            // the offline copy, then the service worker, which hashes every file.
            progress.stage("offline");
            ReaderStage.run(config, output, renderer::writeDownloads, threads, policy, renderer.written(), Set.copyOf(handbook.assets()));
            for (String file : output.replacedFiles()) {
                boolean fromStatic = handbook.files().fromStatic().containsKey(file);
                findings.warning(fromStatic ? handbook.contentDir().relativize(handbook.files().file(file)).toString().replace('\\', '/')
                                : file, 0, "file.replaced",
                        "the handbook writes a file of its own at " + file + " (a page, the theme's or the offline copy's), "
                                + "which replaces this one in the site", "rename or move this file if readers need it; the "
                                + "theme's own files are changed in a templates folder (templates/README.md)");
            }
            if (keepForPreview) { // handbook:serve keeps what it takes to update single pages (PreviewSite)
                kept = new PreviewSite.State(options, handbook, navigation, pages, index, glossary, glossaryLinker, theme, extras, labels,
                        loaded.strict(), loaded.today(), policy, findings.silencedCount(), loaded.pageFindings(),
                        standingHeadings, footer);
            }
            BuildResult result = finish(findings, loaded, output, progress,
                    summary(loaded, pages.size(), generatedUrls.size() + 1, decks, prints, pdfs, findings));
            if (options.printPdfs()) {
                pdfs.prune(); // the cache keeps what this build used, nothing more
            }
            return result;
        } catch (ThemeEngine.TemplateFailure e) {
            String where = e.page() == null ? "" : e.pages() <= 1 ? " (on the page " + e.page() + ")"
                    : " (on " + e.pages() + " pages, the first " + e.page() + ")";
            findings.add(Finding.error(e.template(), e.line(), "template.error", e.getMessage() + where, e.fix()));
            stop(searchTexts);
            if (output != null) {
                output.abandon();
            }
            throw fail(findings, "a template failed");
        } catch (IOException | RuntimeException | Error e) {
            stop(searchTexts);
            if (output != null) {
                output.abandon(); // releases the folder's lock too, whatever stopped the build
            }
            throw e;
        }
    }

    /** Stops the search texts' thread, if it was started, before the staging folder it writes into is abandoned. */
    private static void stop(SearchStage.PageTexts texts) {
        if (texts != null) {
            texts.close();
        }
    }

    /** The output folder opened, or why it could not be: reported by {@link #openOutput} where the build first writes. */
    private record Opening(OutputFolder folder, Exception refused) {
    }

    private Opening openEarly() {
        try {
            // A site's static folder is read as the content folder is (AssetFiles): never written into either.
            for (java.nio.file.Path outside : org.handbookpress.content.StaticFolder.folders(options.contentDir())) {
                OutputFolder.refuseOverlap(options.outputDir(), outside, "site's " + outside.getFileName());
            }
            return new Opening(OutputFolder.open(options.outputDir(), options.contentDir(), options.templatesDir(),
                    options.projectDir(), lockWait, log::info), null);
        } catch (IOException | UnsafeOutputException | OutputLock.LockedException e) {
            return new Opening(null, e);
        }
    }

    /**
     * The output folder, checked, locked, with a staging folder of this run's own: opened now unless {@code early} tried
     * already; why it cannot be opened is an error finding.
     */
    private OutputFolder openOutput(Findings findings, Opening early) throws IOException, BuildFailure {
        Opening opening = early != null ? early : openEarly();
        if (opening.refused() instanceof UnsafeOutputException e) {
            findings.error("", 0, "output.unsafe", e.getMessage(), "set -Dhandbook.output to a folder of its own, such as target/handbook"
                    + " (the build writes only into a new folder, or one it wrote before, which carries a " + OutputGuard.MARKER + " file)");
            throw fail(findings, "refusing to write there");
        }
        if (opening.refused() instanceof OutputLock.LockedException e) {
            findings.error("", 0, "output.locked", e.getMessage(), "wait for that build (or handbook:serve) to finish, or stop it;"
                    + " or build into another folder with -Dhandbook.output");
            throw fail(findings, "another build is writing to " + options.outputDir());
        }
        if (opening.refused() instanceof IOException e) {
            throw e;
        }
        return opening.folder();
    }

    private static void writeAll(OutputFolder output, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            output.write(file.getKey(), file.getValue());
        }
    }

    /**
     * The date printed into PDFs: {@code project.build.outputTimestamp} when set, else the start of the
     * build's day, so that two builds on the same day give the same bytes.
     */
    private Instant printedAt(LocalDate today) {
        return options.timestamp() != null ? options.timestamp() : today.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private BuildSummary summary(Loaded loaded, int pages, int generated, Decks decks, Prints prints, PdfCache pdfs, Findings findings) {
        int pdfCount = options.checkOnly() ? 0 : decks.pdfCount() + prints.files().size();
        return new BuildSummary(options.checkOnly(), pages, generated, decks.built().size(), pdfCount,
                options.checkOnly() ? 0 : decks.pdfPages() + prints.pdfPages(), pdfs.reusedCount(),
                options.checkOnly() ? 0 : loaded.handbook().assets().size(),
                findings.count(Severity.ERROR), findings.count(Severity.WARNING), findings.count(Severity.NOTICE), Map.of(), 0);
    }

    private BuildResult finish(Findings findings, Loaded loaded, OutputFolder output, BuildProgress progress, BuildSummary counts)
            throws IOException, BuildFailure {
        if (findings.failsBuild(loaded.strict())) {
            if (output != null) {
                output.abandon();
            }
            throw fail(findings, findings.hasErrors() ? "the content has errors" : "warnings fail the build in strict mode");
        }
        if (output != null) {
            progress.stage("write");
            output.commit();
        }
        progress.close();
        BuildSummary summary = new BuildSummary(counts.checkOnly(), counts.pages(), counts.generatedPages(), counts.decks(),
                counts.pdfs(), counts.pdfPages(), counts.pdfsReused(), counts.filesCopied(), counts.errors(), counts.warnings(),
                counts.notices(), progress.times(), progress.total());
        summary.lines().forEach(log::info);
        List<Finding> all = findings.sorted();
        return new BuildResult(output == null ? null : output.output(), counts.pages(), all, summary);
    }

    /** Output paths of the pages the build writes itself, which content may link to. */
    private static Set<String> generatedUrls(Handbook handbook, SiteNavigation navigation) {
        Set<String> urls = new HashSet<>();
        navigation.generatedSections().forEach(s -> urls.add(s.url()));
        urls.add(SiteRenderer.DOCUMENTS);
        urls.add(DocumentRegister.CSV);
        urls.add(SiteRenderer.SEARCH);
        if (SiteRenderer.hasDownloadsPage(handbook)) {
            urls.add(SiteRenderer.DOWNLOADS);
        }
        if (handbook.page("index.md").isEmpty()) {
            urls.add("index.html");
        }
        handbook.pages().forEach(p -> handbook.readmeCopy(p).ifPresent(urls::add));
        // Each folder of translations' own search, Documents and Downloads pages (cy/search.html), and its register's spreadsheet.
        List<String> folders = SiteModel.translationFolders(handbook, handbook.languageFolders());
        urls.addAll(SiteModel.generatedAddresses(handbook, folders));
        folders.forEach(folder -> urls.add(folder + "/" + DocumentRegister.CSV));
        return urls;
    }

    /**
     * The files the build makes of its packs, each edition's (downloads/starter.pdf, starter-large-print.pdf,
     * starter.epub), and the offline copy: a tenants' association's session plan linked its starter pack's PDF and was
     * told to add downloads/rep-starter-pack.pdf to its content folder, an error that failed the build.
     */
    static Set<String> packDownloads(HandbookConfig config) {
        Set<String> files = new HashSet<>();
        for (PackConfig pack : config.packs()) {
            for (Edition edition : pack.editions()) {
                files.add(PdfStage.packPath(pack, edition));
            }
        }
        if (config.reader().offlineZip()) {
            files.add(org.handbookpress.offline.OfflineZip.path(config.reader().id()));
        }
        return files;
    }

    /** Each pack's file by its title, for wiki links: its PDF, or its first edition's file when it has no standard one. */
    static Map<String, String> packsByTitle(HandbookConfig config) {
        Map<String, String> files = new LinkedHashMap<>();
        for (PackConfig pack : config.packs()) {
            if (pack.title() != null && !pack.editions().isEmpty()) {
                Edition edition = pack.editions().contains(Edition.STANDARD) ? Edition.STANDARD : pack.editions().get(0);
                files.putIfAbsent(pack.title(), PdfStage.packPath(pack, edition));
            }
        }
        return files;
    }

    static List<NavNode> generatedNav(Handbook handbook, Labels labels) {
        List<NavNode> extra = new ArrayList<>();
        if (DocumentRegister.hasDocuments(handbook)) {
            extra.add(new NavNode(labels.text("documents.title"), SiteRenderer.DOCUMENTS, SiteRenderer.DOCUMENTS, List.of()));
        }
        if (SiteRenderer.hasDownloadsPage(handbook)) {
            extra.add(new NavNode(labels.text("downloads.title"), SiteRenderer.DOWNLOADS, SiteRenderer.DOWNLOADS, List.of()));
        }
        return extra;
    }

    /** 0 to {@code count - 1}: a stage's items by number, for a task that needs to know which item it has. */
    private static List<Integer> numbers(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    private BuildFailure fail(Findings findings, String why) {
        return new BuildFailure(BuildFailure.opening(options.checkOnly()) + ": " + why + " (" + findings.summary() + ")", findings.sorted());
    }
}
