package org.handbookpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.handbookpress.check.Silences;
import org.handbookpress.check.StandingHeadings;
import org.handbookpress.content.ContentLoader;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;
import org.handbookpress.content.WikiFooter;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Report;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.glossary.Glossary;
import org.handbookpress.glossary.GlossaryLinker;
import org.handbookpress.glossary.GlossaryPage;
import org.handbookpress.links.PageIndex;
import org.handbookpress.markdown.Includes;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.offline.ContentSecurityPolicy;
import org.handbookpress.output.OutputLock;
import org.handbookpress.render.LayoutExtras;
import org.handbookpress.render.SessionLengths;
import org.handbookpress.render.SiteFooter;
import org.handbookpress.render.SiteModel;
import org.handbookpress.render.SiteNavigation;
import org.handbookpress.render.SiteRenderer;
import org.handbookpress.render.ThemeEngine;
import org.handbookpress.report.ReportFile;

/**
 * What {@code handbook:serve} keeps in memory after a full build ({@link HandbookBuild#runForPreview()}),
 * and the update that re-renders only what an edit affects, so a saved page is served in milliseconds
 * rather than after a whole build.
 *
 * <p>An edit is updated in place only when it changes nothing but the body of existing pages: the same
 * front matter (as read: title, kind, order, review, document control…), the same title, no
 * {@code handbook-ignore} comment moved, no finding while reading it, and not a slide deck or the
 * glossary. Then each edited page goes through the same per-page stages as in the full build
 * ({@link PagePipeline}: Markdown, the HTML passes, links, glossary linking, page checks), then its
 * layout and the Content-Security-Policy; when its anchors (heading ids) changed, so do the pages that
 * may link into it (those whose Markdown names its file or title), which may now have a broken link or
 * a mended one; when the terms it uses changed, so does the glossary page, whose "Used in" lists show
 * them. Anything else (handbook.yml, a template, the glossary, a navigation file, a page added, deleted
 * or renamed, a title or front matter change, an asset) needs the full build, which the caller runs.
 *
 * <p>The findings are kept as one list: an update replaces what the per-page stages said about the pages
 * it ran again (what they said before is found by running them once more on the page as it was, the first
 * time a page is updated, and remembered after that), and the JSON report is written again.
 *
 * <p><b>Left stale by an update</b>, until the next full build (any change other than a page's body, or
 * restarting serve): the search index (its shards still hold the page's old text), the offline zip and
 * the service worker's list of files (the preview server serves neither worker nor registration, see
 * serve/PreviewServer), the sitemap's dates, if any, and which headings are a template's standing ones, left empty on
 * many pages (check/StandingHeadings). Nothing the preview shows besides search results
 * depends on them.
 */
public final class PreviewSite {

    /** What the full build computed, as {@link HandbookBuild} hands it over. */
    record State(BuildOptions options, Handbook handbook, SiteNavigation navigation, List<PageHtml> pages, PageIndex index,
                 Glossary glossary, GlossaryLinker linker, ThemeEngine theme, LayoutExtras extras, PageLabels labels, boolean strict,
                 LocalDate today, ContentSecurityPolicy csp, long silenced, Map<String, List<Finding>> readingFindings,
                 StandingHeadings standingHeadings, SiteFooter footer) {
    }

    /**
     * What an update did.
     *
     * @param fullBuild why the change needs the full build instead (then nothing was written), or null
     * @param written   site paths written, in order
     * @param findings  every finding, as a full build of the edited handbook would report them
     */
    public record Update(String fullBuild, List<String> written, List<Finding> findings, boolean passed, long millis) {

        public boolean applied() {
            return fullBuild == null;
        }
    }

    /** The update cannot be made in place; the message says why. */
    private static final class NeedsFullBuild extends Exception {
        NeedsFullBuild(String why) {
            super(why, null, false, false);
        }
    }

