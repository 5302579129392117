package org.handbookpress.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handbookpress.content.Handbook;
import org.handbookpress.content.LanguageFolders;
import org.handbookpress.content.Page;
import org.handbookpress.content.WikiNames;
import org.handbookpress.files.SitePaths;
import org.handbookpress.markdown.MarkdownConverter;
import org.handbookpress.markdown.PageHtml;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.handbookpress.text.EditDistance;

/**
 * Every link target in the handbook: pages by path, by title and by path without {@code .md}, and the
 * anchors (element ids, heading texts) of each page. Built once all pages are HTML, read-only after.
 */
public final class PageIndex {
    // Selectors parsed once: parsing one costs more than most pages' matching, and was done per page.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    /** An anchor named the old way, {@code <a name="note-1">}, which browsers still go to for {@code #note-1}. */
    private static final Evaluator NAMED = QueryParser.parse("a[name]");

    private final Map<String, Page> byPath = new LinkedHashMap<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Map<String, Map<String, String>> headingIds = new HashMap<>();
    /** Each page's cross-reference targets and what a reference to each shows ({@link Anchors#labels}). */
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private Map<String, Map.Entry<Page, String>> labelled;
    /** The pages with a heading of each id, in reading order, made with {@link #pagesWith}. */
    private Map<String, List<Page>> pagesByHeadingId;
    /** Each label's id by the id in lower case, made with {@link #labelled}. */
    private Map<String, String> labelsInAnyCase;
    /**
     * Each page's headings in order, as (words as shown, id): what other tools' ids are worked out from, and what a
     * bookdown reference to a section is named by.
     */
    private final Map<String, List<Map.Entry<String, String>>> headingOrder = new HashMap<>();
    /**
     * Other tools' ids of each page's headings, worked out when a link first misses one of its ids: most links
     * find their id, and this is not work to do for every heading of a 10,000-page handbook.
     */
    private final Map<String, Map<String, String>> foreignIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> assets;
    private LanguageFolders languages;
    /** Files by their name alone, as Obsidian links them ({@code [[chairs.png]]}); null where two share a name. */
    private Map<String, String> assetsByName;
    /** Pages by the names a wiki link gives them ({@link WikiNames}); made when first asked. */
    private WikiNames wikiNames;
    private Map<String, Page> byAddress;
    /** Each folder's own page by the folder's path, made with {@link #folderPage}. */
    private Map<String, Page> folderPages;
    /** Pages by their path in lower case, leaving out paths that differ only in case; made when first asked. */
    private Map<String, Page> pagesByLowerPath;
    private OldAddresses oldAddresses;
    /** What {@link #served()} gives, made when first asked. */
    private Set<String> served;
    private final Set<String> generated;
    /** The content folder, to tell a link to a page file left out of the build from one to no file; null: not told. */
    private final java.nio.file.Path contentDir;
    /** The language tags handbook.yml's {@code languages:} names, whose folders are folders of translations (LanguageFolders). */
    private final Set<String> declaredLanguages;
    /** Each pack's file by the pack's title in lower case ({@link #withPacks}), which a wiki link may name. */
    private Map<String, PackFile> packFiles = Map.of();

    /**
     * @param generated output paths of pages the build makes itself (section indexes, Documents)
     */
    public PageIndex(List<PageHtml> pages, List<String> assets, Set<String> generated) {
        this(pages, pages.stream().map(html -> Anchors.of(html.content())).toList(), assets, generated, null);
    }

    /**
     * @param anchors    each page's anchors, in the order of {@code pages}, taken while its tree was at hand
     * @param contentDir the content folder, where a page file that is no page (a draft) is looked for; null for none
     */
    public PageIndex(List<PageHtml> pages, List<Anchors> anchors, List<String> assets, Set<String> generated, java.nio.file.Path contentDir) {
        this(pages, anchors, assets, generated, contentDir, Set.of());
    }

