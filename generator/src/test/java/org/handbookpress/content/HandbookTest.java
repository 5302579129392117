package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbookpress.testing.PageFixture;
import org.junit.jupiter.api.Test;

/** Looking pages up: by path and its other spellings, a folder's own page, the glossary; the first in reading order. */
class HandbookTest {

    private static Page page(String path) {
        return PageFixture.page(path, "# " + path + "\n");
    }

    /** A page published at another address than its path's ({@code about.en.md} at {@code about.html}). */
    private static Page at(String path, String url) {
        Page p = page(path);
        return new Page(p.path(), url, p.file(), p.meta(), p.title(), p.markdown(), p.bodyLine());
    }

    private static Handbook handbook(Page... pages) {
        return new Handbook(Path.of("content"), HandbookConfig.defaults(), List.of(pages), List.of());
    }

    private static String path(Optional<Page> page) {
        return page.map(Page::path).orElse(null);
    }

    @Test
    void findsAPageByItsPathOrAnotherSpelling() {
        Handbook handbook = handbook(page("index.md"), page("guide/a.mdx"), page("guide/a.qmd"), page("b.md"), at("about.en.md", "about.html"));
        assertEquals("b.md", path(handbook.page("b.md")));
        assertEquals("guide/a.mdx", path(handbook.page("guide/a.md")), "the first spelling in reading order");
        assertEquals("b.md", path(handbook.page("b.mdx")), "and back: an .mdx link finds the .md page");
        assertEquals("about.en.md", path(handbook.page("about.md")), "a page of the handbook's language at that address");
        assertEquals(null, path(handbook.page("missing.md")));
        assertEquals(null, path(handbook.page("images/x.png")), "not a page's spelling");
    }

    @Test
    void aFolderShowsItsIndexBeforeHugosIndexBeforeItsReadme() {
        Handbook handbook = handbook(page("README.md"), page("a/README.md"), page("a/_index.md"), page("b/readme.md"),
                page("c/x.md"), page("Home.md"));
        assertEquals("README.md", path(handbook.folderPage("")));
        assertEquals("a/_index.md", path(handbook.folderPage("a")));
        assertEquals("b/readme.md", path(handbook.folderPage("b")), "README in any case, as GitHub finds it");
        assertEquals(null, path(handbook.folderPage("c")));
        assertEquals(Optional.of("index.html"), handbook.readmeCopy(handbook.page("README.md").orElseThrow()));
        assertEquals(Optional.empty(), handbook.readmeCopy(handbook.page("a/README.md").orElseThrow()), "not the folder's page");
        assertEquals("Home.md", path(handbook(page("Home.md"), page("x.md")).folderPage("")), "a wiki's front page");
        assertEquals("index.md", path(handbook(page("Home.md"), page("index.md")).folderPage("")));
    }

    @Test
    void theGlossaryIsTheFirstPageOfItsKind() {
        Page glossary = PageFixture.page("words.md", "---\nkind: glossary\n---\n# Words\n");
        assertEquals("words.md", path(handbook(page("index.md"), glossary).glossary()));
        assertEquals(null, path(handbook(page("index.md")).glossary()));
    }

    /** The pages are the handbook's own: a list changed afterwards changes neither them nor what is found. */
    @Test
    void keepsItsOwnListOfPages() {
        List<Page> pages = new ArrayList<>(List.of(page("a.md")));
        Handbook handbook = new Handbook(Path.of("content"), HandbookConfig.defaults(), pages, List.of());
        pages.add(page("b.md"));
        assertEquals(1, handbook.pages().size());
        assertEquals(null, path(handbook.page("b.md")));
    }
}