    private final BuildOptions options;
    private final BuildLog log;
    private final BuildResult result;
    private final Path output;
    private final Glossary glossary;
    private final GlossaryLinker linker;
    private final ThemeEngine theme;
    private final PageLabels labels;
    private final LayoutExtras extras;
    private final boolean strict;
    private final LocalDate today;
    private final ContentSecurityPolicy csp;
    private final long silenced;
    /**
     * The full build's standing headings (check/StandingHeadings), kept as they are until the next full build: they are
     * counted over every page's empty headings, which an update of one page does not read again.
     */
    private final StandingHeadings standingHeadings;
    /** The words at every page's foot (a wiki's _Footer.md), as the full build made them: an edit of it builds again. */
    private final SiteFooter footer;
    private Handbook handbook;
    private SiteNavigation navigation;
    private SiteModel model;
    private PageIndex index;
    /** Every page's HTML as the full build (or a later update) left it, in reading order. */
    private final LinkedHashMap<String, PageHtml> pages = new LinkedHashMap<>();
    private List<Finding> findings;
    /** What the per-page stages found on a page, for the pages already run again by an update. */
    private final Map<String, List<Finding>> stageFindings = new HashMap<>();
    /** What reading each page said at the full build (ContentLoader#pageFindings): the report holds them already. */
    private final Map<String, List<Finding>> readingFindings;

    PreviewSite(State state, BuildResult result, BuildLog log) {
        this.options = state.options();
        this.log = log;
        this.result = result;
        this.output = result.output();
        this.handbook = state.handbook();
        this.navigation = state.navigation();
        this.glossary = state.glossary();
        this.linker = state.linker();
        this.theme = state.theme();
        this.extras = state.extras();
        this.strict = state.strict();
        this.today = state.today();
        this.csp = state.csp();
        this.silenced = state.silenced();
        this.readingFindings = state.readingFindings();
        this.index = state.index();
        this.labels = state.labels();
        this.standingHeadings = state.standingHeadings();
        this.footer = state.footer();
        this.model = new SiteModel(handbook, navigation, today, labels, footer);
        state.pages().forEach(p -> pages.put(p.page().path(), p));
        this.findings = result.findings();
    }

    /** The full build this preview started from. */
    public BuildResult result() {
        return result;
    }

    /** Every finding as it stands after the latest update. */
    public synchronized List<Finding> findings() {
        return findings;
    }

