package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.handbookpress.content.Page;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/** A page's place in its folder, looked up, is what searching the folder's filtered list gave. */
class FolderPagesTest {

    @Test
    void placesAndChapterNumbersAreThoseOfTheSearch() {
        List<Page> folder = new ArrayList<>();
        folder.add(PageFixture.page("guide/index.md", "# Guide\n"));
        for (int i = 1; i <= 12; i++) {
            String kind = i % 3 == 0 ? "---\nkind: chapter\n---\n" : "";
            folder.add(PageFixture.page("guide/p" + i + ".md", kind + "# Page " + i + "\n\nText " + i + ".\n"));
        }
        FolderPages pages = new FolderPages(folder, java.util.Optional.of(folder.get(0))); // its index.md, as the navigation gives
        List<Page> siblings = folder.stream().filter(x -> !x.fileName().equals("index.md") && !x.isHome()).toList();
        List<Page> chapters = siblings.stream().filter(x -> x.kind() == org.handbookpress.content.Kind.CHAPTER).toList();
        assertEquals(siblings, pages.siblings());
        assertEquals(4, chapters.size());
        Page edited = PageFixture.page("guide/p4.md", "# Page 4\n\nText edited.\n");
        Page elsewhere = PageFixture.page("other/p4.md", "# Page 4\n\nText 4.\n");
        List<Page> asked = new ArrayList<>(folder);
        asked.add(edited);
        asked.add(elsewhere);
        asked.add(PageFixture.page("guide/p3.md", "---\nkind: chapter\n---\n# Page 3\n\nText 3.\n"));
        for (Page page : asked) {
            assertEquals(siblings.indexOf(page), pages.indexOf(page), page.path());
            assertEquals(chapters.indexOf(page) + 1, pages.chapterNumber(page), page.path());
        }
        assertEquals(-1, pages.indexOf(edited));
        assertEquals(2, pages.indexOf(asked.get(asked.size() - 1)), "an equal copy is found, as indexOf finds it");
    }
}
