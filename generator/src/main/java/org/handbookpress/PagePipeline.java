package org.handbookpress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbookpress.check.EmptySections;
import org.handbookpress.check.HeadingStructure;
import org.handbookpress.check.ImageChecks;
import org.handbookpress.check.NestingDepth;
import org.handbookpress.check.PlaceholderText;
import org.handbookpress.check.RuleRuns;
import org.handbookpress.check.StandingHeadings;
import org.handbookpress.check.IndentedLists;
import org.handbookpress.check.UnrenderedMarkdown;
import org.handbookpress.check.UnusedFootnotes;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.MdBookSettings;
import org.handbookpress.content.OwnAddresses;
import org.handbookpress.content.Page;
import org.handbookpress.findings.Findings;
import org.handbookpress.findings.Severity;
import org.handbookpress.glossary.TermAnchors;
import org.handbookpress.glossary.TermLists;
import org.handbookpress.links.CrossReferences;
import org.handbookpress.links.PandocHeadingReferences;
import org.handbookpress.links.LinkRewriter;
import org.handbookpress.links.NamelessLinks;
import org.handbookpress.links.PageIndex;
import org.handbookpress.links.SectionPages;
import org.handbookpress.links.UnwrittenFolderPages;
import org.handbookpress.labels.PageLabels;
import org.handbookpress.markdown.AccessibleMarkup;
import org.handbookpress.markdown.AttributeLists;
import org.handbookpress.markdown.BlockIds;
import org.handbookpress.markdown.Emoji;
import org.handbookpress.markdown.EmptyHeadings;
import org.handbookpress.markdown.GitBookCards;
import org.handbookpress.markdown.UniqueIds;
import org.handbookpress.markdown.TopLevelSectionsShown;
import org.handbookpress.markdown.Highlights;
import org.handbookpress.markdown.Callouts;
import org.handbookpress.markdown.AnyFormatPictures;
import org.handbookpress.markdown.ColourSchemePictures;
import org.handbookpress.markdown.MystTargets;
import org.handbookpress.markdown.DivBoxes;
import org.handbookpress.markdown.ForeignSyntax;
import org.handbookpress.markdown.ActivityFactsBox;
import org.handbookpress.markdown.ContactsSection;
import org.handbookpress.markdown.ContentsMarkers;
import org.handbookpress.markdown.HeadingAttributeLists;
import org.handbookpress.markdown.HiddenCodeLines;
import org.handbookpress.markdown.HtmlPass;
import org.handbookpress.markdown.MdBookEscapes;
import org.handbookpress.markdown.MdBookHiddenClass;
import org.handbookpress.markdown.TrplListings;
import org.handbookpress.markdown.Includes;
import org.handbookpress.markdown.ChapterHeadingBlock;
import org.handbookpress.markdown.LeadingTitle;
import org.handbookpress.markdown.LightSchemeColours;
import org.handbookpress.markdown.DecksetDecks;
import org.handbookpress.markdown.MarpDecks;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.NewWindowLinks;
import org.handbookpress.markdown.PageHtml;
import org.handbookpress.markdown.SourceLines;
import org.handbookpress.markdown.QuizChoices;
import org.handbookpress.markdown.SlideBackgrounds;
import org.handbookpress.markdown.TableCaptions;
import org.handbookpress.pdf.PictureChecks;
import org.handbookpress.render.SessionAgenda;
import org.handbookpress.render.SiteFooter;
import org.handbookpress.render.TableOfContents;
import org.handbookpress.sanitise.HtmlSanitiser;
import org.handbookpress.sanitise.ScriptRule;
import org.jsoup.nodes.Element;

/**
 * The stages every page goes through on its own, in order: Markdown to HTML, the passes that need only
 * the page, the link passes (which need the {@link PageIndex} of every page), and the per-page content
 * checks. The full build ({@link HandbookBuild}) runs each step over all pages at once, with the
 * handbook-wide steps (the index, the glossary) between them; the preview's update
 * ({@link PreviewSite}) runs them for the few pages an edit touches. One list of passes for both, so the
 * two cannot drift apart.
 */