    /**
     * Updates the served site for the files the watcher saw change (absolute paths). When it cannot, it
     * writes nothing and says why in {@link Update#fullBuild()}; the caller then runs the full build and
     * drops this model (an update that failed half-way may have left it half changed).
     */
    public synchronized Update update(Collection<Path> changed) {
        long start = System.nanoTime();
        try {
            List<Page> edited = new ArrayList<>();
            for (Path file : changed) {
                Optional<Page> page = editedPage(file);
                if (page.isPresent() && edited.stream().noneMatch(p -> p.path().equals(page.get().path()))) {
                    edited.add(page.get());
                }
            }
            List<String> written = edited.isEmpty() ? List.of() : apply(edited);
            return new Update(null, written, findings, new Report(findings, silenced, strict).passed(), millisSince(start));
        } catch (NeedsFullBuild e) {
            return new Update(e.getMessage(), List.of(), findings, false, millisSince(start));
        } catch (IOException | ThemeEngine.TemplateFailure | RuntimeException e) {
            return new Update("the update failed (" + e + ")", List.of(), findings, false, millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * The page as now saved, when the change is one an update can make: the body of an existing page;
     * empty for a change that affects nothing (a hidden file, a temporary file that came and went, a
     * page saved unchanged).
     */
    private Optional<Page> editedPage(Path changed) throws IOException, NeedsFullBuild {
        Path file = changed.toAbsolutePath().normalize();
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (!file.startsWith(content) || file.equals(content)) {
            file = changed.toAbsolutePath().normalize();
            content = handbook.contentDir();
            if (!file.startsWith(content) || file.equals(content)) {
                throw new NeedsFullBuild(changed + " is not a page (a template or another file changed)");
            }
        }
        Path rel = content.relativize(file);
        String path = String.join("/", java.util.stream.StreamSupport.stream(rel.spliterator(), false).map(Path::toString).toList());
        for (Path name : rel) {
            if (name.toString().startsWith(".") && !ContentLoader.gitBookAsset(path)) {
                return Optional.empty(); // hidden: an editor's swap or backup file, never read by the build
            }
        }
        if (path.equals(WikiFooter.FILE)) {
            throw new NeedsFullBuild(path + " is shown at the foot of every page: every page is built again, as after a template's change");
        }
        Optional<Page> old = handbook.page(path).filter(page -> page.path().equals(path)); // x.md added beside x.mdx is new
        if (old.isEmpty()) {
            boolean known = handbook.assets().contains(path)
                    || handbook.pages().stream().anyMatch(p -> p.path().startsWith(path + "/"))
                    || handbook.assets().stream().anyMatch(a -> a.startsWith(path + "/"));
            if (!known && !Files.exists(file)) {
                return Optional.empty(); // a temporary file, written and removed while saving
            }
            throw new NeedsFullBuild(path + " is not an existing page (a page or folder added or removed, an asset, the settings)");
        }
        Page before = old.get();
        if (!Files.isRegularFile(file)) {
            throw new NeedsFullBuild(path + " was removed or renamed");
        }
        Findings reading = new Findings();
        ContentLoader loader = new ContentLoader(reading, 1, today);
        Optional<Page> read = loader.loadPage(handbook.contentDir(), handbook.config(), before.file(),
                handbook.pages().stream().map(Page::path).toList());
        if (loader.readMenuGroups() || path.toLowerCase(Locale.ROOT).endsWith(".rmd")
                && handbook.config().nav().stream().anyMatch(org.handbookpress.content.NavEntry::isGroup)) {
            // Its part headings group the menu (and show as blank lines in the page): one may have been added, renamed or removed.
            throw new NeedsFullBuild(path + ": a page of a book whose parts group the menu");
        }
        // Findings from reading it (an MDX page's notice) are in the report already when reading says the same again.
        if (read.isEmpty() || !reading.sorted().equals(readingFindings.getOrDefault(path, List.of())) || reading.silencedCount() > 0) {
            throw new NeedsFullBuild(path + " has other findings when read (or is no longer a page)");
        }
        // Its duration read in its language as the full build read it (what that said of it is in the report already).
        Page now = SessionLengths.read(read.get(), labels, new Findings());
        if (!now.url().equals(before.url()) || !now.meta().equals(before.meta()) || !now.title().equals(before.title())
                || now.bodyLine() != before.bodyLine()) {
            throw new NeedsFullBuild(path + ": its front matter or title changed");
        }
        if (before.kind() == Kind.SLIDES || before.kind() == Kind.GLOSSARY || extras.decks().containsKey(path)
                || glossary.page().map(g -> g.path().equals(path)).orElse(false)) {
            throw new NeedsFullBuild(path + " is a slide deck or the glossary");
        }
        if (Includes.asks(now.markdown()) || handbook.pages().stream().anyMatch(p -> Includes.asks(p.markdown()))) {
            throw new NeedsFullBuild(path + ": pages show other pages' text (![[…]], --8<--), which an edit may change");
        }
        if (!ignoreComments(before).equals(ignoreComments(now))) {
            throw new NeedsFullBuild(path + ": a handbook-ignore comment was added, removed or moved");
        }
        if (now.markdown().equals(before.markdown())) {
            return Optional.empty();
        }
        return Optional.of(new Page(before.path(), before.url(), before.file(), before.meta(), before.title(), now.markdown(),
                before.bodyLine()));
    }

    /** The lines (by number) that hold a handbook-ignore comment, which silences findings by line. */
    private static List<String> ignoreComments(Page page) {
        if (!page.markdown().contains("handbook-ignore")) {
            return List.of();
        }
        String[] lines = page.markdown().split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("handbook-ignore")) {
                out.add(i + ":" + lines[i]);
            }
        }
        return out;
    }

    /** Runs the edited pages, and the pages they affect, through the per-page stages; writes what changed. */
    private List<String> apply(List<Page> edited) throws IOException, ThemeEngine.TemplateFailure, NeedsFullBuild {
        Set<String> render = new LinkedHashSet<>();
        Optional<Page> glossaryPage = glossary.isEmpty() ? Optional.empty() : glossary.page();
        // What the glossary page's stages said is needed as it was before any page's terms change.
        if (glossaryPage.isPresent()) {
            knownStageFindings(glossaryPage.get());
        }
        boolean termsChanged = false;
        for (Page now : edited) {
            Page before = handbook.page(now.path()).orElseThrow();
            knownStageFindings(before);
            handbook = replaced(handbook, now);
            PageIndex[] after = new PageIndex[1];
            Findings found = scratch(now);
            BitSet usedBefore = linker.usedBy(now.path());
            PageHtml html = runStages(now, found, h -> after[0] = index.replacing(h));
            termsChanged |= !usedBefore.equals(linker.usedBy(now.path()));
            replaceStageFindings(now.path(), found);
            pages.put(now.path(), html);
            render.add(now.path());
            if (!index.sameTargets(after[0], now.path())) {
                // The page's anchors changed: pages linking into it may now have a broken link, or a mended one; so may
                // a page whose #id of its own goes to the one page with that id (LinkRewriter, a Quarto book's way).
                Set<String> idsBefore = index.anchorsOf(now.path());
                Set<String> idsAfter = after[0].anchorsOf(now.path());
                Set<String> changedIds = new java.util.HashSet<>(idsBefore);
                changedIds.addAll(idsAfter);
                changedIds.removeIf(id -> idsBefore.contains(id) && idsAfter.contains(id));
                // An R Markdown or Quarto page's [Install Git] links to a heading by its words (PandocHeadingReferences).
                Set<String> changedWords = new java.util.HashSet<>();
                for (String id : changedIds) {
                    index.headingWords(now.path(), id).ifPresent(changedWords::add);
                    after[0].headingWords(now.path(), id).ifPresent(changedWords::add);
                }
                List<Page> linking = mayLinkTo(now, changedIds, changedWords);
                for (Page other : linking) {
                    knownStageFindings(other); // with the index as it was
                }
                index = after[0];
                for (Page other : linking) {
                    if (glossaryPage.isPresent() && glossaryPage.get().path().equals(other.path())) {
                        throw new NeedsFullBuild("the glossary links to " + now.path() + ", whose headings changed");
                    }
                    Findings otherFound = scratch(other);
                    BitSet otherBefore = linker.usedBy(other.path());
                    PageHtml otherHtml = runStages(other, otherFound, h -> index);
                    termsChanged |= !otherBefore.equals(linker.usedBy(other.path()));
                    replaceStageFindings(other.path(), otherFound);
                    pages.put(other.path(), otherHtml);
                    render.add(other.path());
                }
            } else {
                index = after[0];
            }
        }
        if (termsChanged && linker.severalGlossaries()) {
            throw new NeedsFullBuild("the terms a page uses changed, in a handbook with a glossary in each language");
        }
        if (termsChanged && glossaryPage.isPresent()) {
            Page g = glossaryPage.get();
            Findings found = scratch(g);
            PageHtml html = runStages(g, found, h -> index);
            replaceStageFindings(g.path(), found);
            pages.put(g.path(), html);
            render.add(g.path());
        }
        // The layouts: the navigation and model hold the pages as they are now.
        navigation = new SiteNavigation(handbook, HandbookBuild.generatedNav(handbook, labels.handbook()), labels.handbook(), new Findings());
        model = new SiteModel(handbook, navigation, today, labels, footer);
        SiteRenderer renderer = new SiteRenderer(handbook, List.copyOf(pages.values()), navigation, model, theme, null, extras,
                java.util.function.UnaryOperator.identity()); // renderPage only: the policy is added below
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : render) {
            PageHtml html = pages.get(path);
            byte[] bytes = csp.apply(renderer.renderPage(html)).getBytes(StandardCharsets.UTF_8);
            files.put(html.page().url(), bytes);
            handbook.readmeCopy(html.page()).ifPresent(copy -> files.put(copy, bytes)); // the folder's page, shown twice
        }
        List<String> written = write(files);
        writeReport();
        return written;
    }

