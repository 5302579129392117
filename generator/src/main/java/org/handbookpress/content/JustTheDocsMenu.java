package org.handbookpress.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.files.SitePath;
import org.handbookpress.findings.Findings;
import org.handbookpress.text.EditDistance;

/**
 * The menu of a Jekyll site themed with just-the-docs, the most used Jekyll theme for documentation, which builds its
 * sidebar from its pages' front matter, not from their folders ({@link JustTheDocsPlace}): a page sits under the page
 * whose title its {@code parent:} names ({@code grand_parent:} telling two parents of one title apart), siblings come
 * in their {@code nav_order}, numbers first, then texts, then the pages without one by title, and a page with
 * {@code nav_exclude: true}, or without a {@code title:}, is left out of it with the pages under it. The menu went by
 * folders, and most such sites keep their pages side by side (Equal Vote's BetterVoting docs: "Contribution Guide",
 * "💻 Developers", "☁️ DevOps" and "✍ ️Writers" in one folder, under one another in the theme's menu).
 *
 * <p>A {@code parent:} that names no page's title (a slip, or a title copied without its invisible characters) leaves
 * the page out of the theme's menu, unnoticed: here it is said, naming the nearest title, and the page is listed under
 * its folder's own page, or at the top, with the pages under it.
 *
 * <p>Read as the theme's 0.10 reads its front matter; the menu is the handbook's nav, as a SUMMARY.md's is
 * ({@link SummaryFile#nested}).
 */
final class JustTheDocsMenu {

    static final String UNKNOWN_PARENT = "nav.unknown-parent";
    /** The theme's name as {@code theme:} or {@code remote_theme:} gives it ({@code just-the-docs/just-the-docs@v0.8.2}). */
    private static final String THEME = "just-the-docs";

    private final SummaryFile listing;
    private final Set<String> outside;

    private JustTheDocsMenu(SummaryFile listing, Set<String> outside) {
        this.listing = listing;
        this.outside = outside;
    }

    /** The menu's pages in reading order, each nested under its parent. */
    SummaryFile listing() {
        return listing;
    }

    /** The pages the theme leaves out of its menu ({@code nav_exclude: true}, no {@code title:}, under such a page). */
    Set<String> outside() {
        return outside;
    }

    /**
     * Whether the pages are a just-the-docs site's: its _config.yml names the theme ({@code theme:} or
     * {@code remote_theme:}), or a page says it has pages under it ({@code has_children: true}), or one's {@code parent:}
     * names another's title. Another site whose pages happen to have a {@code parent:} key keeps its folders.
     */
    static boolean isSite(List<Page> pages, JekyllSite jekyll) {
        if (jekyll.setting("theme").contains(THEME) || jekyll.setting("remote_theme").contains(THEME)) {
            return true;
        }
        Set<String> titles = new HashSet<>();
        pages.forEach(page -> titles.add(titleOf(page)));
        return pages.stream().map(page -> page.meta().menuPlace())
                .anyMatch(place -> Boolean.TRUE.equals(place.hasChildren()) || place.parent() != null && titles.contains(place.parent()));
    }

    /**
     * The menu the pages' front matter gives, saying which {@code parent:} names no page ({@link #UNKNOWN_PARENT}); none
     * when it would list no page but the home page: a site of the theme whose pages have no {@code title:} (their
     * headings name them) keeps its folders, rather than a menu the theme too leaves empty.
     */
    static Optional<JustTheDocsMenu> read(List<Page> pages, JekyllSite jekyll, Findings findings) {
        Findings said = new Findings();
        boolean caseInsensitive = "case_insensitive".equals(jekyll.setting("nav_sort"));
        // The site's own pages, then each collection the theme lists (just_the_docs: collections:), each a menu of its own
        // whose parent: titles are its pages', under the collection's name when there is more than one such menu.
        List<JekyllSite.MenuCollection> collections = jekyll.menuCollections();
        Map<String, JekyllSite.MenuCollection> byFolder = new LinkedHashMap<>();
        collections.forEach(c -> byFolder.put(c.folder(), c));
        List<Page> own = pages.stream().filter(p -> !byFolder.containsKey(topFolder(p))).toList();
        Tree main = new Builder(own, false, caseInsensitive, said).build();
        List<String> order = new ArrayList<>(main.order());
        Map<String, String> parentOf = new LinkedHashMap<>(main.parentOf());
        Set<String> outside = new HashSet<>(main.outside());
        Map<String, SummaryFile.Part> parts = new LinkedHashMap<>();
        boolean named = collections.stream().filter(c -> !c.excluded()).count() > 1 || !main.order().isEmpty();
        for (JekyllSite.MenuCollection collection : collections) {
            List<Page> in = pages.stream().filter(p -> topFolder(p).equals(collection.folder())).toList();
            if (collection.excluded()) {
                in.forEach(p -> outside.add(p.path()));
                continue;
            }
            Tree tree = new Builder(in, true, caseInsensitive, said).build();
            order.addAll(tree.order());
            parentOf.putAll(tree.parentOf());
            outside.addAll(tree.outside());
            if (named) {
                SummaryFile.Part part = new SummaryFile.Part(collection.name(), SiteConfigFiles.JEKYLL, collection.line());
                tree.order().stream().filter(path -> !tree.parentOf().containsKey(path)).forEach(path -> parts.put(path, part));
            }
        }
        if (order.size() < 2) {
            return Optional.empty();
        }
        said.sorted().forEach(findings::add);
        return Optional.of(new JustTheDocsMenu(SummaryFile.nested(order, parentOf, parts), Set.copyOf(outside)));
    }