final class PagePipeline {

    private final Handbook handbook;
    private final Findings findings;
    private final PageLabels labels;
    private final MarkdownConverter converter = new MarkdownConverter();
    private final ForeignSyntax foreign;
    private final NestingDepth depth; // a 1,000-deep quote would overflow the parser's stack
    private final RuleRuns rules; // and so would a line of 2,000 dashes
    private final Includes includes; // other files' text shown in a page (![[Note]], --8<-- "file.md")
    private OwnAddresses ownAddresses; // read on the first page's links: a preview's update asks for them again
    /** Those the full build found, for a preview's update; null in the full build, which finds them. */
    private final StandingHeadings standingHeadings;
    /** Each page's empty headings, by path, as the own passes read them: reported once every page's are known. */
    private final Map<String, EmptySections.OnPage> emptySections = new ConcurrentHashMap<>();
    /**
     * The links whose attribute lists ask for a new window, told once every page's are known; a preview's update
     * gathers them and tells nothing, the full build's notice standing until the next.
     */
    private final NewWindowLinks newWindowLinks = new NewWindowLinks();

    /** The full build's: the pages' empty sections are reported by {@link #reportEmptySections} after the own passes. */
    PagePipeline(Handbook handbook, Findings findings, PageLabels labels) {
        this(handbook, findings, labels, null);
    }

    /** @param standingHeadings those the full build found, for a preview's update, whose empty sections are reported at once */
    PagePipeline(Handbook handbook, Findings findings, PageLabels labels, StandingHeadings standingHeadings) {
        this.standingHeadings = standingHeadings;
        this.handbook = handbook;
        this.labels = labels;
        this.findings = findings;
        this.foreign = new ForeignSyntax(findings);
        this.depth = new NestingDepth(findings);
        this.rules = new RuleRuns(findings);
        this.includes = new Includes(handbook, converter, findings,
                (text, to) -> new NestingDepth(to).tooDeep(text) || new RuleRuns(to).tooLong(text));
    }

    /**
     * The page's Markdown as HTML, not yet through any pass. An mdBook {@code {{#title …}}} in the text its includes
     * paste in is the tab's title, as mdBook reads it; the layout takes it from the page's model, over the page's own
     * (its tag is mostly on the page's first line, before what it includes).
     */
    PageHtml markdown(Page page) {
        foreign.check(page);
        String[] tabTitle = new String[1];
        PageHtml html = new PageHtml(page, depth.tooDeep(page) || rules.tooLong(page) ? ""
                : InternalFailure.onPage(page, () -> includes.expand(page, converter.toHtml(page.markdown(), page.bodyLine()),
                        title -> tabTitle[0] = title)));
        if (tabTitle[0] != null) {
            html.model().put(TAB_TITLE, tabTitle[0]);
        }
        return html;
    }

    /** The page model's key for the tab's title (SiteModel puts the page's own there, mdBook's {{#title …}}). */
    private static final String TAB_TITLE = "tabTitle";

    /**
     * The passes that only need the page itself, in order.
     * Sanitise first (sanitise/): no later pass, layout or print sees what could load from elsewhere or run code.
     * Heading checks see the headings as written, before the leading title is removed.
     * TermAnchors: glossary terms get their ids now, so links to glossary.md#term-… pass the link check.
     * Image checks see every image as written, before link rewriting replaces a missing one by its text.
     * UnrenderedMarkdown: text that still looks like Markdown (a refused link, Markdown inside raw HTML).
     * PictureChecks: every picture's header (format, size) before anything prints it.
     */
    List<HtmlPass> ownPasses() {
        return ownPasses(findings, true);
    }

    /**
     * The passes of {@link #ownPasses()} that change the page, reporting nothing: what a page frozen before them
     * goes through again when it is thawed ({@link PageHtml#freezeBefore}). The checks left out change nothing.
     */
    List<HtmlPass> ownChanges() {
        return ownPasses(Findings.discarded(), false);
    }