    /** A handbook with one page's body replaced, everything else the same objects. */
    private static Handbook replaced(Handbook handbook, Page now) {
        List<Page> list = new ArrayList<>(handbook.pages());
        list.replaceAll(p -> p.path().equals(now.path()) ? now : p);
        return handbook.withPages(list);
    }

    /** Findings for one page's stages, silenced as the full build silences them (by that page's own comments and front matter). */
    private static Findings scratch(Page page) {
        Findings found = new Findings();
        found.silence(Silences.of(List.of(page)));
        return found;
    }

    /**
     * One page through every per-page stage in the full build's order; {@code indexFor} gives the link
     * index once the page's own anchors are known (the page's own index for an edited page).
     */
    private PageHtml runStages(Page page, Findings found, java.util.function.Function<PageHtml, PageIndex> indexFor) {
        PagePipeline pipeline = new PagePipeline(handbook, found, labels, standingHeadings);
        PageHtml html = pipeline.markdown(page);
        PagePipeline.apply(html, pipeline.ownPasses());
        PagePipeline.apply(html, pipeline.linkPasses(indexFor.apply(html)));
        PagePipeline.apply(html, List.of(linker)); // skips the glossary page itself
        if (page.kind() == Kind.GLOSSARY || glossary.page().map(g -> g == page).orElse(false)) {
            List<PageHtml> all = new ArrayList<>(pages.values());
            all.replaceAll(p -> p.page().path().equals(page.path()) ? html : p);
            new GlossaryPage(glossary, found, labels)
                    .write(navigation.inMenuOrder(all, PageHtml::page), linker);
        }
        PagePipeline.apply(html, pipeline.checkPasses());
        return html;
    }

