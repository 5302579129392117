package org.handbookpress.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbookpress.content.Kind;
import org.handbookpress.content.Page;

/**
 * The pages of one folder that a page's pager (previous, next) and chapter number count: the folder's
 * pages in reading order, without its index page. Made once per folder, so that each page finds its place
 * by a lookup rather than by filtering and searching its folder, which made a 500-page folder cost
 * 500 steps for each of its pages.
 */
final class FolderPages {

    private final List<Page> siblings;
    private final List<Page> chapters;
    private final Map<String, Integer> siblingByPath;
    private final Map<String, Integer> chapterByPath;

    /** @param folderPage the folder's own page (its index.md, or a README.md in its place), which the pager leaves out */
    FolderPages(List<Page> inFolder, java.util.Optional<Page> folderPage) {
        String own = folderPage.map(Page::path).orElse("");
        this.siblings = inFolder.stream().filter(x -> !x.path().equals(own)).toList();
        this.chapters = siblings.stream().filter(x -> x.kind() == Kind.CHAPTER).toList();
        this.siblingByPath = firstByPath(siblings);
        this.chapterByPath = firstByPath(chapters);
    }

    List<Page> siblings() {
        return siblings;
    }

    /** The folder's chapters, in reading order. */
    List<Page> chapters() {
        return chapters;
    }

    /** The page's index among the siblings, as {@code siblings().indexOf(page)}: -1 when it is not among them. */
    int indexOf(Page page) {
        return indexIn(siblings, siblingByPath, page);
    }

    /** The page's number among the folder's chapters (from 1), as {@code chapters.indexOf(page) + 1}. */
    int chapterNumber(Page page) {
        return indexIn(chapters, chapterByPath, page) + 1;
    }

    private static Map<String, Integer> firstByPath(List<Page> pages) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = pages.size() - 1; i >= 0; i--) {
            out.put(pages.get(i).path(), i);
        }
        return out;
    }

    private static int indexIn(List<Page> pages, Map<String, Integer> firstByPath, Page page) {
        Integer at = firstByPath.get(page.path());
        if (at == null) {
            return -1;
        }
        // Paths are unique, but equal also means the same contents: a page that differs from the folder's
        // (edited in the preview after the navigation was made) gets whatever indexOf says, normally -1.
        return pages.get(at).equals(page) ? at : pages.indexOf(page);
    }
}
