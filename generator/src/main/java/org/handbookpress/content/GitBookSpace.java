package org.handbookpress.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbookpress.files.SitePath;
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

    /** The old addresses its {@code redirects:} keep working. */
    private final MovedPages moved;
    /** The table of contents' name, when {@code structure: summary:} gives one that is read ({@link #summaryName}). */
    private final String summary;

    private GitBookSpace(MovedPages moved, String summary) {
        this.moved = moved;
        this.summary = summary;
    }

    static final GitBookSpace NONE = new GitBookSpace(MovedPages.NONE, null);

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
        String summary = settings.get().section("structure").map(s -> s.foreignText("summary")).map(SitePath::fromTop)
                .filter(name -> !name.isEmpty() && !name.contains("/") && Page.isPageFile(name)).orElse(null);
        Optional<YamlMap> redirects = settings.get().section("redirects");
        List<MovedPages.Redirect> read = new ArrayList<>();
        for (String old : redirects.map(YamlMap::keys).orElse(java.util.Set.of())) {
            String target = redirects.get().foreignText(old);
            if (target == null || old.contains("#") || old.contains("?") || old.isBlank()) {
                continue;
            }
            int hash = target.indexOf('#');
            read.add(new MovedPages.Redirect("/" + SitePath.fromTop(old), SitePath.fromTop(hash < 0 ? target : target.substring(0, hash)), redirects.get().lineOf(old)));
        }
        return new GitBookSpace(new MovedPages(FILE, "redirects", "the content folder", read), summary);
    }

    /** What the build's record of its inputs holds of the file, so that an edit to it builds again (it is a hidden file). */
    public static String describe(Path contentDir) {
        return InputFiles.describe(InputFiles.nearby(contentDir, List.of(FILE), List.of(FILE)));
    }

    /** The pages with the old addresses .gitbook.yaml gives them added ({@link MovedPages#apply(List, Findings)}). */
    List<Page> apply(List<Page> pages, Findings findings) {
        return moved.apply(pages, findings);
    }

    /** One page read again on its own (the preview's update after an edit), with the old addresses the file gives it. */
    Page apply(Page page) {
        return moved.apply(page);
    }
}