    /**
     * Makes sure what the per-page stages said about the page, as it is now in the model, is known: the
     * first time, by running them again on it (their findings are deterministic) and discarding the HTML.
     */
    private void knownStageFindings(Page page) {
        if (stageFindings.containsKey(page.path())) {
            return;
        }
        Findings found = scratch(page);
        BitSet used = linker.usedBy(page.path());
        runStages(page, found, h -> index);
        if (!used.equals(linker.usedBy(page.path()))) {
            throw new IllegalStateException("the glossary linking of " + page.path() + " is not repeatable");
        }
        stageFindings.put(page.path(), found.sorted());
    }

    private void replaceStageFindings(String path, Findings found) {
        List<Finding> now = found.sorted();
        List<Finding> all = new ArrayList<>(findings);
        all.removeAll(stageFindings.getOrDefault(path, List.of()));
        all.addAll(now);
        findings = all.stream().distinct().sorted(Finding.REPORT_ORDER).toList();
        stageFindings.put(path, now);
    }

    /**
     * The pages that may link to an anchor of {@code target}: those whose Markdown names its file (with or
     * without {@code .md} or {@code .html}, as written or percent-encoded) followed by a {@code #}, or its
     * title in a wiki link with a {@code #}; for a folder's index page, any page naming the folder. A link
     * to the page without an anchor resolves whatever its headings are, so it needs nothing. More than
     * link to it, never fewer.
     */
    private List<Page> mayLinkTo(Page target, Set<String> changedIds, Set<String> changedWords) {
        String file = target.fileName();
        String stem = Page.stem(file).toLowerCase(Locale.ROOT);
        String encoded = java.net.URLEncoder.encode(stem, StandardCharsets.UTF_8).replace("+", "%20").toLowerCase(Locale.ROOT);
        String title = target.title().toLowerCase(Locale.ROOT).trim();
        StringBuilder any = new StringBuilder("(?:").append(Pattern.quote(stem)).append('|').append(Pattern.quote(encoded))
                .append(")(?:\\.mdx?|\\.qmd|\\.rmd|\\.markdown|\\.html)?\\s*#");
        if (!title.isEmpty()) {
            any.append("|\\[\\[\\s*").append(Pattern.quote(title)).append("\\s*#");
        }
        if (stem.equals("index") && !target.folder().isEmpty()) {
            String folder = target.folder().substring(target.folder().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            any.append('|').append(Pattern.quote(folder));
        }
        for (String id : changedIds) {
            any.append("|\\(\\s*#").append(Pattern.quote(id.toLowerCase(Locale.ROOT)));
        }
        for (String words : changedWords) {
            if (!words.isBlank()) { // [Install Git], [the git][install   git]: the words in brackets, spaced as they may be
                any.append("|\\[\\s*").append(String.join("\\s+", java.util.Arrays.stream(words.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                        .map(Pattern::quote).toList())).append("\\s*\\]");
            }
        }
        Pattern linking = Pattern.compile(any.toString());
        List<Page> out = new ArrayList<>();
        for (Page page : handbook.pages()) {
            if (!page.path().equals(target.path()) && linking.matcher(page.markdown().toLowerCase(Locale.ROOT)).find()) {
                out.add(page);
            }
        }
        return out;
    }

    /**
     * Writes each file whose bytes changed into the served site, under the output folder's lock, each as
     * a temporary file moved over the old one, so the server never sends half a page.
     */
    private List<String> write(Map<String, byte[]> files) throws IOException {
        List<String> written = new ArrayList<>();
        try (OutputLock lock = OutputLock.acquire(output, Duration.ofSeconds(30), holder -> log.info("waiting for " + holder))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = output.resolve(file.getKey()).normalize();
                if (!target.startsWith(output)) {
                    throw new IOException("site path leaves the output folder: " + file.getKey());
                }
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    continue;
                }
                Path temp = target.resolveSibling("." + target.getFileName() + ".preview-" + ProcessHandle.current().pid());
                Files.write(temp, file.getValue());
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(file.getKey());
            }
        } catch (OutputLock.LockedException e) {
            throw new IOException(e.getMessage(), e);
        }
        return written;
    }

    private void writeReport() {
        if (options.reportFile() == null) {
            return;
        }
        try {
            ReportFile.write(options.reportFile(), options.contentDir(), options.templatesDir(), new Report(findings, silenced, strict));
        } catch (IOException e) {
            log.warn("could not write the report " + options.reportFile() + ": " + e.getMessage());
        }
    }
}
