package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbookpress.findings.Findings;

/**
 * What a GitBook space's {@code .gitbook.yaml} says of its pages: the folder they are in ({@code root: ./docs/},
 * {@link #rootFolder}), the name of its table of contents ({@code structure: summary: NAV.md}, {@link #summaryName}), and
 * the old addresses it keeps working ({@code redirects:}).
 *
 * <p>The old addresses a GitBook space lists in its {@code .gitbook.yaml} ({@code redirects: old/page: new/page.md}), as
 * GitBook keeps a moved page's address working: each becomes the target page's old address, as if the page listed it under
 * {@code redirect-from:}, so that links, bookmarks and leaflets giving it still reach the page. Paths on both sides are
 * from the top of the space (a {@code /} or {@code ./} before them changes nothing). An old address with a {@code #}
 * names a place in a page, which only GitBook's own site can send a reader on from: it is left out. A target that is no
 * page, or an old address that a page or folder has now, is said at its line of the file.
 */
public final class GitBookSpace {

    static final String FILE = ".gitbook.yaml";

    /** One redirect as listed: the old address (from the top, with {@code /}), the target page's path, and its line. */
    private record Redirect(String from, String to, int line) {
    }

    private final Map<String, List<String>> byTarget;
    private final List<Redirect> redirects;
    /** The table of contents' name, when {@code structure: summary:} gives one that is read ({@link #summaryName}). */
    private final String summary;

    private GitBookSpace(List<Redirect> redirects, String summary) {
        this.redirects = List.copyOf(redirects);
        this.summary = summary;
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        redirects.forEach(r -> byTarget.computeIfAbsent(r.to(), t -> new ArrayList<>()).add(r.from()));
        this.byTarget = byTarget;
    }

    static final GitBookSpace NONE = new GitBookSpace(List.of(), null);

    /** The space's file, which may name the folder of its pages ({@code root: ./docs/}). */
    private static final FolderSetting ROOT = new FolderSetting(FILE, "root");

    /**
     * The folder of pages a space's {@code .gitbook.yaml} names ({@code root: ./docs/}), inside the content folder and not
     * the content folder itself; empty when it names none.
     */
    static Optional<Path> rootFolder(Path contentDir) {
        return ROOT.inside(contentDir);
    }

    /**
     * The space's {@code .gitbook.yaml}: the content folder's, or the one beside it whose {@code root:} is the content
     * folder (its redirects' paths are from there).
     */
    private static Optional<YamlMap> file(Path contentDir) {
        return ROOT.settings(contentDir);
    }

    /**
     * The file that is the space's table of contents when {@code structure: summary:} names one other than SUMMARY.md
     * ({@code NAV.md}), at the top of the folder of pages; empty otherwise (one in a folder of its own is not read).
     */
    Optional<String> summaryName() {
        return Optional.ofNullable(summary);
    }

    /** What the space's {@code .gitbook.yaml} ({@link #file}) says of its pages; nothing when there is no such file. */
    static GitBookSpace of(Path contentDir) {
        Optional<YamlMap> settings = file(contentDir);
        if (settings.isEmpty()) {
            return NONE;
        }
        String summary = settings.get().section("structure").map(s -> s.foreignText("summary")).map(GitBookSpace::fromTop)
                .filter(name -> !name.isEmpty() && !name.contains("/") && Page.isPageFile(name)).orElse(null);
        Optional<YamlMap> redirects = settings.get().section("redirects");
        List<Redirect> read = new ArrayList<>();
        for (String old : redirects.map(YamlMap::keys).orElse(java.util.Set.of())) {
            String target = redirects.get().foreignText(old);
            if (target == null || old.contains("#") || old.contains("?") || old.isBlank()) {
                continue;
            }
            int hash = target.indexOf('#');
            read.add(new Redirect("/" + fromTop(old), fromTop(hash < 0 ? target : target.substring(0, hash)), redirects.get().lineOf(old)));
        }
        return new GitBookSpace(read, summary);
    }

    /** What the build's record of its inputs holds of the file, so that an edit to it builds again (it is a hidden file). */
    public static String describe(Path contentDir) {
        return InputFiles.describe(InputFiles.nearby(contentDir, List.of(FILE), List.of(FILE)));
    }

    /** A path from the top of the space, without the {@code /} or {@code ./} before it. */
    private static String fromTop(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        return p;
    }

    /**
     * The pages with the old addresses {@code .gitbook.yaml} gives them added to those they list. A redirect to no page, or
     * from the address a page or a folder of pages has now (which the site serves there), is said at its line of the file
     * and left out.
     */
    List<Page> apply(List<Page> pages, Findings findings) {
        if (redirects.isEmpty()) {
            return pages;
        }
        Set<String> paths = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Page page : pages) {
            paths.add(page.path());
            String address = page.url().replaceFirst("(?:/?index)?\\.html$", "");
            taken.add(address.toLowerCase(Locale.ROOT));
            for (String folder = page.folder(); !folder.isEmpty(); folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "") {
                taken.add(folder.toLowerCase(Locale.ROOT)); // a folder's index page, its own or generated
            }
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Redirect r : redirects) {
            String key = r.from().substring(1).replaceFirst("(?:/?index)?(?:\\.html?)?/?$", "").toLowerCase(Locale.ROOT);
            if (!paths.contains(r.to())) {
                findings.warning(FILE, r.line(), "page.redirect-invalid", "the redirect from '" + r.from() + "' goes to '" + r.to()
                                + "', which is no page of the handbook, so that address sends no one on",
                        "give the path of the page it moved to, from the top of the content folder, or remove the redirect");
            } else if (taken.contains(key)) {
                findings.warning(FILE, r.line(), "page.redirect-taken", "the redirect from '" + r.from() + "' is from the address of a"
                                + " page or folder of this handbook, which the site serves there instead",
                        "remove the redirect, or rename the page or folder that has the address");
            } else {
                kept.computeIfAbsent(r.to(), t -> new ArrayList<>()).add(r.from());
            }
        }
        return pages.stream().map(page -> withOldAddresses(page, kept.get(page.path()))).toList();
    }

    /** One page read again on its own (the preview's update after an edit), with the old addresses the file gives it. */
    Page apply(Page page) {
        return withOldAddresses(page, byTarget.get(page.path()));
    }

    private static Page withOldAddresses(Page page, List<String> old) {
        if (old == null) {
            return page;
        }
        FrontMatter meta = page.meta();
        List<String> all = new ArrayList<>(meta.names().redirectFrom());
        all.addAll(old);
        FrontMatter moved = meta.withNames(new PageNames(meta.names().aliases(), List.copyOf(all), meta.names().navTitle()));
        return new Page(page.path(), page.url(), page.file(), moved, page.title(), page.markdown(), page.bodyLine());
    }
}