    /** The folder at the top of the content folder the page is in ({@code _guides}); "" for a page at the top. */
    private static String topFolder(Page page) {
        int slash = page.path().indexOf('/');
        return slash < 0 ? "" : page.path().substring(0, slash);
    }

    /** One menu's pages in reading order, the page each is under, and those left out of it. */
    private record Tree(List<String> order, Map<String, String> parentOf, Set<String> outside) {
    }

    /** The title the theme names a page by: its front matter's; null without one. */
    private static String titleOf(Page page) {
        String title = page.meta().title();
        return title == null || title.isBlank() ? null : title;
    }

    /** Walks the pages from the top as the theme's menu does, each placed once. */
    private static final class Builder {
        private final List<Page> titled = new ArrayList<>();
        private final List<Page> untitled = new ArrayList<>();
        /** The pages naming each title as their parent, by that title; the top's under "". */
        private final Map<String, List<Page>> byParent = new LinkedHashMap<>();
        private final Map<String, List<Page>> byTitle = new LinkedHashMap<>();
        private final Set<String> topTitles = new HashSet<>();
        /** The pages placed, by path: the pages under each, in order; the top's under null. */
        private final Map<String, List<String>> under = new LinkedHashMap<>();
        private final Set<String> placed = new HashSet<>();
        private final Comparator<Page> siblings;
        private final Findings findings;

        /** Whether the pages are a collection's, which Jekyll titles by their file's name when they give no title:. */
        private final boolean collection;

        Builder(List<Page> pages, boolean collection, boolean caseInsensitive, Findings findings) {
            this.collection = collection;
            this.findings = findings;
            this.siblings = siblingOrder(caseInsensitive);
            for (Page page : pages) {
                String title = title(page);
                if (title == null) {
                    untitled.add(page);
                    continue;
                }
                titled.add(page);
                String parent = page.meta().menuPlace().parent();
                byParent.computeIfAbsent(parent == null ? "" : parent, p -> new ArrayList<>()).add(page);
                byTitle.computeIfAbsent(title, t -> new ArrayList<>()).add(page);
                if (parent == null) {
                    topTitles.add(title);
                }
            }
        }

        Tree build() {
            walk(sorted(byParent.getOrDefault("", List.of())), List.of(), null);
            // A page whose parent: finds no page the menu shows it under: said, and listed under its folder, until none is
            // left (one listed so may be the parent of another).
            for (boolean more = true; more; ) {
                more = false;
                for (Page page : titled.stream().sorted(Comparator.comparing(Page::path)).toList()) {
                    if (placed.contains(page.path()) || page.meta().menuPlace().excluded()) {
                        continue;
                    }
                    Optional<Page> folder = folderPage(page);
                    if (misplaced(page, folder.map(p -> "under '" + title(p) + "' (" + p.path() + "), its folder's page")
                            .orElse("at the menu's top"))) {
                        walk(List.of(page), List.of(), folder.map(Page::path).orElse(null));
                        more = true;
                    }
                }
            }
            List<String> order = new ArrayList<>();
            Map<String, String> parentOf = new LinkedHashMap<>();
            preorder(null, order, parentOf);
            Set<String> outside = new HashSet<>();
            titled.stream().map(Page::path).filter(path -> !placed.contains(path)).forEach(outside::add);
            untitled.stream().map(Page::path).forEach(outside::add);
            return new Tree(order, parentOf, outside);
        }

        /** The title the theme names the page by: its front matter's; a collection's page without one by its own. */
        private String title(Page page) {
            String own = titleOf(page);
            return own == null && collection ? page.title() : own;
        }

