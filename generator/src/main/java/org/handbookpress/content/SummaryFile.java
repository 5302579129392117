package org.handbookpress.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbookpress.files.SitePath;
import org.handbookpress.text.Indentation;

/**
 * The table of contents of an mdBook or GitBook book, {@code SUMMARY.md} at the top of the content: a list of links to
 * the pages in reading order, nested as the book is.
 * <pre>
 * # Table of contents
 * * [Welcome](README.md)
 * * [Safeguarding](policies/safeguarding.md)
 *   * [Reporting a concern](policies/reporting.md)
 * </pre>
 * Both tools read the book's order from it, and neither shows it as a page. Without a {@code nav:} in handbook.yml, so
 * does the build: the pages it lists come in its order ({@link #rank}, where a page says no {@code order:} itself),
 * folders in the order of their first page, and the top level as it lists pages and folders ({@link #nav}). A GitHub
 * wiki's {@code _Sidebar.md} ({@link #readSidebar}), a Jupyter Book's {@code _toc.yml} ({@link #readJupyterToc}) and an
 * MkDocs site's {@code nav:} ({@link #readMkDocsNav}) are read the same way.
 *
 * <p>A book's parts are groups of its menu ({@link #nav}): mdBook's part titles, a SUMMARY.md's {@code #} headings after
 * its own title ({@code # User guide} over the chapters listed under it), GitBook's page groups, its {@code ##} headings
 * ({@link #readGitBook}), and bookdown's {@code # (PART)} headings in its chapters ({@link #withBookdownParts}). Each is a
 * name over the chapters, leading nowhere itself, as these tools show it.
 */
public final class SummaryFile {

    public static final String NAME = "SUMMARY.md";