    private List<HtmlPass> ownPasses(Findings to, boolean withChecks) {
        Set<String> contentFiles = new HashSet<>(handbook.assets());
        handbook.pages().forEach(p -> contentFiles.add(p.path()));
        var config = handbook.config();
        List<HtmlPass> passes = new ArrayList<>();
        passes.add(new ActivityFactsBox(labels, converter)); // first, as the contacts: what the front matter adds is cleaned as the page is
        passes.add(new ContactsSection(labels)); // first: its addresses are the front matter's, cleaned as the page's own links are
        Optional<MdBookSettings> mdBook = MdBookSettings.of(handbook.contentDir());
        // The Rust book's <Listing> figures, in the books whose preprocessor makes them: before the sanitiser, which
        // would drop the element with its number and caption, and judges the figure made of it as any other.
        if (mdBook.isPresent() && mdBook.get().runs(TrplListings.PREPROCESSOR)) {
            passes.add(new TrplListings(labels, converter));
        }
        passes.add(new GitBookCards()); // before the sanitiser, which removes the attributes saying which columns GitBook hides
        passes.add(new HtmlSanitiser(ScriptRule.of(config.stripScripts(), config.allowScripts()), to, contentFiles, labels));
        // An mdBook book's code hides the lines that set up its examples (Rust's '# fn main() {'), and shows its escaped
        // helpers without their backslash: done before the checks and the search index read the code, as the page its
        // reader saw had them.
        // Its class="hidden" hides what it is on, as mdBook's stylesheet does: before the contents, the search and the print read the page.
        mdBook.ifPresent(book -> passes.addAll(List.of(new HiddenCodeLines(book.hiddenLinePrefixes()), new MdBookEscapes(),
                new MdBookHiddenClass())));
        passes.add(new ColourSchemePictures()); // before the picture checks: its marker leaves the picture's address
        passes.add(new LightSchemeColours(to)); // after the sanitiser, which has filtered the style attributes it reads
        passes.add(new AnyFormatPictures(contentFiles)); // before the picture checks: map.* names map.svg or map.png
        passes.add(new TableCaptions()); // before the checks, which would read its attribute list as Markdown not rendered
        passes.add(new ContentsMarkers()); // before the checks and the links: [TOC] is no Markdown left, [[toc]] no wiki link
        passes.add(new Emoji()); // before the leading title is compared with the page's title, which has its emoji too
        passes.add(new Highlights()); // ==highlighted== text
        passes.add(new HeadingAttributeLists(new AttributeLists(to, labels))); // before anything reads a heading's words
        passes.add(new DecksetDecks()); // a Deckset deck's notes and [fit] headings; before the headings are checked
        passes.add(new MarpDecks(to)); // a Marp deck's notes in comments, its backgrounds; before its comments go, and the pictures' checks
        passes.add(new SlideBackgrounds(to)); // reveal.js's <!-- .slide: --> in a deck; before the links check its picture
        passes.add(new TopLevelSectionsShown(to)); // before the headings are checked: a converted document's '#' sections are h2s
        passes.add(new ChapterHeadingBlock()); // before the headings are checked: a Learn chapter's "### Chapter 1" is its label
        passes.add(new TermLists()); // before the headings are checked: a glossary's "#### Loot" is its term
        if (withChecks) {
            passes.addAll(List.of(new UnrenderedMarkdown(to), new IndentedLists(to), new UnusedFootnotes(to), new HeadingStructure(to)));
        }
        passes.add(new EmptyHeadings()); // after the headings are checked, which reports them; before empty sections are
        passes.add(new UnwrittenFolderPages(handbook.pages())); // before empty sections: a folder's page of a title alone lists the folder
        if (withChecks) {
            passes.addAll(List.of(standingHeadings != null ? new EmptySections(to, standingHeadings) : new EmptySections(found -> emptySections.put(found.path(), found)),
                    new ImageChecks(handbook, to), new PictureChecks(handbook, to)));
        }
        passes.addAll(List.of(new MystTargets(), new LeadingTitle(), new Callouts(labels, to), new DivBoxes(labels), new QuizChoices(labels), new AttributeLists(to, labels, withChecks ? newWindowLinks : null), new BlockIds(), new TermAnchors(),
                new UniqueIds(to))); // last: every pass that gives ids has given them
        return List.copyOf(passes);
    }