        /** Places the pages in order under {@code parent} (null: the top), each over the pages under it. */
        private void walk(List<Page> pages, List<String> ancestors, String parent) {
            for (Page page : pages) {
                JustTheDocsPlace place = page.meta().menuPlace();
                String title = title(page);
                // The theme shows a page of an ancestor's title as a broken link; and a page is in the menu once.
                if (place.excluded() || ancestors.contains(title) || !placed.add(page.path())) {
                    continue;
                }
                under.computeIfAbsent(parent, p -> new ArrayList<>()).add(page.path());
                if (place.childless()) {
                    continue;
                }
                List<Page> children = new ArrayList<>(sorted(byParent.getOrDefault(title, List.of()).stream()
                        .filter(child -> isChildOf(child, page, ancestors)).toList()));
                if (place.reversed()) {
                    java.util.Collections.reverse(children);
                }
                List<String> below = new ArrayList<>(ancestors);
                below.add(title);
                walk(children, List.copyOf(below), page.path());
            }
        }

        /**
         * Whether the theme lists {@code child} (whose parent: is {@code node}'s title) under {@code node}: its
         * grand_parent: must be node's parent, its ancestor: one of node's own; and one that names neither, whose parent
         * is also a top page's title, sits under that top page, not under a deeper one of the same title.
         */
        private boolean isChildOf(Page child, Page node, List<String> ancestors) {
            JustTheDocsPlace place = child.meta().menuPlace();
            if (place.grandParent() != null && !place.grandParent().equals(node.meta().menuPlace().parent())) {
                return false;
            }
            if (place.ancestor() != null && !place.ancestor().equals(title(node)) && !ancestors.contains(place.ancestor())) {
                return false;
            }
            return place.grandParent() != null || place.ancestor() != null || !topTitles.contains(place.parent()) || ancestors.isEmpty();
        }

        /**
         * Whether the page's parent: leaves it out of the menu by mistake, said if so: it names no page's title, or only
         * pages in the menu that its grand_parent: or ancestor: rules out. Not a page under one the author left out
         * (nav_exclude, has_children: false), which the theme leaves out too, as meant.
         */
        private boolean misplaced(Page page, String listed) {
            JustTheDocsPlace place = page.meta().menuPlace();
            List<Page> named = byTitle.getOrDefault(place.parent(), List.of());
            if (named.isEmpty()) {
                Optional<Page> nearest = nearest(place.parent());
                String unseen = nearest.map(p -> unseenDifference(title(p), place.parent())).orElse("");
                findings.warning(page.path(), place.parentLine(), UNKNOWN_PARENT, "'parent: " + place.parent() + "' names no page's"
                                + " title" + unseen + ", so just-the-docs leaves this page out of its menu; here it is listed " + listed,
                        nearest.map(p -> "write the title of the page it belongs under as that page gives it: the nearest is '"
                                        + title(p) + "' (" + p.path() + ")" + (unseen.isEmpty() ? "" : "; copy it from that page's front matter"))
                                .orElse("write the title of the page it belongs under exactly as that page's title: gives it,"
                                        + " or remove parent: to put the page at the menu's top"));
                return true;
            }
            List<Page> shown = named.stream().filter(p -> placed.contains(p.path()) && !p.meta().menuPlace().childless()).toList();
            if (shown.isEmpty()) {
                return false; // under a page left out of the menu, or not yet listed
            }
            String parents = String.join(", ", shown.stream().map(p -> p.meta().menuPlace().parent() == null ? "the top"
                    : "'" + p.meta().menuPlace().parent() + "'").distinct().toList());
            findings.warning(page.path(), place.parentLine(), UNKNOWN_PARENT, "'parent: " + place.parent() + "' names a page"
                            + " the menu shows under " + parents + ", but "
                            + (place.grandParent() != null ? "'grand_parent: " + place.grandParent() + "' names another"
                            : place.ancestor() != null ? "'ancestor: " + place.ancestor() + "' names none above it"
                            : "this page's title is that of a page above it") + ", so just-the-docs leaves this page out of its"
                            + " menu; here it is listed under its folder",
                    place.grandParent() != null || place.ancestor() != null
                            ? "write the parent's own parent's title there (" + parents + "), or remove it"
                            : "give this page a title of its own");
            return true;
        }

        /**
         * The own page of the page's folder, or of the nearest folder above, when the menu shows it: where the page's
         * folder would have put it; none (the top) for none, or for the home page's folder.
         */
        private Optional<Page> folderPage(Page page) {
            for (String folder = page.folder(); !folder.isEmpty(); folder = SitePath.folderOf(folder)) {
                String in = folder;
                Optional<Page> own = titled.stream().filter(p -> p.folder().equals(in) && p != page && placed.contains(p.path())
                        && Handbook.folderPageRank(p.fileName()) >= 0).findFirst();
                if (own.isPresent()) {
                    return own;
                }
            }
            return Optional.empty();
        }