    /** A link to a page: group 1 its path (before any {@code #…}), bare or in angle brackets. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*(?:<([^>]+?\\.md)>|([^)\\s#]+?\\.md))(?:#[^)]*)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** A link's words and its page: group 1 the words, 2 or 3 the path, as {@link #LINK}'s. */
    private static final Pattern LABELLED = Pattern.compile("\\[([^\\[\\]]+)\\]\\(\\s*(?:<([^>]+?\\.md)>|([^)\\s#]+?\\.md))(?:#[^)]*)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** mdBook's draft chapter, a link with no address ({@code - [Safeguarding adults]()}): group 1 its words. */
    private static final Pattern DRAFT = Pattern.compile("\\[([^\\[\\]]+)\\]\\(\\s*\\)");

    /** Each listed page's place, from 0, by its path in the content folder; the first mention counts. */
    private final Map<String, Integer> ranks;
    private final Map<String, Integer> lines;
    /** The words SUMMARY.md links each page by, by its path; the first mention counts. */
    private final Map<String, String> labels;

    /** The names an MkDocs nav gives pages in the menu ({@code Before you start: start.md}), by path: their nav-titles. */
    private final Map<String, String> navTitles;
    /** The names an MkDocs nav's sections give the folders they hold, by folder ({@link MkDocsNavNames}). */
    private final Map<String, String> folderLabels;
    /** The part each listed page is in, by its path; a page before the first part, or after the parts end, is in none. */
    private final Map<String, Part> parts;
    /** The chapters a SUMMARY.md names without a page yet, in its order. */
    private final List<DraftChapter> drafts;
    /**
     * The page each listed page is nested under in a SUMMARY.md's lists (mdBook's sub-chapters), by its path; a chapter
     * at the top of its list has none. Null for a table of contents whose menu goes by folders ({@link #nav}).
     */
    private final Map<String, String> under;
    /**
     * Whether a chapter that is its folder's own page stands for its folder's section in the menu ({@link #navByNesting}):
     * a SUMMARY.md's does; a just-the-docs menu's does not, its pages nested under one another whatever their folders.
     */
    private final boolean folderSections;
    /**
     * The menu a sidebar gives as a tree ({@link #tree}: Docusaurus' categories, nested as it nests them), which
     * {@link #nav} shows as it is; null for a table of contents whose menu is made from its order.
     */
    private final List<NavEntry> tree;

    /**
     * A part of the book: its name, and where it is named (the file and line of its heading), which tells two parts of one
     * name apart.
     *
     * @param name the part's name; null for a book's appendices, which the menu names in the handbook's language
     *             ({@link NavEntry#isAppendices})
     */
    public record Part(String name, String file, int line) {

        /** A book's appendices, named by the tool in the book's language (Quarto's "Appendices"), not by the author. */
        static Part appendices(String file, int line) {
            return new Part(null, file, line);
        }
    }

    private SummaryFile(Map<String, Integer> ranks, Map<String, Integer> lines, Map<String, String> labels,
                        Map<String, String> navTitles, Map<String, String> folderLabels, Map<String, Part> parts,
                        List<DraftChapter> drafts, Map<String, String> under) {
        this(ranks, lines, labels, navTitles, folderLabels, parts, drafts, under, true);
    }

    private SummaryFile(Map<String, Integer> ranks, Map<String, Integer> lines, Map<String, String> labels,
                        Map<String, String> navTitles, Map<String, String> folderLabels, Map<String, Part> parts,
                        List<DraftChapter> drafts, Map<String, String> under, boolean folderSections) {
        this(ranks, lines, labels, navTitles, folderLabels, parts, drafts, under, folderSections, null);
    }

    private SummaryFile(Map<String, Integer> ranks, Map<String, Integer> lines, Map<String, String> labels,
                        Map<String, String> navTitles, Map<String, String> folderLabels, Map<String, Part> parts,
                        List<DraftChapter> drafts, Map<String, String> under, boolean folderSections, List<NavEntry> tree) {
        this.tree = tree == null ? null : List.copyOf(tree);
        this.folderSections = folderSections;
        this.ranks = ranks;
        this.lines = lines;
        this.labels = labels;
        this.navTitles = navTitles;
        this.folderLabels = folderLabels;
        this.parts = parts;
        this.drafts = List.copyOf(drafts);
        this.under = under;
    }

    /** The page's name in the menu that the table of contents gives it (an MkDocs nav's label), or null. */
    public String navTitle(String path) {
        return navTitles.get(path);
    }

    /** The same, naming the folders as {@code named} does (a sidebar's groups), by folder, where it gives no name of its own. */
    SummaryFile withFolderLabels(Map<String, String> named) {
        Map<String, String> all = new LinkedHashMap<>(named);
        all.putAll(folderLabels);
        return new SummaryFile(ranks, lines, labels, navTitles, Map.copyOf(all), parts, drafts, under, folderSections, tree);
    }

    /** The folders' names in the menu that the table of contents gives them (an MkDocs nav's sections), by folder. */
    public Map<String, String> folderLabels() {
        return folderLabels;
    }

    /**
     * The words SUMMARY.md links the page by (mdBook's chapter name), or null. mdBook names a chapter so, whatever its
     * headings: a page whose first heading is a {@code ##} (as The Rust Programming Language's sections are) was
     * named for its file ("Ch04 01 what is ownership") in the menu, the search and its title.
     */
    public String label(String path) {
        return labels.get(path);
    }

    /** A heading of a SUMMARY.md, its title or a part's: group 1 its marks ({@code #}, {@code ##}…), group 2 its words. */
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
    /** A thematic break ({@code ---}, {@code * * *}), which ends a part of a GitBook's table of contents. */
    private static final Pattern BREAK = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    /** The deepest heading GitBook reads as a part's name ({@code ####}); {@code #####} and below are nothing to it. */
    private static final int GITBOOK_DEEPEST_PART = 4;
    /** A chapter listed outside a list, {@code [Glossary](glossary.md)}: mdBook's prefix and suffix chapters. */
    private static final Pattern UNNUMBERED = Pattern.compile("^\\[");

    /** The chapters SUMMARY.md names without a page yet ({@link DraftChapter}), in its order. */
    public List<DraftChapter> drafts() {
        return drafts;
    }

    /** The pages an mdBook's SUMMARY.md links to, in its order, in the parts its {@code #} headings name, and its draft chapters. */
    public static SummaryFile read(String markdown) {
        return read(markdown, false);
    }

    /**
     * The pages a GitBook's SUMMARY.md links to, in its order, in the parts its headings name. GitBook names its page
     * groups with {@code ##} headings ({@code ## Getting started}; its older books and HonKit also {@code ###} and
     * {@code ####}), and a thematic break ({@code ---}) ends a part, the chapters after it in none. A {@code #} after the
     * title is a part's name as in an mdBook book, though GitBook itself passes it by: it is what the author wrote over
     * those chapters.
     */
    public static SummaryFile readGitBook(String markdown) {
        return read(markdown, true);
    }

    /**
     * @param gitBook whether GitBook reads the file: its {@code ##} to {@code ####} headings name parts and a break ends
     *                one; mdBook reads only {@code #} headings as parts and passes the others and its breaks by
     */
    private static SummaryFile read(String markdown, boolean gitBook) {
        Listing listed = new Listing();
        String[] text = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean titled = false;
        Nesting nesting = new Nesting();
        // A draft at the top of the list with chapters under it groups them, as the part it opened: the part before it,
        // and the indentation at which an entry ends the group (-1 for none open).
        Part beforeGroup = null;
        int groupIndent = -1;
        for (int i = 0; i < text.length; i++) {
            if (fences.inCode(text[i])) {
                continue;
            }
            if (groupIndent >= 0 && ENTRY.matcher(text[i]).find() && Indentation.of(text[i]) <= groupIndent) {
                listed.part(beforeGroup); // the next entry at the group's level is out of it
                groupIndent = -1;
            }
            Matcher heading = HEADING.matcher(text[i]);
            int level = heading.matches() ? heading.group(1).length() : 0;
            if (level >= 1) {
                groupIndent = -1; // a heading names the part from here on
            }
            if (level == 1) {
                // The first heading before any link is the book's title ("# Summary"), which mdBook leaves out; each
                // other names a part, over the chapters listed under it (the guide's "# User guide").
                if (titled || !listed.ranks.isEmpty()) {
                    listed.part(new Part(HeadingText.of(heading.group(2)), NAME, i + 1));
                }
                titled = true;
                continue;
            }
            if (gitBook && level > 1 && level <= GITBOOK_DEEPEST_PART) {
                // GitBook's page group ("## Community"), never the book's title: a book may start with one.
                listed.part(new Part(HeadingText.of(heading.group(2)), NAME, i + 1));
                continue;
            }
            if (gitBook && BREAK.matcher(text[i]).matches()) {
                listed.part(null); // GitBook's part without a name: its chapters stand on their own
                groupIndent = -1;
                continue;
            }
            if (listed.part != null && UNNUMBERED.matcher(text[i]).find() && LINK.matcher(text[i]).find()) {
                listed.part(null); // a suffix chapter, after the numbered ones: in no part
            }
            Matcher m = LINK.matcher(text[i]);
            boolean linked = false;
            while (m.find()) {
                String path = normal(m.group(1) != null ? m.group(1) : m.group(2));
                if (!linked && path != null) {
                    listed.nest(path, nesting.page(text[i], path));
                    linked = true;
                }
                listed.add(path, i + 1);
            }
            Matcher draft = DRAFT.matcher(text[i]);
            if (!linked && draft.find() && !HeadingText.of(draft.group(1)).isBlank()) {
                DraftChapter chapter = nesting.draft(text[i], HeadingText.of(draft.group(1)), i + 1);
                if (chapter.under() == null && groupIndent < 0 && hasChapters(text, i)) {
                    // mdBook shows the chapters under it, under its greyed title: here a group of the menu, named so.
                    beforeGroup = listed.part;
                    groupIndent = Indentation.of(text[i]);
                    listed.part(new Part(chapter.title(), NAME, i + 1));
                } else {
                    listed.drafts.add(chapter);
                }
            }
            Matcher labelled = LABELLED.matcher(text[i]);
            while (labelled.find()) {
                String path = normal(labelled.group(2) != null ? labelled.group(2) : labelled.group(3));
                String words = HeadingText.of(labelled.group(1));
                if (path != null && !words.isBlank()) {
                    listed.labels.putIfAbsent(path, words);
                }
            }
        }
        return listed.nested();
    }

    /** A list item's start: an entry of the table of contents. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s");

    /** Whether the next entry after line {@code at} is nested under it. */
    private static boolean hasChapters(String[] text, int at) {
        for (int i = at + 1; i < text.length; i++) {
            if (!text[i].isBlank()) {
                return ENTRY.matcher(text[i]).find() && Indentation.of(text[i]) > Indentation.of(text[at]);
            }
        }
        return false;
    }

    /** A GitHub wiki's sidebar, which lists its pages as the wiki shows them: read as a table of contents when it links to pages. */
    public static final String WIKI_SIDEBAR = "_Sidebar.md";
    /** docsify's sidebar, a list of links to its pages in the same shape. */
    public static final String DOCSIFY_SIDEBAR = "_sidebar.md";
    /** A wiki link, {@code [[Page]]} or {@code [[Words|Page]]}: group 1 the part before the bar, 2 after it. */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?\\]\\]");
    /** A Markdown link in a sidebar: group 1 its destination. */
    private static final Pattern SIDEBAR_LINK = Pattern.compile("\\]\\(\\s*<?([^)>\\s]+)>?[^)]*\\)");

    /**
     * The pages a GitHub wiki's {@code _Sidebar.md} links to, in its order: by wiki links ({@code [[How we meet]]},
     * GitHub's {@code [[Words|Page]]}) or Markdown links to a page's name or wiki address, each the page whose file is
     * that name with its spaces as hyphens, as GitHub names a wiki's files. Its headings group the links under them.
     *
     * @param paths every Markdown file's path in the content folder
     */
    public static SummaryFile readSidebar(String markdown, List<String> paths) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String path : paths) {
            byName.putIfAbsent(path.toLowerCase(java.util.Locale.ROOT), path);
        }
        // GitHub finds a wiki's page by its name wherever its file is: [[Spring Planting]] is seasons/Spring-Planting.md
        // too, as the wiki's addresses have no folders. A page of that name at the top comes first.
        for (String path : paths) {
            byName.putIfAbsent(path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT), path);
        }
        Listing listed = new Listing();
        String[] text = markdown.split("\n", -1);
        int title = sidebarTitle(text);
        for (int i = 0; i < text.length; i++) {
            // A heading over its links (## Policies) names a group of them, as the sidebar shows it: the menu's group, as
            // a SUMMARY.md's part is (AE-public/wiki's sidebar, a heading for each product line, lost its headings).
            if (isSidebarHeading(text[i])) {
                if (i == title) {
                    continue;
                }
                Matcher heading = HEADING.matcher(text[i]);
                heading.matches();
                String name = HeadingText.of(heading.group(2));
                listed.part(name.isEmpty() ? null : new Part(name, WIKI_SIDEBAR, i + 1));
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher wiki = WIKI_LINK.matcher(text[i]);
            while (wiki.find()) {
                if (wiki.group(2) != null) {
                    names.add(wiki.group(2)); // GitHub's order: the page after the bar
                }
                names.add(wiki.group(1));
            }
            Matcher link = SIDEBAR_LINK.matcher(text[i]);
            while (link.find()) {
                String href = link.group(1);
                names.add(href.contains("://") ? href.substring(href.lastIndexOf('/') + 1) : href);
            }
            for (String name : names) {
                String key = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8).strip().replaceFirst("#.*", "")
                        .replace(' ', '-');
                listed.add(byName.get((key.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? key : key + ".md")
                        .toLowerCase(java.util.Locale.ROOT)), i + 1);
            }
        }
        return listed.done();
    }

    /** A heading line of a sidebar, not a link written as one ({@code ## [[Home]]}). */
    private static boolean isSidebarHeading(String line) {
        return HEADING.matcher(line).matches() && !WIKI_LINK.matcher(line).find() && !SIDEBAR_LINK.matcher(line).find();
    }

    /**
     * The line of a sidebar's title: its only heading, above all its links ({@code # Contents}, {@code ### Navigation}),
     * which names the whole sidebar and no group of it; a menu of one group under that name was none of the wiki's. -1
     * when there is none.
     */
    private static int sidebarTitle(String[] text) {
        int title = -1;
        boolean linkAbove = false;
        for (int i = 0; i < text.length; i++) {
            if (isSidebarHeading(text[i])) {
                if (title >= 0 || linkAbove) {
                    return -1;
                }
                title = i;
            } else if (WIKI_LINK.matcher(text[i]).find() || SIDEBAR_LINK.matcher(text[i]).find()) {
                linkAbove = true;
            }
        }
        return title;
    }

    /** Jupyter Book's table of contents. */
    public static final String JUPYTER_TOC = "_toc.yml";
    /** A {@code root:} or {@code file:} entry of a Jupyter Book {@code _toc.yml}: group 1 the path, with or without .md. */
    private static final Pattern TOC_FILE = Pattern.compile("^\\s*(?:-\\s*)?(?:root|file)\\s*:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*(?:#.*)?$");

    /**
     * A part's caption in a Jupyter Book's {@code _toc.yml} ({@code - caption: Getting started} over its {@code chapters:}),
     * which its sidebar shows over the part's chapters as mdBook shows a part's title: group 1 the caption, quoted or not.
     */
    private static final Pattern TOC_CAPTION = Pattern.compile("^\\s*(?:-\\s*)?caption\\s*:\\s*(.*?)\\s*(?:\\s#.*)?$");
    /** A part that gives no caption before its chapters ({@code - chapters:}): its chapters are in no named part. */
    private static final Pattern TOC_PART_WITHOUT_CAPTION = Pattern.compile("^\\s*-\\s*chapters\\s*:.*$");

    /**
     * The pages a Jupyter Book's {@code _toc.yml} names ({@code root: intro}, {@code - file: chapters/listening}), in
     * its order, each with its file's extension or, as Jupyter Book writes them, without: {@code chapters/listening}
     * is the page of that name whatever it is written in (Markdown, MyST, a notebook, R Markdown). Other files it
     * names are not pages here. Its parts' captions group the menu, as mdBook's part titles do.
     *
     * @param paths every page file's path in the content folder
     */
    public static SummaryFile readJupyterToc(String yaml, List<String> paths) {
        Set<String> pages = new java.util.HashSet<>(paths);
        Map<String, String> byStem = new java.util.HashMap<>();
        for (String path : paths) {
            byStem.putIfAbsent(Page.stem(path), path); // listening.md before listening.ipynb: the files' order
        }
        Listing listed = new Listing();
        // A chapter's sections: are entries indented under it, as a SUMMARY.md's sub-chapters are: the menu follows them,
        // a part's chapters under its caption with no folder between (JGIBristol/ask-jgi-handbook keeps every chapter in
        // pages/, which stood as a "Pages" level between Home and the captions).
        Nesting nesting = new Nesting();
        String[] text = yaml.split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            Matcher caption = TOC_CAPTION.matcher(text[i]);
            if (caption.matches()) {
                String name = caption.group(1).strip().replaceAll("^([\"'])(.*)\\1$", "$2").strip();
                listed.part(name.isEmpty() ? null : new Part(name, JUPYTER_TOC, i + 1));
                nesting = new Nesting();
            } else if (TOC_PART_WITHOUT_CAPTION.matcher(text[i]).matches()) {
                listed.part(null);
                nesting = new Nesting();
            }
            Matcher m = TOC_FILE.matcher(text[i]);
            if (m.matches()) {
                String written = normal(m.group(1));
                String path = written == null ? null : pages.contains(written) ? written : byStem.get(written);
                if (path != null) {
                    listed.nest(path, nesting.page(text[i], path));
                }
                listed.add(path, i + 1);
            }
        }
        SummaryFile toc = listed.nested();
        return new SummaryFile(toc.ranks, toc.lines, toc.labels, Map.of(), captionedFolders(toc.ranks.keySet(), toc.parts), toc.parts,
                toc.drafts, toc.under);
    }

    /**
     * The folders a Jupyter Book's part's caption names: those, below the top, whose listed pages are all in that one part
     * (the shallowest such folder). Jupyter Book's sidebar shows the caption over the chapters and no folder; here the menu
     * groups parts only at the top (a folder is in the part of its first page), so a book that keeps every chapter in
     * pages/ (JGIBristol/ask-jgi-handbook: pages/Ask-JGI_shifts/ under '- caption: Ask-JGI Shifts') showed its folders by
     * their names ("Ask JGI shifts", "Resources" for 'Signposting and other services').
     */
    private static Map<String, String> captionedFolders(Set<String> listed, Map<String, Part> parts) {
        Map<String, Set<Part>> partsIn = new LinkedHashMap<>();
        for (String path : listed) { // a page in no part counts too: its folder is then no part's
            for (String folder = SitePath.folderOf(path); folder.contains("/"); folder = SitePath.folderOf(folder)) {
                partsIn.computeIfAbsent(folder, f -> new java.util.HashSet<>()).add(parts.get(path));
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        partsIn.forEach((folder, in) -> {
            Part part = in.size() == 1 ? in.iterator().next() : null;
            Set<Part> above = partsIn.get(SitePath.folderOf(folder));
            if (part != null && part.name() != null && !in.equals(above)) {
                labels.put(folder, part.name());
            }
        });
        return labels;
    }

    /**
     * The pages an MkDocs {@code nav:} names, in its order: {@code - index.md}, {@code - Home: index.md}, and sections,
     * {@code - User guide: [ … ]}, to any depth; addresses of other sites and files not in the handbook are passed by.
     *
     * @param nav    the {@code nav:} node of mkdocs.yml
     * @param prefix where its paths start, from the content folder ("" when the content folder is the docs folder)
     * @param paths  every Markdown file's path in the content folder
     */
    static SummaryFile readMkDocsNav(org.yaml.snakeyaml.nodes.Node nav, String prefix, List<String> paths) {
        Set<String> pages = new java.util.HashSet<>(paths);
        Listing listed = new Listing();
        java.util.Deque<org.yaml.snakeyaml.nodes.Node> todo = new java.util.ArrayDeque<>(List.of(nav));
        while (!todo.isEmpty()) {
            org.yaml.snakeyaml.nodes.Node node = todo.pop();
            if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
                String path = normal(scalar.getValue().trim());
                path = path == null ? null : normal(prefix + path);
                int line = scalar.getStartMark().getLine() + 1;
                if (path != null && path.endsWith("/")) { // a folder (User Guide: user-guide/): its pages, in their order
                    String folder = path;
                    paths.stream().filter(p -> p.startsWith(folder)).forEach(p -> listed.add(p, line));
                } else {
                    listed.add(path != null && pages.contains(path) ? path : null, line);
                }
            } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode list) {
                List<org.yaml.snakeyaml.nodes.Node> items = list.getValue();
                for (int i = items.size() - 1; i >= 0; i--) {
                    todo.push(items.get(i)); // in order: the first item is taken next
                }
            } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
                List<org.yaml.snakeyaml.nodes.NodeTuple> entries = map.getValue();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    todo.push(entries.get(i).getValueNode()); // a title's page or section; the title itself is no page
                }
            }
        }
        return listed.done();
    }

    /** The same listing with the names an MkDocs nav gives pages and folders in the menu (not Quarto's keys, part: and the rest). */
    SummaryFile withNames(MkDocsNavNames names) {
        return new SummaryFile(ranks, lines, labels, names.pages(), names.folders(), parts, drafts, under, folderSections);
    }

    /** The same listing with each page in the part {@code parts} names for it (a Quarto book's {@code part:}), by its path. */
    SummaryFile withParts(Map<String, Part> parts) {
        return new SummaryFile(ranks, lines, labels, navTitles, folderLabels, Map.copyOf(parts), drafts, under, folderSections);
    }

    /**
     * The same listing with the parts bookdown's part headings start ({@code # (PART) Foundations {-}}), by the page
     * they are in: a heading before the page's chapter starts the part with that page, one after it (or on a page of
     * nothing else, as an appendix.Rmd of its one line) with the next page of the book; the part goes on to the next.
     */
    SummaryFile withBookdownParts(Map<String, List<BookdownParts.Part>> byPage) {
        Map<String, Part> in = new LinkedHashMap<>();
        Part current = null;
        for (String path : ranks.keySet()) {
            List<BookdownParts.Part> found = byPage.getOrDefault(path, List.of());
            for (BookdownParts.Part part : found) {
                if (part.beforeChapter()) {
                    current = new Part(part.name(), path, part.line());
                }
            }
            if (current != null) {
                in.put(path, current);
            }
            for (BookdownParts.Part part : found) {
                if (!part.beforeChapter()) {
                    current = new Part(part.name(), path, part.line());
                }
            }
        }
        return new SummaryFile(ranks, lines, labels, navTitles, folderLabels, Map.copyOf(in), drafts, under, folderSections);
    }

    /** Whether the table of contents names parts of the book, which group its menu. */
    public boolean hasParts() {
        return !parts.isEmpty();
    }

    /**
     * The pages a sidebar lists ({@link ScriptSidebar}), each with its rank and line, with the labels it names them by in
     * the menu and the part (a group at the top of the sidebar) each is in, by path.
     */
    static SummaryFile sidebar(List<String> paths, List<Integer> ranks, List<Integer> lines, Map<String, String> labels, Map<String, Part> parts) {
        Map<String, Integer> ranked = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            ranked.put(paths.get(i), ranks.get(i)); // pages of one rank (a folder's, generated) keep their usual order among them
            at.put(paths.get(i), lines.get(i));
        }
        return new SummaryFile(ranked, at, Map.of(), Map.copyOf(labels), Map.of(), Map.copyOf(parts), List.of(), null);
    }

    /**
     * The pages a sidebar lists, each with its rank and line and the label it names them by, and the menu it gives as
     * a tree of groups and pages ({@link ScriptSidebar#docusaurus}); an entry whose target ends in {@code /} is a
     * folder's pages, in their usual order ({@code /} for the whole content folder's).
     */
    static SummaryFile tree(List<String> paths, List<Integer> ranks, List<Integer> lines, Map<String, String> labels, List<NavEntry> tree) {
        SummaryFile listed = sidebar(paths, ranks, lines, labels, Map.of());
        return new SummaryFile(listed.ranks, listed.lines, Map.of(), listed.navTitles, Map.of(), Map.of(), List.of(), null, true, tree);
    }

    /** Whether the table of contents gives the menu as a tree ({@link #tree}): the pages it leaves out are in no menu. */
    public boolean isTree() {
        return tree != null;
    }

    /**
     * The pages listed, each with its rank and line, named by the titles given when they name themselves by neither a
     * {@code title:} nor a {@code #} heading ({@link #label}): a Raspberry Pi project's steps, which meta.yml names.
     */
    static SummaryFile titled(List<String> paths, List<Integer> ranks, List<Integer> lines, Map<String, String> titles) {
        Map<String, Integer> ranked = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            ranked.put(paths.get(i), ranks.get(i));
            at.put(paths.get(i), lines.get(i));
        }
        return new SummaryFile(ranked, at, Map.copyOf(titles), Map.of(), Map.of(), Map.of(), List.of(), null);
    }

    /** The pages listed, in order, each at its line of the file that lists them ({@link SidebarLists}). */
    static SummaryFile listing(List<String> paths, List<Integer> lines) {
        Listing listed = new Listing();
        for (int i = 0; i < paths.size(); i++) {
            listed.add(paths.get(i), lines.get(i));
        }
        return listed.done();
    }

    /**
     * The pages listed, in order, each nested under the page {@code under} gives (a just-the-docs site's {@code parent:},
     * {@link JustTheDocsMenu}): a menu that follows that nesting, page under page, as a SUMMARY.md's lists
     * ({@link #navByNesting}), but with no folder's section in it: the theme's pages name their place, whatever their
     * folders, and a folder's own page over its folder's pages listed them all side by side (the theme's own "Main
     * Navigation" over "Ancestry" over "X" over "S" over "T").
     */
    static SummaryFile nested(List<String> paths, Map<String, String> under, Map<String, Part> parts) {
        Listing listed = new Listing();
        for (String path : paths) {
            listed.nest(path, under.get(path));
            listed.part(parts.get(path)); // a just-the-docs collection's pages, under its name
            listed.add(path, 0);
        }
        SummaryFile nested = listed.nested();
        return new SummaryFile(nested.ranks, nested.lines, nested.labels, Map.of(), Map.of(), nested.parts, nested.drafts,
                nested.under, false);
    }

    /** The pages a table of contents lists, as it is read: each once, where it is first mentioned, in the part it is in. */
    private static final class Listing {
        private final Map<String, Integer> ranks = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, Part> parts = new LinkedHashMap<>();
        private final List<DraftChapter> drafts = new ArrayList<>();
        /** The page each page is nested under, for a SUMMARY.md ({@link #nested}). */
        private final Map<String, String> under = new LinkedHashMap<>();
        /** The part the pages listed next are in, or null. */
        private Part part;

        /** @param path a page's path, or null for an entry that names none */
        void add(String path, int line) {
            if (path != null && !ranks.containsKey(path)) {
                ranks.put(path, ranks.size());
                lines.put(path, line);
                if (part != null) {
                    parts.put(path, part);
                }
            }
        }

        /**
         * Keeps the page an entry is nested under ({@link Nesting#page}), before {@link #add} lists it: a page listed
         * again further on keeps the place of its first entry.
         */
        void nest(String path, String parent) {
            if (parent != null && !ranks.containsKey(path)) {
                under.put(path, parent);
            }
        }

        /** The pages listed from here on are in {@code next}; in none for null. */
        void part(Part next) {
            part = next;
        }

        SummaryFile done() {
            return new SummaryFile(ranks, lines, labels, Map.of(), Map.of(), Map.copyOf(parts), drafts, null);
        }

        /** The listing of a SUMMARY.md, whose menu follows its lists' nesting ({@link SummaryFile#nav}). */
        SummaryFile nested() {
            return new SummaryFile(ranks, lines, labels, Map.of(), Map.of(), Map.copyOf(parts), drafts, Map.copyOf(under));
        }
    }

    /**
     * Where SUMMARY.md's entries stand as it is read, for a draft chapter's place: the page listed last, and the entries
     * it is nested in, by their lists' indentation, as mdBook nests its chapters.
     */
    private static final class Nesting {
        /** The entries above the current line, each with its indentation and the page it is, or is nested under. */
        private final java.util.Deque<Map.Entry<Integer, String>> open = new java.util.ArrayDeque<>();
        private String last;

        /** @return the page the entry is nested under, or null for one at the top of its list */
        String page(String line, String path) {
            int indent = enclose(line);
            String parent = open.isEmpty() ? null : open.peek().getValue();
            open.push(Map.entry(indent, path));
            last = path;
            return parent;
        }

        DraftChapter draft(String line, String title, int number) {
            int indent = enclose(line);
            String under = open.isEmpty() ? null : open.peek().getValue();
            if (under != null) {
                open.push(Map.entry(indent, under)); // a draft's own sub-chapters sit where it does
            }
            return new DraftChapter(title, number, last, under);
        }

        /** The line's indentation, once the entries at it or deeper are closed: what is left open holds it. */
        private int enclose(String line) {
            String lead = line.substring(0, Indentation.of(line)).replace("\t", "    ");
            while (!open.isEmpty() && open.peek().getKey() >= lead.length()) {
                open.pop();
            }
            return lead.length();
        }
    }

    /** A link's path from the top of the content, or null for one that leaves it or goes to another site. */
    static String normal(String href) {
        String path = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8).replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.contains("://") || path.startsWith("../") || path.contains("/../") || path.isEmpty() ? null : path;
    }

    /** The page's place in the book, or null when the table of contents does not list it. */
    public Integer rank(String path) {
        return ranks.get(path);
    }

    public boolean isEmpty() {
        return ranks.isEmpty();
    }

    /**
     * The top level of the navigation as the table of contents orders it: each page it lists at the top, and each folder
     * where it first lists a page in it; then the top-level pages and folders it does not list, in their usual order.
     * A SUMMARY.md's menu follows its lists instead ({@link #navByNesting}).
     *
     * @param pages every page's path, in reading order
     * @param home  the handbook's front page, first whether it is listed or not; null when it has none
     */
    public List<NavEntry> nav(List<String> pages, String home) {
        if (tree != null) {
            return navByTree(pages, home);
        }
        if (under != null) {
            return navByNesting(pages, home);
        }
        Set<String> targets = new LinkedHashSet<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Map<String, Part> partOf = new LinkedHashMap<>();
        if (home != null) {
            targets.add(home);
            lineOf.put(home, lines.getOrDefault(home, 0));
        }
        List<String> listed = new ArrayList<>(ranks.keySet());
        listed.retainAll(pages);
        List<String> others = new ArrayList<>(pages);
        others.removeAll(listed);
        Set<String> flat = partFolders(pages);
        if (!flat.isEmpty()) { // their pages in reading order, which orders an autogenerated folder's pages of one rank
            Set<String> inList = new java.util.HashSet<>(listed);
            listed = pages.stream().filter(inList::contains).toList();
        }
        for (String path : listed) {
            String target = inPart(path, flat);
            if (targets.add(target)) {
                lineOf.put(target, lines.get(path));
                if (parts.containsKey(path)) {
                    partOf.put(target, parts.get(path)); // a folder is in the part its first listed page is in
                }
            }
        }
        for (String path : others) {
            targets.add(topLevel(path));
        }
        List<Map.Entry<NavEntry, Part>> top = new ArrayList<>();
        for (String target : targets) {
            top.add(new java.util.AbstractMap.SimpleEntry<>(new NavEntry(null, target, lineOf.getOrDefault(target, 0)), partOf.get(target)));
        }
        return grouped(top);
    }

    /**
     * The menu as a sidebar's tree gives it ({@link #tree}), with the pages not in the menu ({@code pages} are those that
     * are) taken out, a page's entries then in its place, and a group left with none taken out; a folder's entry is its
     * pages, in reading order, those the tree names elsewhere apart, each subfolder's as its section. The front page
     * comes first when the tree does not name it. A folder's entry with a label is that folder's section, so named.
     */
    private List<NavEntry> navByTree(List<String> pages, String home) {
        Set<String> named = new java.util.HashSet<>();
        java.util.Deque<NavEntry> todo = new java.util.ArrayDeque<>(tree);
        while (!todo.isEmpty()) {
            NavEntry entry = todo.pop();
            todo.addAll(entry.entries());
            if (!entry.isGroup() && !entry.isFolder()) {
                named.add(entry.target());
            }
        }
        Set<String> shown = new java.util.HashSet<>();
        List<NavEntry> menu = new ArrayList<>(inMenu(tree, pages, named, shown));
        if (home != null && shown.add(home)) {
            menu.add(0, new NavEntry(null, home, 0));
        }
        return menu;
    }

    private static List<NavEntry> inMenu(List<NavEntry> entries, List<String> pages, Set<String> named, Set<String> shown) {
        Set<String> inMenu = new java.util.HashSet<>(pages);
        List<NavEntry> out = new ArrayList<>();
        for (NavEntry entry : entries) {
            List<NavEntry> below = inMenu(entry.entries(), pages, named, shown);
            if (entry.isGroup()) {
                if (!below.isEmpty()) {
                    out.add(NavEntry.group(entry.label(), entry.line(), below));
                }
            } else if (entry.isFolder() && entry.label() != null) {
                // A folder named by the tree (a Docusaurus category with a generated index): its section, opening on its page.
                if (pages.stream().anyMatch(path -> path.startsWith(entry.target())) && shown.add(entry.target())) {
                    out.add(new NavEntry(entry.label(), entry.target(), entry.line()));
                }
            } else if (entry.isFolder()) {
                String folder = entry.target().equals("/") ? "" : entry.target();
                for (String path : pages) {
                    if (path.startsWith(folder) && !named.contains(path)) {
                        int slash = path.indexOf('/', folder.length());
                        String target = slash < 0 ? path : path.substring(0, slash + 1); // a subfolder: its section
                        if (shown.add(target)) {
                            out.add(new NavEntry(null, target, entry.line()));
                        }
                    }
                }
            } else if (inMenu.contains(entry.target()) && shown.add(entry.target())) {
                out.add(new NavEntry(entry.label(), entry.target(), entry.line(), below));
            } else {
                out.addAll(below);
            }
        }
        return out;
    }

    /**
     * The top-level folders whose pages, every one, a single part lists (a Starlight group of one folder's pages, or its
     * {@code autogenerate}d folder): their pages stand in the part's group themselves, as the sidebar shows them. The
     * menu showed the folder's section between the group's name and them ("Integrations" over "Integrations", closed),
     * as SUMMARY.md's parts did before {@link #navByNesting}.
     */
    private Set<String> partFolders(List<String> pages) {
        Map<String, Part> partOf = new LinkedHashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (String path : pages) {
            String folder = topLevel(path);
            if (folder.endsWith("/")) {
                Part part = ranks.containsKey(path) ? parts.get(path) : null;
                if (part == null || partOf.containsKey(folder) && !part.equals(partOf.get(folder))) {
                    mixed.add(folder); // a page of it in no part, or in another
                }
                partOf.putIfAbsent(folder, part);
            }
        }
        Set<String> flat = new LinkedHashSet<>(partOf.keySet());
        flat.removeAll(mixed);
        return flat;
    }

    /** The entry a listed page is in at the menu's top: itself in a folder of {@link #partFolders}, or its subfolder; else its top-level folder. */
    private static String inPart(String path, Set<String> flat) {
        String folder = topLevel(path);
        if (!flat.contains(folder)) {
            return folder;
        }
        int slash = path.indexOf('/', folder.length());
        return slash < 0 ? path : path.substring(0, slash + 1);
    }

    /** The entries in their parts' groups: a part's entries follow one another, the others stay at the top level. */
    private static List<NavEntry> grouped(List<Map.Entry<NavEntry, Part>> top) {
        List<NavEntry> nav = new ArrayList<>();
        Part open = null;
        List<NavEntry> inPart = new ArrayList<>();
        for (Map.Entry<NavEntry, Part> entry : top) {
            Part part = entry.getValue();
            if (open != null && !open.equals(part)) {
                nav.add(NavEntry.group(open.name(), open.line(), inPart));
                inPart.clear();
            }
            open = part;
            (part == null ? nav : inPart).add(entry.getKey());
        }
        if (open != null) {
            nav.add(NavEntry.group(open.name(), open.line(), inPart));
        }
        return nav;
    }

    /**
     * The menu as a SUMMARY.md's lists nest its chapters, as mdBook's and GitBook's sidebars show them: each part's name
     * over its chapters, each chapter over its sub-chapters. A chapter that is its folder's own page ({@code
     * cli/README.md}), or the page beside its folder ({@code hello-world.md} beside {@code hello-world/}), is that folder's
     * section, which lists the folder's pages; any other chapter is its page, over the sub-chapters nested under it. The
     * menu went by folders alone: a part whose chapters share a folder showed that folder between the part's name and
     * them (SalineFLL's coaching handbook: "Competition" over a "Competition" folder, closed on every page but its own),
     * and a book of chapters side by side (The Rust Programming Language) listed its 111 chapters and sections in one row.
     */
    private List<NavEntry> navByNesting(List<String> pages, String home) {
        Set<String> inMenu = new java.util.HashSet<>(pages);
        List<String> listed = new ArrayList<>(ranks.keySet());
        listed.retainAll(inMenu);
        // Each page's sub-chapters, in order; one nested under a page the menu lacks is nested under that page's parent.
        Map<String, List<String>> subChapters = new LinkedHashMap<>();
        for (String path : listed) {
            String parent = under.get(path);
            while (parent != null && !inMenu.contains(parent)) {
                parent = under.get(parent);
            }
            subChapters.computeIfAbsent(parent, p -> new ArrayList<>()).add(path);
        }
        Set<String> folders = new java.util.HashSet<>();
        for (String path : pages) {
            for (String folder = SitePath.folderOf(path); !folder.isEmpty(); folder = SitePath.folderOf(folder)) {
                folders.add(folder);
            }
        }
        Map<String, String> parentOf = new java.util.HashMap<>();
        subChapters.forEach((parent, subs) -> subs.forEach(sub -> parentOf.put(sub, parent)));
        // The folders their chapters stand for: a folder whose first own page or page beside it the table of contents
        // nests every other listed page of the folder under. A chapter beside its folder that its folder's pages follow
        // rather than nest under (Comprehensive Rust's "Welcome" android.md, before android/setup.md…) stands for itself.
        Map<String, String> heads = new LinkedHashMap<>();
        for (String path : folderSections ? listed : List.<String>of()) {
            String folder = folderHeadedBy(path, folders);
            if (folder != null) {
                heads.putIfAbsent(folder, path);
            }
        }
        Set<String> notNested = new java.util.HashSet<>();
        for (String path : listed) {
            for (String folder = SitePath.folderOf(path); !folder.isEmpty(); folder = SitePath.folderOf(folder)) {
                String head = heads.get(folder);
                if (head != null && !head.equals(path) && !isNestedUnder(path, head, parentOf)) {
                    notNested.add(folder);
                }
            }
        }
        Set<String> sections = new java.util.HashSet<>();
        heads.keySet().stream().filter(folder -> !notNested.contains(folder)).sorted(java.util.Comparator.comparingInt(String::length))
                .forEach(folder -> {
                    if (sectionHolding(SitePath.folderOf(folder) + "/", sections) == null) {
                        sections.add(folder); // the outermost: a page in it is in its section
                    }
                });
        Set<String> shown = new java.util.HashSet<>();
        List<Map.Entry<NavEntry, Part>> top = new ArrayList<>();
        if (home != null) {
            // The front page comes first, over the pages nested under it, as just-the-docs shows a home page's children
            // (parent: Home) and mdBook a first chapter's: they were listed after it, beside the pages at the top.
            shown.add(home);
            List<NavEntry> below = new ArrayList<>();
            for (String sub : subChapters.getOrDefault(home, List.of())) {
                below.addAll(entries(sub, subChapters, sections, shown));
            }
            top.add(new java.util.AbstractMap.SimpleEntry<>(new NavEntry(null, home, lines.getOrDefault(home, 0), List.copyOf(below)), null));
        }
        for (String chapter : subChapters.getOrDefault(null, List.of())) {
            for (NavEntry entry : entries(chapter, subChapters, sections, shown)) {
                top.add(new java.util.AbstractMap.SimpleEntry<>(entry, parts.get(chapter)));
            }
        }
        for (String path : pages) { // pages the table of contents does not list, in a menu that lists them (none for mdBook)
            if (shown.contains(path) || sectionHolding(path, sections) != null) {
                continue;
            }
            String folder = topLevel(path);
            // Its folder's section, unless the folder's listed pages are in the menu one by one: then the page itself.
            String target = folder.endsWith("/") && shown.stream().anyMatch(p -> p.startsWith(folder) && !p.equals(folder)) ? path : folder;
            if (shown.add(target)) {
                top.add(new java.util.AbstractMap.SimpleEntry<>(new NavEntry(null, target, 0), null));
            }
        }
        return grouped(top);
    }

    /**
     * A chapter's entries in the menu: its folder's section, else its page over its sub-chapters' entries; none when it is
     * shown already (the front page, a page of a section listed before), its sub-chapters' in its place.
     */
    private List<NavEntry> entries(String chapter, Map<String, List<String>> subChapters, Set<String> sections, Set<String> shown) {
        List<NavEntry> below = new ArrayList<>();
        String section = sectionHolding(chapter, sections);
        if (section != null) {
            List<NavEntry> out = new ArrayList<>();
            if (shown.add(section + "/")) {
                out.add(new NavEntry(null, section + "/", lines.getOrDefault(chapter, 0)));
            }
            // Its sub-chapters in its folder are the section's; one elsewhere follows it.
            for (String sub : subChapters.getOrDefault(chapter, List.of())) {
                out.addAll(entries(sub, subChapters, sections, shown));
            }
            return out;
        }
        for (String sub : subChapters.getOrDefault(chapter, List.of())) {
            below.addAll(entries(sub, subChapters, sections, shown));
        }
        if (!shown.add(chapter)) {
            return below;
        }
        return List.of(new NavEntry(null, chapter, lines.getOrDefault(chapter, 0), List.copyOf(below)));
    }

    /** Whether the table of contents nests the page under {@code chapter}, at any depth. */
    private static boolean isNestedUnder(String path, String chapter, Map<String, String> parentOf) {
        for (String parent = parentOf.get(path); parent != null; parent = parentOf.get(parent)) {
            if (parent.equals(chapter)) {
                return true;
            }
        }
        return false;
    }

    /** The folder whose section holds the page (or folder, ending in '/'), the outermost; null when none does. */
    private static String sectionHolding(String path, Set<String> sections) {
        if (sections.isEmpty()) {
            return null;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (sections.contains(path.substring(0, slash))) {
                return path.substring(0, slash);
            }
        }
        // The page beside a folder stands for it.
        String stem = path.endsWith(".md") ? path.substring(0, path.length() - 3) : null;
        return stem != null && sections.contains(stem) ? stem : null;
    }

    /**
     * The folder the chapter is the page of: the folder (below the top) whose own page it is ({@code cli/README.md}), or
     * the one beside it of its name ({@code hello-world.md} beside {@code hello-world/}); else null.
     */
    private static String folderHeadedBy(String path, Set<String> folders) {
        String folder = SitePath.folderOf(path);
        if (!folder.isEmpty() && Handbook.folderPageRank(path.substring(folder.length() + 1)) >= 0) {
            return folder;
        }
        String stem = path.endsWith(".md") ? path.substring(0, path.length() - 3) : null;
        return stem != null && folders.contains(stem) ? stem : null;
    }

    private static String topLevel(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash + 1);
    }
}