    /**
     * @param declaredLanguages the tags of {@code languages:} in handbook.yml, each naming a folder of translations
     */
    public PageIndex(List<PageHtml> pages, List<Anchors> anchors, List<String> assets, Set<String> generated, java.nio.file.Path contentDir,
                     Set<String> declaredLanguages) {
        this.declaredLanguages = Set.copyOf(declaredLanguages);
        this.assets = Set.copyOf(assets);
        this.generated = Set.copyOf(generated);
        this.contentDir = contentDir == null ? null : contentDir.toAbsolutePath().normalize();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i).page();
            byPath.put(page.path(), page);
            this.anchors.put(page.path(), anchors.get(i).ids());
            headingIds.put(page.path(), anchors.get(i).headings());
            headingOrder.put(page.path(), anchors.get(i).order());
            labels.put(page.path(), anchors.get(i).labels());
        }
    }

    /**
     * A page's ids, its headings' ids by their text in lower case (for wiki links to a heading), and its headings in
     * order as (words as shown, id), from which the ids other Markdown tools give them are worked out.
     */
    public record Anchors(Set<String> ids, Map<String, String> headings, List<Map.Entry<String, String>> order,
                          Map<String, String> labels) {
        public static Anchors of(Element content) {
            Set<String> ids = new TreeSet<>();
            Map<String, String> headings = new HashMap<>();
            List<Map.Entry<String, String>> order = new java.util.ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            Map<String, Integer> counted = new HashMap<>();
            for (Element e : content.select(WITH_ID)) {
                ids.add(e.id());
                if (PageHtml.headingLevel(e) > 0 || e.hasAttr(MarkdownConverter.HEADING)) {
                    String shown = PageHtml.headingText(e).trim();
                    headings.putIfAbsent(shown.toLowerCase(Locale.ROOT), e.id());
                    order.add(Map.entry(shown, e.id()));
                }
                CrossReferences.label(e, counted).ifPresent(label -> labels.putIfAbsent(e.id(), label));
            }
            for (Element e : content.select(NAMED)) {
                ids.add(e.attr("name"));
            }
            return new Anchors(ids, headings, List.copyOf(order), Map.copyOf(labels));
        }
    }

    /** What a cross-reference to the id shows ({@link CrossReferences}), and the page holding it: empty when no page has it. */
    public synchronized Optional<Map.Entry<Page, String>> crossReference(String id) {
        if (labelled == null) {
            labelled = new HashMap<>();
            labelsInAnyCase = new HashMap<>();
            // Pages in the order of their paths: where two give one label, the first's is the one, in every build.
            for (Map.Entry<String, Map<String, String>> page : new java.util.TreeMap<>(labels).entrySet()) {
                new java.util.TreeMap<>(page.getValue()).forEach((anchor, label) -> {
                    labelled.putIfAbsent(anchor, Map.entry(byPath.get(page.getKey()), label));
                    labelsInAnyCase.putIfAbsent(anchor.toLowerCase(Locale.ROOT), anchor);
                });
            }
        }
        return Optional.ofNullable(labelled.get(id));
    }

    /** A MyST reference's target: the page holding it, its id as the target writes it, and what a reference to it shows. */
    public record Target(Page page, String id, String words) {
    }

    /**
     * The cross-reference target a MyST label names, in any case as Sphinx reads labels ({@code [JOSS](JOSS)} finds
     * {@code (joss)=}); empty when none.
     */
    public synchronized Optional<Target> target(String label) {
        String id = crossReference(label).isPresent() ? label : labelsInAnyCase.get(label.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : crossReference(id).map(found -> new Target(found.getKey(), id, found.getValue()));
    }

    /** The ids other tools give the page's headings where they differ from the page's own ids ({@link ForeignSlugs}). */
    private Map<String, String> foreignIds(String path) {
        return foreignIds.computeIfAbsent(path, p -> {
            Map<String, String> foreign = new HashMap<>();
            ForeignSlugs.Counter slugs = new ForeignSlugs.Counter();
            for (Map.Entry<String, String> heading : headingOrder.getOrDefault(p, List.of())) {
                for (String slug : slugs.of(heading.getKey().toLowerCase(Locale.ROOT))) {
                    foreign.putIfAbsent(slug, heading.getValue());
                }
            }
            foreign.keySet().removeAll(anchors.getOrDefault(p, Set.of())); // an id of the page always wins
            return foreign;
        });
    }

    private void readAnchors(PageHtml html) {
        Anchors read = Anchors.of(html.content());
        anchors.put(html.page().path(), read.ids());
        headingIds.put(html.page().path(), read.headings());
        headingOrder.put(html.page().path(), read.order());
        labels.put(html.page().path(), read.labels());
        labelled = null;
        pagesByHeadingId = null;
    }

    private PageIndex(PageIndex from) {
        this.assets = from.assets;
        this.generated = from.generated;
        this.contentDir = from.contentDir;
        this.declaredLanguages = from.declaredLanguages;
        this.packFiles = from.packFiles;
        byPath.putAll(from.byPath);
        anchors.putAll(from.anchors);
        headingIds.putAll(from.headingIds);
        headingOrder.putAll(from.headingOrder);
        labels.putAll(from.labels);
    }

    /**
     * This index with one page read again (the preview's update after an edit of its body): its anchors
     * and heading ids from {@code html}; the page's path and title must be those it had.
     */
    public PageIndex replacing(PageHtml html) {
        PageIndex copy = new PageIndex(this);
        Page page = html.page();
        copy.byPath.put(page.path(), page);
        copy.readAnchors(html);
        return copy;
    }

    /**
     * This index with the packs' files by their titles ({@code Block Rep Starter Pack} → {@code downloads/rep-starter-pack.pdf}),
     * so that [[Block Rep Starter Pack]] links to the pack as [[Safeguarding Policy]] links to a page.
     */
    public PageIndex withPacks(Map<String, String> filesByTitle) {
        PageIndex copy = new PageIndex(this);
        Map<String, PackFile> files = new HashMap<>();
        filesByTitle.forEach((title, file) -> files.putIfAbsent(title.strip().toLowerCase(Locale.ROOT), new PackFile(title.strip(), file)));
        copy.packFiles = Map.copyOf(files);
        return copy;
    }

    /** A pack's title as handbook.yml gives it, and the site path of its file. */
    public record PackFile(String title, String file) {
    }

    /** The pack with this title (in any case), when there is one. */
    public Optional<PackFile> packFile(String title) {
        return Optional.ofNullable(packFiles.get(title.strip().toLowerCase(Locale.ROOT)));
    }

    /** Whether a link into the page at {@code path} resolves the same way in both indexes (same anchors and heading ids). */
    public boolean sameTargets(PageIndex other, String path) {
        return anchors.getOrDefault(path, Set.of()).equals(other.anchors.getOrDefault(path, Set.of()))
                && headingIds.getOrDefault(path, Map.of()).equals(other.headingIds.getOrDefault(path, Map.of()))
                && headingOrder.getOrDefault(path, List.of()).equals(other.headingOrder.getOrDefault(path, List.of()))
                && labels.getOrDefault(path, Map.of()).equals(other.labels.getOrDefault(path, Map.of()));
    }

    /**
     * The handbook's folders of translations ({@link LanguageFolders}), worked out from its pages once: those translating
     * the pages at the top only, where a link to a page not translated yet finds its original (LinkRewriter).
     */
    public synchronized LanguageFolders languages() {
        if (languages == null) {
            languages = LanguageFolders.of(byPath.values(), "", declaredLanguages, LanguageFolders.namedBySite(contentDir));
        }
        return languages;
    }

    /** The page at {@code path}; a path ending {@code .md} finds an MDX page of that name too, and the other way. */
    public Optional<Page> byPath(String path) {
        Page page = byPath.get(path);
        List<String> others = page == null ? Page.otherSpellings(path) : List.of();
        for (int i = 0; page == null && i < others.size(); i++) {
            page = byPath.get(others.get(i));
        }
        // about.md names about.en.md, published as about.html in an English handbook (Translations.address).
        return Optional.ofNullable(page != null || others.isEmpty() ? page : byAddress().get(Page.address(path)));
    }

    /** Pages published at an address other than their path's ({@code about.en.md} at {@code about.html}), by it. */
    private synchronized Map<String, Page> byAddress() {
        if (byAddress == null) {
            byAddress = new HashMap<>();
            byPath.values().stream().filter(Page::atOtherAddress)
                    .forEach(page -> byAddress.putIfAbsent(page.url(), page));
        }
        return byAddress;
    }

    /**
     * A folder's own page, the first of its index.md, _index.md and README.md, also as a multilingual Hugo site names
     * them ({@code _index.en.md}: {@link Handbook#folderPageRank}); made when first asked.
     */
    public synchronized Optional<Page> folderPage(String folder) {
        return Optional.ofNullable(folderPages().get(folder));
    }

    private Map<String, Page> folderPages() {
        if (folderPages == null) {
            folderPages = Handbook.folderPages(byPath.values());
        }
        return folderPages;
    }

    /**
     * The one page whose path is {@code path} in any case (Hugo serves every address in lower case), or as Hugo's address
     * spells it ({@link HugoPaths}); empty when none or two.
     */
    public Optional<Page> byPathIgnoringCase(String path) {
        Page page = pagesByLowerPath().get(path.toLowerCase(Locale.ROOT));
        List<String> others = page == null ? Page.otherSpellings(path.toLowerCase(Locale.ROOT)) : List.of();
        for (int i = 0; page == null && i < others.size(); i++) {
            page = pagesByLowerPath().get(others.get(i).toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(page);
    }

    /** The addresses the pages were published at before ({@code redirect-from:}), read when first asked. */
    public synchronized OldAddresses oldAddresses() {
        if (oldAddresses == null) {
            oldAddresses = OldAddresses.of(byPath.values());
        }
        return oldAddresses;
    }

    /**
     * Whether the site has a page, a generated page or a file at {@code key}, a site path without a trailing {@code /} or
     * {@code .html} ({@link OldAddresses}), in any case: then an old address that names it gives way.
     */
    public boolean serves(String key) {
        if (key.isEmpty()) {
            return true; // the site's root: its front page, written or generated
        }
        String lower = key.toLowerCase(Locale.ROOT);
        Set<String> served = served();
        return Page.EXTENSIONS.stream().anyMatch(extension -> served.contains(lower + extension) || served.contains(lower + "/index" + extension))
                || java.util.stream.Stream.of("", ".html", ".htm", "/index.html", "/index.htm").anyMatch(end -> served.contains(lower + end));
    }

    /** Whether the site has a page, a generated page or a file at the site path {@code file} ({@code about/index.html}), in any case. */
    public boolean hasFile(String file) {
        return served().contains(file.toLowerCase(Locale.ROOT));
    }

    /** Every page's path and address, every generated page and file, in lower case; made when first asked. */
    private synchronized Set<String> served() {
        if (served == null) {
            Set<String> all = new java.util.HashSet<>();
            byPath.values().forEach(page -> {
                all.add(page.path().toLowerCase(Locale.ROOT));
                all.add(page.url().toLowerCase(Locale.ROOT));
            });
            generated.forEach(url -> all.add(url.toLowerCase(Locale.ROOT)));
            assets.forEach(file -> all.add(file.toLowerCase(Locale.ROOT)));
            served = Set.copyOf(all);
        }
        return served;
    }

    /** The handbook's files by their paths in lower case, those no other file shares; made when first asked. */
    private Map<String, String> assetsByLowerPath;

    /**
     * The file whose path is {@code path} but for the case of its letters, when there is one ({@code Summer Camp
     * PHOTO.PNG} for {@code summer camp photo.png}): Windows and macOS open it by either name, a web server and Linux do not.
     */
    public synchronized Optional<String> assetIgnoringCase(String path) {
        if (assetsByLowerPath == null) {
            assetsByLowerPath = WikiNames.byUniqueNames(assets, asset -> List.of(asset.toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(assetsByLowerPath.get(path.toLowerCase(Locale.ROOT)));
    }

    private synchronized Map<String, Page> pagesByLowerPath() {
        if (pagesByLowerPath == null) {
            // Hugo's address of the path too (Admission and Register/ at admission-and-register/), as Hugo's authors link it.
            pagesByLowerPath = WikiNames.byUniqueNames(byPath.values(),
                    page -> List.of(page.path().toLowerCase(Locale.ROOT), HugoPaths.urlized(page.path())));
        }
        return pagesByLowerPath;
    }

    /**
     * A wiki link target written on a page in {@code folder}: a page title or alias (any case), or a path with or without
     * {@code .md}; a title several pages share finds the nearest ({@link WikiNames}).
     */
    public Optional<WikiNames.Found> byWikiTarget(String target, String folder) {
        return wikiNames().find(target, folder);
    }

    private synchronized WikiNames wikiNames() {
        if (wikiNames == null) {
            wikiNames = new WikiNames(byPath.values(), languages());
        }
        return wikiNames;
    }

    /**
     * A file a wiki link names, as Obsidian resolves it: a path from the content folder, a path from the page's folder,
     * or a file name found once anywhere in the handbook.
     */
    public Optional<String> wikiAsset(String target, String folder) {
        String key = target.trim();
        if (assets.contains(key)) {
            return Optional.of(key);
        }
        String relative = RelativeUrl.resolve(folder, key);
        if (relative != null && assets.contains(relative)) {
            return Optional.of(relative);
        }
        return key.contains("/") ? Optional.empty() : Optional.ofNullable(assetsByName().get(key));
    }

    private synchronized Map<String, String> assetsByName() {
        if (assetsByName == null) {
            assetsByName = WikiNames.byUniqueNames(assets, asset -> List.of(asset.substring(asset.lastIndexOf('/') + 1)));
        }
        return assetsByName;
    }

    public boolean hasAnchor(Page page, String id) {
        return anchors.getOrDefault(page.path(), Set.of()).contains(id);
    }

    /** The ids of the page at this path (headings, anchors, targets). */
    public Set<String> anchorsOf(String path) {
        return Set.copyOf(anchors.getOrDefault(path, Set.of()));
    }

    /** The first heading of each text in lower case, in reading order, and its page: made with {@link #headingNamed}. */
    private Map<String, Map.Entry<Page, String>> headingsByWords;

    /**
     * The heading whose words, as shown, are {@code words} in any case and spacing (Pandoc's implicit heading references,
     * {@link PandocHeadingReferences}): the page's own when {@code within} is given, else the first in reading order of
     * every page's; as (page, id), empty when none has them.
     */
    public synchronized Optional<Map.Entry<Page, String>> headingNamed(String words, Page within) {
        String key = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (within != null) {
            return Optional.ofNullable(headingIds.getOrDefault(within.path(), Map.of()).get(key)).map(id -> Map.entry(within, id));
        }
        if (headingsByWords == null) {
            headingsByWords = new HashMap<>();
            for (Page page : byPath.values()) {
                for (Map.Entry<String, String> heading : headingOrder.getOrDefault(page.path(), List.of())) {
                    headingsByWords.putIfAbsent(heading.getKey().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                            Map.entry(page, heading.getValue()));
                }
            }
        }
        return Optional.ofNullable(headingsByWords.get(key));
    }

    /** The words of the page's heading of this id, as the page shows them (not in lower case); empty when no heading has it. */
    public Optional<String> headingWords(String path, String id) {
        return headingOrder.getOrDefault(path, List.of()).stream().filter(h -> h.getValue().equals(id)).map(Map.Entry::getKey).findFirst();
    }

    /** The ids of the page's headings, in the page's order, the first {@code limit} of them: named in a missing anchor's fix. */
    public List<String> headingIdsOf(String path, int limit) {
        return headingOrder.getOrDefault(path, List.of()).stream().map(Map.Entry::getValue).distinct().limit(limit).toList();
    }

    /**
     * The id of a heading of the page a slip of the keyboard away from {@code wanted}, the nearest (a heading misspelt,
     * {@code ## Kubernernetes Probes}, or a link's id a letter short, {@code #…-applications} for {@code …-application}),
     * for a "did you mean"; empty when none is near, or two are as near.
     */
    public Optional<String> nearHeadingId(String path, String wanted) {
        int near = Math.max(3, wanted.length() / 6); // Kubernernetes is three letters from Kubernetes
        int best = near + 1;
        String found = null;
        boolean tied = false;
        for (String id : headingIdsOf(path, Integer.MAX_VALUE)) {
            if (Math.abs(id.length() - wanted.length()) > near) {
                continue; // farther than near whatever its letters
            }
            int d = EditDistance.between(id, wanted);
            if (d < best) {
                best = d;
                found = id;
                tied = false;
            } else if (d == best) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(found);
    }

    /**
     * The first {@code limit} pages, in reading order, with a heading of this id: where a link's {@code #id} that its
     * own page lacks may have meant to go, named in the finding. Headings only: a footnote's or a term's id is on many
     * pages and names no place a reader meant.
     */
    public synchronized List<Page> pagesWith(String id, int limit) {
        if (pagesByHeadingId == null) {
            // Made once, at the first missing anchor: a migrated folder may have thousands, each asking over every page.
            pagesByHeadingId = new HashMap<>();
            for (Page page : byPath.values()) {
                for (String heading : new java.util.LinkedHashSet<>(headingIds.getOrDefault(page.path(), Map.of()).values())) {
                    pagesByHeadingId.computeIfAbsent(heading, h -> new ArrayList<>()).add(page);
                }
            }
        }
        List<Page> found = pagesByHeadingId.getOrDefault(id, List.of());
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /**
     * The one page with this id among its anchors, if only one has it: where a Quarto or R Markdown page's
     * {@code [the review process](#policiesreviewprocess)} goes, as those tools resolve an id across a book's chapters.
     */
    public Optional<Page> onlyPageWith(String id) {
        Page found = null;
        for (Map.Entry<String, Set<String>> page : anchors.entrySet()) {
            if (page.getValue().contains(id)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = byPath.get(page.getKey());
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The id a link's fragment finds on the page: the fragment itself when the page has that id, else the id of
     * the heading that GitHub, Pandoc or kramdown would have given this fragment ({@link ForeignSlugs}), in any case.
     */
    public Optional<String> anchor(Page page, String fragment) {
        if (hasAnchor(page, fragment)) {
            return Optional.of(fragment);
        }
        String foreign = foreignIds(page.path()).get(fragment);
        if (foreign == null && !fragment.equals(fragment.toLowerCase(Locale.ROOT))) {
            // #Non-English-Names: GitHub finds a heading whatever the case of the link; ids here are in lower case.
            String lower = fragment.toLowerCase(Locale.ROOT);
            foreign = hasAnchor(page, lower) ? lower : foreignIds(page.path()).get(lower);
        }
        if (foreign == null) {
            // Slugs made by hand or by tools that keep punctuation, #step-1:-tell-your-manager-&-the-team: the heading
            // with the same letters and digits, when only one heading of the page has them.
            foreign = looseHeading(page, fragment);
        }
        return Optional.ofNullable(foreign);
    }

    /** The id of a heading named by its text (any case) or by its id. */
    public Optional<String> headingId(Page page, String headingOrId) {
        String wanted = headingOrId.trim();
        Map<String, String> headings = headingIds.getOrDefault(page.path(), Map.of());
        String id = headings.get(wanted.toLowerCase(Locale.ROOT));
        if (id == null && hasAnchor(page, wanted)) {
            id = wanted;
        }
        if (id == null) {
            // Obsidian matches a heading written as it is in the file ("`move`") or without the characters a link
            // cannot hold ("How large can a vault be" for "How large can a vault be?").
            id = looseHeading(page, wanted);
        }
        return Optional.ofNullable(id);
    }

    /**
     * The id of the one heading of the page numbered so, "3.1" for "3.1 Online safety" or "3.1. Online safety" (not
     * "3.10 …"); empty if none or several.
     */
    public Optional<String> numberedHeading(Page page, String number) {
        List<String> numbered = headingIds.getOrDefault(page.path(), Map.of()).entrySet().stream()
                .filter(e -> e.getKey().startsWith(number) && NUMBER_END.matcher(e.getKey().substring(number.length())).matches())
                .map(Map.Entry::getValue).distinct().toList();
        return numbered.size() == 1 ? Optional.of(numbered.get(0)) : Optional.empty();
    }

    /** What may follow a heading's number: its end, a stop or bracket, then a space before the words. */
    private static final java.util.regex.Pattern NUMBER_END = java.util.regex.Pattern.compile("(?s)[.):]?(?:\\s.*)?");

    /** The id of the one heading of the page whose text has the same letters and digits, in any case; null if none or several. */
    private String looseHeading(Page page, String wanted) {
        String loose = letters(wanted);
        if (loose.isEmpty()) {
            return null;
        }
        List<String> alike = headingIds.getOrDefault(page.path(), Map.of()).entrySet().stream()
                .filter(e -> letters(e.getKey()).equals(loose)).map(Map.Entry::getValue).distinct().toList();
        return alike.size() == 1 ? alike.get(0) : null;
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    public boolean isAsset(String path) {
        return assets.contains(path);
    }

    /** Whether the content folder is a Docusaurus site's docs; asked once. */
    private Boolean docusaurus;

    /**
     * Whether the content folder is a Docusaurus site's docs ({@code docusaurus.config.*} or {@code sidebars.*} in it or
     * beside it), which reads a link as neither {@code ./} nor {@code ../} starts from the docs folder and from the site's.
     */
    public synchronized boolean isDocusaurus() {
        if (docusaurus == null) {
            docusaurus = contentDir != null && org.handbookpress.content.SiteConfigFiles.isDocusaurus(contentDir);
        }
        return docusaurus;
    }

    /** A Hugo site's assets/ folder, when the handbook is one's ({@link org.handbookpress.content.StaticFolder#assets}); asked once. */
    private java.util.Optional<java.nio.file.Path> hugoAssets;

    private synchronized java.util.Optional<java.nio.file.Path> hugoAssets() {
        if (hugoAssets == null) {
            hugoAssets = contentDir == null ? java.util.Optional.empty() : org.handbookpress.content.StaticFolder.assets(contentDir);
        }
        return hugoAssets;
    }

    /**
     * The published picture a Hugo site's page means by a path not found beside it, from the site's {@code assets/}
     * (published at the site's root, {@link org.handbookpress.content.StaticFolder#assets}): {@code images/banner.png}
     * is {@code assets/images/banner.png}, as Hugo's image render hook and Hugoplate's find it with {@code resources.Get}
     * after the page's own files; else HugoBlox's {@code assets/media/} ({@code assos/menu.jpg} is
     * {@code media/assos/menu.jpg}), as its theme looks there. Null when there is none, or the handbook is no Hugo site's.
     */
    public String hugoAsset(String path) {
        return hugoAsset(path, List.of("", "media"));
    }

    /**
     * The published file a Hugo site's page links by a path not found from its folder, from the site's {@code assets/}:
     * Hugo's link render hook finds it with {@code resources.Get} after the pages and the page's own files
     * ({@code [the form](files/sign-up.pdf)} is {@code assets/files/sign-up.pdf}); null when there is none.
     */
    public String hugoAssetLinked(String path) {
        return hugoAsset(path, List.of(""));
    }

    private String hugoAsset(String path, List<String> folders) {
        java.util.Optional<java.nio.file.Path> assets = hugoAssets();
        if (assets.isEmpty() || path.isEmpty() || path.startsWith("/") || path.contains("://")) {
            return null;
        }
        for (String folder : folders) {
            String published = RelativeUrl.resolve(folder, path);
            // Only the assets folder's own file: Hugo looks for none of the content folder's (but a page's) from the top.
            if (published != null && isAsset(published) && SitePaths.isFileIn(assets.get(), published)) {
                return published;
            }
        }
        return null;
    }

    /** A page of a format the handbook does not read: what it is, and what to do, for the finding of a link to it. */
    public record UnreadPage(String what, String fix) {
    }

    /**
     * When the path (a page's, without its extension) names a page of a format the handbook does not read — the
     * reStructuredText a Sphinx folder mixes with Markdown, a template page of Eleventy or Middleman (GOV.UK's design
     * system writes contact.njk beside its Markdown) — what it is and what to do.
     */
    public Optional<UnreadPage> unreadPage(String path) {
        for (org.handbookpress.content.UnreadFormat format : org.handbookpress.content.UnreadFormat.ALL) {
            String file = path + format.extension();
            if (isAsset(file)) {
                return Optional.of(new UnreadPage(file + " is a page the handbook does not read (" + format.what() + ")",
                        format.fix(file, path) + ", then the link finds it"));
            }
        }
        return Optional.empty();
    }

    /**
     * The page file a link names, written with or without its extension ({@code guides/plan}, {@code guides/plan.html}) or as
     * its folder's ({@code _template/}: its index.md or README.md, as a folder's own page is found),
     * that is in the content folder but no page of the build: a draft ({@code draft: true}, {@code published: false}), or
     * one the build could not read, which its own finding names. Empty when there is none, or no content folder to look in.
     */
    public Optional<String> leftOutPage(String path) {
        if (contentDir == null || path.isEmpty()) {
            return Optional.empty();
        }
        String stem = Page.isPageFile(path) ? null : path.replaceFirst("/+$", "").replaceFirst("\\.html?$", "");
        List<String> candidates = stem == null ? List.of(path)
                : Page.EXTENSIONS.stream().flatMap(e -> java.util.stream.Stream.of(stem + e, stem + "/index" + e, stem + "/README" + e)).toList();
        for (String candidate : candidates) {
            if (!byPath.containsKey(candidate) && SitePaths.isFileIn(contentDir, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code path}, no file of the content folder, is a file beside it: in the folder that holds the content
     * folder, where a site generator copied it into its site from (Eleventy's passthrough copies of a repository's
     * {@code downloads/}, beside its {@code pages/}), so that a link to it from the site's top worked there. The handbook
     * publishes only the content folder; the link's finding says where the file is, and what to move.
     */
    public boolean isBesideContent(String path) {
        if (contentDir == null || path.isEmpty() || contentDir.getParent() == null) {
            return false;
        }
        return SitePaths.isFileIn(contentDir.getParent(), path) && !contentDir.getParent().resolve(path).normalize().startsWith(contentDir);
    }

    /**
     * Whether the content folder's page file at {@code path} is empty (nothing but blank lines), which the build leaves out
     * (page.empty): a page not written yet, which a section's index often links already.
     */
    public boolean isEmptyFile(String path) {
        if (contentDir == null || !SitePaths.isFileIn(contentDir, path)) {
            return false;
        }
        java.nio.file.Path file = contentDir.resolve(path);
        try {
            return java.nio.file.Files.size(file) < 4096 && java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).isBlank();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // unreadable: its own finding says so, and the link is told the general reason
        }
    }

    /**
     * Whether the content folder holds {@code path} as a file the site does not publish: one the build leaves out and
     * says why at that file (an HTML file, file.active), so that a link to it is not told the file does not exist.
     */
    public boolean isLeftOutFile(String path) {
        if (contentDir == null || path.isEmpty() || assets.contains(path) || byPath.containsKey(path)) {
            return false;
        }
        return SitePaths.isFileIn(contentDir, path);
    }

    public boolean isGenerated(String url) {
        return generated.contains(url);
    }

    public List<Page> pages() {
        return List.copyOf(byPath.values());
    }

    /** The pages by their folder and by their file name, for {@link #similarPaths}; made when first asked. */
    private Map<String, List<Page>> pagesByFolder;
    private Map<String, List<Page>> pagesByFileName;
    /** By {@link #looseName}: the same words whatever joins them. */
    private Map<String, List<Page>> pagesByLooseName;

    private void byFolderAndName() {
        if (pagesByFolder == null) {
            pagesByFolder = new HashMap<>();
            pagesByFileName = new HashMap<>();
            pagesByLooseName = new HashMap<>();
            for (Page page : byPath.values()) {
                pagesByFolder.computeIfAbsent(page.folder(), k -> new ArrayList<>()).add(page);
                pagesByFileName.computeIfAbsent(page.fileName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(page);
                pagesByLooseName.computeIfAbsent(looseName(page.fileName()), k -> new ArrayList<>()).add(page);
            }
        }
    }

    /** A page file's name without its extension, in lower case, its words joined by one hyphen whether written with '_', '-' or spaces. */
    private static String looseName(String fileName) {
        return Page.stem(fileName.toLowerCase(Locale.ROOT)).replaceAll("[-_\\s]+", "-");
    }

    /** Whether a page is directly in {@code folder} ("" for the top): asked for every link that names nothing, so looked up. */
    public synchronized boolean hasPagesIn(String folder) {
        byFolderAndName();
        return pagesByFolder.containsKey(folder);
    }

    /**
     * Pages a link to the missing page {@code wanted} may have meant, nearest first, at most three: one in the same folder
     * whose name is a slip of the keyboard away ({@code safeguardng.md}, {@code Safeguarding.md}), and one of the same file
     * name in another folder (a page moved into a folder of its own, or a link written from the wrong one), or of the same
     * words joined by hyphens rather than underscores there. Looked up
     * by folder and by name, not against every page: a migrated handbook may have thousands of broken links.
     */
    public synchronized List<Page> similarPaths(String wanted) {
        byFolderAndName();
        String folder = org.handbookpress.files.SitePath.folderOf(wanted);
        String name = wanted.substring(wanted.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String stem = Page.stem(name);
        java.util.TreeMap<Integer, List<Page>> byDistance = new java.util.TreeMap<>();
        for (Page page : pagesByFolder.getOrDefault(folder, List.of())) {
            addIfNear(byDistance, stem, Page.stem(page.fileName().toLowerCase(Locale.ROOT)), page);
        }
        // A folder's own page, of a folder of a near name there: /lessons/html-into for lessons/html-intro/index.md.
        folderPages().keySet().stream().filter(path -> !path.isEmpty() && org.handbookpress.files.SitePath.folderOf(path).equals(folder))
                .sorted() // in path order
                .forEach(path -> addIfNear(byDistance, stem, path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT),
                        folderPages().get(path)));
        List<Page> found = new ArrayList<>();
        byDistance.values().forEach(page -> page.stream().filter(p -> !found.contains(p)).forEach(found::add));
        if (Handbook.folderPageRank(name) >= 0 && !folder.isEmpty()) {
            // A link to a folder's own page (people/onbording/README.md) is told by its folder's name, not its file's,
            // which every folder's own page shares: a folder of a near name beside it, then of that name elsewhere.
            // Other folders' README.md pages are no better a guess than any page, and are not offered.
            found.addAll(similarFolders(folder).stream().filter(p -> !found.contains(p)).toList());
            return found.size() > 3 ? List.copyOf(found.subList(0, 3)) : List.copyOf(found);
        }
        // Then of the same name in another folder, or of the same words joined otherwise there (a link to
        // handbook_reviewer_guidelines.md, the page being contributing/handbook-reviewer-guidelines.md).
        for (Page page : pagesByFileName.getOrDefault(name, List.of())) {
            if (!found.contains(page)) {
                found.add(page);
            }
        }
        for (Page page : pagesByLooseName.getOrDefault(looseName(name), List.of())) {
            if (!found.contains(page)) {
                found.add(page);
            }
        }
        return found.size() > 3 ? List.copyOf(found.subList(0, 3)) : List.copyOf(found);
    }

    /**
     * The own pages of folders {@code folder} may have meant, nearest first: beside it, of a name a slip of the keyboard
     * away (people/onbording for people/onboarding); then of the same name in another folder (a folder moved).
     */
    private List<Page> similarFolders(String folder) {
        String folderName = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String parent = org.handbookpress.files.SitePath.folderOf(folder);
        java.util.TreeMap<Integer, List<Page>> byDistance = new java.util.TreeMap<>();
        List<Page> sameName = new ArrayList<>();
        folderPages().keySet().stream().filter(path -> !path.isEmpty()).sorted().forEach(path -> {
            String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (org.handbookpress.files.SitePath.folderOf(path).equals(parent)) {
                addIfNear(byDistance, folderName, last, folderPages().get(path));
            } else if (last.equals(folderName)) {
                sameName.add(folderPages().get(path));
            }
        });
        List<Page> found = new ArrayList<>();
        byDistance.values().forEach(found::addAll);
        found.addAll(sameName);
        return found;
    }

    /** Adds the page by its name's distance from the name wanted, when it is a slip of the keyboard away. */
    private static void addIfNear(Map<Integer, List<Page>> byDistance, String stem, String name, Page page) {
        int d = EditDistance.between(stem, name);
        if (d <= Math.max(1, stem.length() / 4)) {
            byDistance.computeIfAbsent(d, k -> new ArrayList<>()).add(page);
        }
    }

    /** The files (not pages) by their file name in lower case, and by their folder, for {@link #similarFiles}; made when first asked. */
    private Map<String, List<String>> assetsByLowerName;
    private Map<String, List<String>> assetsByFolder;

    /**
     * Files a link or picture naming the missing file {@code wanted} may have meant, at most three: first one in the same
     * folder of the same type whose name is a slip of the keyboard away ({@code parcels.png} for {@code parcel.png}), then
     * those of the same name in other folders, in path order (a folder renamed, javascript/ to javascript-typescript/, or
     * pictures moved into images/). A near spelling only beside it: a file's name says less than a page's.
     */
    public synchronized List<String> similarFiles(String wanted) {
        if (assetsByLowerName == null) {
            assetsByLowerName = new HashMap<>();
            assetsByFolder = new HashMap<>();
            for (String asset : assets) {
                assetsByLowerName.computeIfAbsent(asset.substring(asset.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(asset);
                assetsByFolder.computeIfAbsent(org.handbookpress.files.SitePath.folderOf(asset), k -> new ArrayList<>()).add(asset);
            }
        }
        String name = wanted.substring(wanted.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String type = dot > 0 ? name.substring(dot) : "";
        java.util.TreeMap<Integer, List<String>> byDistance = new java.util.TreeMap<>();
        for (String asset : assetsByFolder.getOrDefault(org.handbookpress.files.SitePath.folderOf(wanted), List.of())) {
            String other = asset.substring(asset.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && other.endsWith(type) && !other.equals(name)) {
                int d = EditDistance.between(stem, other.substring(0, other.length() - type.length()));
                if (d <= Math.max(1, stem.length() / 4)) {
                    byDistance.computeIfAbsent(d, k -> new ArrayList<>()).add(asset);
                }
            }
        }
        List<String> found = new ArrayList<>();
        byDistance.values().forEach(near -> near.stream().sorted().forEach(found::add));
        assetsByLowerName.getOrDefault(name, List.of()).stream().filter(a -> !a.equals(wanted)).sorted().forEach(found::add);
        return found.stream().distinct().limit(3).toList();
    }

    /** Titles close to a missing one, for a "did you mean" hint. */
    public List<String> similarTitles(String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return byPath.values().stream().map(Page::title)
                .filter(t -> EditDistance.between(t.toLowerCase(Locale.ROOT), w) <= Math.max(2, w.length() / 4)
                        || t.toLowerCase(Locale.ROOT).contains(w) || w.contains(t.toLowerCase(Locale.ROOT)))
                .sorted().limit(3).toList();
    }
}