        /** The title the parent: was meant to name: the same to the eye, else one or a few characters away. */
        private Optional<Page> nearest(String parent) {
            String wanted = loose(parent);
            List<Page> same = titled.stream().filter(p -> loose(title(p)).equals(wanted)).toList();
            if (!same.isEmpty()) {
                return Optional.of(same.get(0));
            }
            Optional<String> near = EditDistance.nearest(parent, byTitle.keySet());
            return near.map(title -> byTitle.get(title).get(0));
        }

        private void preorder(String parent, List<String> order, Map<String, String> parentOf) {
            for (String path : under.getOrDefault(parent, List.of())) {
                order.add(path);
                if (parent != null) {
                    parentOf.put(path, parent);
                }
                preorder(path, order, parentOf);
            }
        }

        private List<Page> sorted(List<Page> pages) {
            return pages.stream().sorted(siblings).toList();
        }
    }

    /**
     * A title as the eye reads it: without spaces, format characters (zero-width joiners, marks of direction) and
     * variation selectors, in one case: "✍ ️Writers" and "✍️Writers" are one.
     */
    static String loose(String title) {
        String normal = Normalizer.normalize(title, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        normal.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * How a title and a parent: the eye reads as one ({@link #loose}) differ: the characters that are hard to see in
     * each, named ({@code , with U+0020 SPACE before U+FE0F … where parent: has none}); "" when they differ otherwise.
     */
    static String unseenDifference(String title, String parent) {
        if (!loose(title).equals(loose(parent)) || title.equals(parent)) {
            return "";
        }
        String inTitle = unseen(title);
        String inParent = unseen(parent);
        if (inTitle.equals(inParent)) {
            return " (it differs from '" + title + "' only in case or in a character's form)";
        }
        return " (it differs from '" + title + "' only in characters that are hard to see: the title has "
                + (inTitle.isEmpty() ? "none" : inTitle) + ", the parent: " + (inParent.isEmpty() ? "none" : inParent) + ")";
    }

    /** The characters {@link #loose} passes by, named in order ({@code U+0020 SPACE, U+FE0F VARIATION SELECTOR-16}). */
    private static String unseen(String text) {
        List<String> names = new ArrayList<>();
        text.codePoints().filter(c -> loose(new String(Character.toChars(c))).isEmpty())
                .forEach(c -> names.add(String.format(java.util.Locale.ROOT, "U+%04X %s", c, java.util.Objects.requireNonNullElse(Character.getName(c), "")).strip()));
        return String.join(", ", names);
    }

    /**
     * The theme's order of sibling pages: those with a nav_order written as a number, by it; then those with one written
     * as text, as text; then those without, by title: titles written as numbers first, by value, then the others as
     * text. Text is compared character by character (as Ruby does, capitals before small letters), or regardless of case
     * for a site whose _config.yml says {@code nav_sort: case_insensitive}. The theme leaves equals in any order: here
     * the title, then the path, decide.
     */
    static Comparator<Page> siblingOrder(boolean caseInsensitive) {
        Comparator<String> text = caseInsensitive ? Comparator.comparing(JustTheDocsMenu::asciiLower, JustTheDocsMenu::byCodePoint)
                : JustTheDocsMenu::byCodePoint;
        Comparator<Page> order = Comparator.comparingInt(JustTheDocsMenu::group);
        return order.thenComparing(page -> sortNumber(page), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(page -> sortText(page), Comparator.nullsLast(text))
                .thenComparing(page -> titleOf(page), Comparator.nullsLast(text))
                .thenComparing(Page::path);
    }

    /** 0: a nav_order number, 1: a nav_order text, 2: a title number, 3: a title text. */
    private static int group(Page page) {
        JustTheDocsPlace place = page.meta().menuPlace();
        return place.navNumber() != null ? 0 : place.navText() != null ? 1 : place.titleNumber() != null ? 2 : 3;
    }

    private static Double sortNumber(Page page) {
        JustTheDocsPlace place = page.meta().menuPlace();
        return place.navNumber() != null ? place.navNumber() : place.navText() == null ? place.titleNumber() : null;
    }

    private static String sortText(Page page) {
        return page.meta().menuPlace().navText();
    }

    /** Liquid's sort_natural folds only the letters A to Z. */
    private static String asciiLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c));
        return out.toString();
    }

    /** By code point, as Ruby compares UTF-8 text byte by byte (Java's compareTo puts some emoji before other characters). */
    private static int byCodePoint(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
