package org.handbookpress.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbookpress.files.SitePath;

/**
 * A folder's README.md (or Hugo's _index.md) that is its folder's own page ({@link Handbook#folderPage}) is published at
 * the folder's address, {@code index.html}, as mdBook, MkDocs, GitBook and Hugo publish it, and every link the site
 * writes to it (menu, breadcrumbs, pager, search, a page's link to {@code README.md} or to the folder) goes there. The
 * page was at {@code README.html}, shown again at {@code index.html}: the menu and a link to README.md led to one, the
 * breadcrumbs' home and a link to the folder to the other, so a reader on one saw no entry of the menu marked as the
 * page they were on (Mozilla's localizer documentation, an mdBook of README chapters). {@code README.html} is still
 * written, the same page ({@link Handbook#readmeCopy}), so an address read before stays good.
 */
final class FolderReadmes {

    private FolderReadmes() {
    }

    /**
     * The pages, each folder's README or _index.md that is its own page at its folder's address, unless that address is
     * another page's or file's ({@code taken}: a Jupyter Book's root published at the top, a folder's index.html kept
     * as it is).
     *
     * @param topTaken whether the top folder's own page is another (a Jupyter Book's root): its README is then one page
     *                 among the others
     */
    static List<Page> atFolderAddress(List<Page> pages, Set<String> taken, boolean topTaken) {
        Map<String, String> own = ownPages(pages.stream().map(Page::path).toList());
        Set<String> used = new java.util.HashSet<>(taken);
        pages.forEach(page -> used.add(page.url()));
        return pages.stream().map(page -> moved(page, own, used, topTaken)).toList();
    }

    /**
     * The page, at its folder's address when it is a README or _index.md the pages at {@code paths} leave to be its
     * folder's own page: for a page read again on its own (the preview's), which keeps the address the build gave it.
     */
    static Page atFolderAddress(Page page, List<String> paths, boolean topTaken) {
        return moved(page, ownPages(paths), Set.of(), topTaken);
    }

    private static Page moved(Page page, Map<String, String> own, Set<String> used, boolean topTaken) {
        if (!isWikiHome(page, own) && (Handbook.folderPageRank(page.fileName()) <= 0 || !page.path().equals(own.get(page.folder())))
                || topTaken && page.folder().isEmpty()) {
            return page;
        }
        String address = folderAddressOf(page);
        if (address.equals(page.url()) || used.contains(address)) {
            return page;
        }
        return new Page(page.path(), address, page.file(), page.meta(), page.title(), page.markdown(), page.bodyLine());
    }

    /**
     * Whether the page is a GitHub wiki's Home.md that is the handbook's front page (no index.md, _index.md or README.md
     * at the top, {@link Handbook#folderPage}): published at index.html, as a README is, where every link to it goes. It
     * was at Home.html, shown again at index.html: the menu, the pager and [[Home]] led to one, the site's title to the
     * other, and a sitemap listed both.
     */
    private static boolean isWikiHome(Page page, Map<String, String> own) {
        return page.path().equals(Handbook.WIKI_HOME) && !own.containsKey("");
    }

    /** The index.html of the folder the page is published in (a moved folder's, {@code modules/} for {@code _modules/}). */
    static String folderAddressOf(Page page) {
        String folder = SitePath.folderOf(page.url());
        return folder.isEmpty() ? "index.html" : folder + "/index.html";
    }

    /** Each folder's own page's path among {@code paths}, as {@link Handbook#folderPages} finds it, by folder. */
    private static Map<String, String> ownPages(List<String> paths) {
        return Handbook.folderOwn(paths, path -> path);
    }
}