    /** Links and kinds: links rewritten against the index of every page, anchor and generated page. */
    List<HtmlPass> linkPasses(PageIndex index) {
        return List.of(new LinkRewriter(index, findings,
                handbook.config().brokenLinksAreWarnings() ? Severity.WARNING : Severity.ERROR, ownAddresses()), new CrossReferences(index, findings),
                // Pandoc's [words][Heading words] links, known now that every page's headings are; what is left is checked.
                new PandocHeadingReferences(index), UnrenderedMarkdown.afterHeadingReferences(findings),
                new SectionPages(index),
                new NamelessLinks(findings), // after the links' addresses are made: it shows a nameless one's address
                new SessionAgenda(findings, labels),
                new AccessibleMarkup(labels));
    }

    /**
     * The words every page shows at its foot, a GitHub wiki's _Footer.md (content/WikiFooter), through the same stages as
     * a page at the top, once: its HTML cleaned as a page's is, its wiki links and relative links resolved from the top
     * (render/SiteFooter gives them from each page's folder), and a broken link in it one finding at its own line, not
     * one on every page. It goes through neither the glossary's linker (its words are no page's use of a term) nor the
     * search index, which would find every page by a contact line.
     */
    SiteFooter footer(Optional<Page> file, PageIndex index) {
        if (file.isEmpty()) {
            return SiteFooter.NONE;
        }
        PageHtml html = markdown(file.get());
        apply(html, ownPasses());
        apply(html, linkPasses(index));
        Element tree = html.content();
        SourceLines.strip(tree); // the build's own attributes (source lines), as a page's layout is given its HTML
        return SiteFooter.of(tree.html());
    }

    /**
     * Reports the empty sections of the pages the own passes have been over, now that every page's are known: the
     * headings left empty on many pages are a template's standing headings (check/StandingHeadings), which no page is
     * warned of. Counted in the pages' order, so that the first page of each is the same on any number of threads.
     *
     * @return the standing headings, for their notice and for a preview's updates
     */
    StandingHeadings reportEmptySections() {
        List<EmptySections.OnPage> inOrder = new ArrayList<>();
        for (Page page : handbook.pages()) {
            EmptySections.OnPage found = emptySections.remove(page.path());
            if (found != null) {
                inOrder.add(found);
            }
        }
        StandingHeadings standing = StandingHeadings.of(inOrder);
        inOrder.forEach(page -> EmptySections.report(page, standing, findings));
        return standing;
    }

    /** Tells the links asking for a new window, once for the handbook, now that the own passes have been over every page. */
    void reportNewWindowLinks() {
        newWindowLinks.report(findings);
    }

    /** Where the handbook is already published (its site, its repository), read once. */
    private synchronized OwnAddresses ownAddresses() {
        if (ownAddresses == null) {
            ownAddresses = OwnAddresses.of(handbook.contentDir(), handbook.config().baseUrl());
        }
        return ownAddresses;
    }

    /**
     * The content checks made page by page, after the glossary has linked its terms; and last, while the page is
     * still a tree, the table of contents its layout shows.
     */
    List<HtmlPass> checkPasses() {
        return List.of(new PlaceholderText(findings), new TableOfContents());
    }

    /** Runs the passes on one page, as the full build does on each. */
    static void apply(PageHtml page, List<HtmlPass> passes) {
        for (HtmlPass pass : passes) {
            InternalFailure.onPage(page.page(), () -> pass.apply(page));
        }
    }
}
