package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BookdownFileTest {

    private static final List<String> PAGES = List.of("apple.Rmd", "index.Rmd", "notes/zebra.Rmd");

    @Test
    void rmdFilesListsTheChaptersInItsOrder() {
        SummaryFile listed = BookdownFile.read("rmd_files:\n  - index.Rmd\n  - notes/zebra.Rmd\n  - apple.Rmd\n  - missing.Rmd\n", PAGES).orElseThrow();
        assertEquals(0, listed.rank("index.Rmd"));
        assertEquals(1, listed.rank("notes/zebra.Rmd"));
        assertEquals(2, listed.rank("apple.Rmd"));
    }

    /** One list per output: the site is bookdown's HTML book, not its PDF. */
    @Test
    void theHtmlListIsTheSites() {
        SummaryFile listed = BookdownFile.read("rmd_files:\n  html: [\"index.Rmd\", \"apple.Rmd\"]\n  latex: [\"index.Rmd\", \"notes/zebra.Rmd\"]\n",
                PAGES).orElseThrow();
        assertEquals(1, listed.rank("apple.Rmd"));
        assertEquals(null, listed.rank("notes/zebra.Rmd"));
    }

    /** A book's files as bookdown's own tests lay them out: chapters at the top, in sub-folders, and files it never takes. */
    private static final List<String> BOOK = List.of("index.Rmd", "01-first.Rmd", "_ignored.Rmd", "README.md", "subdir/other.Rmd",
            "subdir/_ignore.Rmd", "subdir2/last.Rmd", "abc/def.Rmd", "abc/ghi.Rmd", "abc/jkl.md");

    /** The chapters a _bookdown.yml makes of {@link #BOOK}, in their order; none when it says nothing of them. */
    private static List<String> chapters(String yaml) {
        return BookdownFile.read(yaml, BOOK).map(listed -> BOOK.stream().filter(p -> listed.rank(p) != null)
                .sorted(java.util.Comparator.comparing(listed::rank)).toList()).orElse(List.of());
    }

    /**
     * rmd_subdir: takes the chapters in sub-folders too, after those at the top (or those rmd_files: lists): of every
     * folder by path for true, of the folders it names in their order; .md files only with include_md:, never a file
     * whose name starts with '_'. It was not read: a book's chapters in folders were left out of its menu as pages
     * rmd_files: does not list, or, without rmd_files:, were in the menu as folders in the order of their titles.
     */
    @Test
    void rmdSubdirAddsTheChaptersInSubFolders() {
        assertEquals(List.of("index.Rmd", "01-first.Rmd", "abc/def.Rmd", "abc/ghi.Rmd", "subdir/other.Rmd", "subdir2/last.Rmd"),
                chapters("rmd_subdir: true\n"),
                "the top's first, then every sub-folder's, by path");
        assertEquals(List.of("index.Rmd", "01-first.Rmd", "subdir2/last.Rmd", "abc/def.Rmd", "abc/ghi.Rmd"),
                chapters("rmd_subdir: [\"subdir2\", \"abc/\"]\n"), "the folders in the order it lists them");
        assertEquals(List.of("index.Rmd", "01-first.Rmd", "subdir/other.Rmd"), chapters("rmd_subdir: subdir\n"), "one folder alone");
        assertEquals(List.of("01-first.Rmd", "subdir/other.Rmd"), chapters("rmd_files: [\"01-first.Rmd\", \"_ignored.Rmd\"]\nrmd_subdir: [subdir]\n"),
                "after rmd_files:, which leaves the top's others out");
        assertEquals(List.of("index.Rmd", "01-first.Rmd", "README.md", "abc/def.Rmd", "abc/ghi.Rmd", "abc/jkl.md"),
                chapters("rmd_subdir: [abc]\ninclude_md: true\n"), "Markdown files too, with include_md:");
        assertEquals(List.of(), chapters("rmd_subdir: false\n"));
        assertEquals(List.of("index.Rmd", "01-first.Rmd"), chapters("rmd_files: [\"01-first.Rmd\", \"index.Rmd\"]\n"),
                "index.Rmd first, wherever it is listed");
    }

    @Test
    void withoutRmdFilesOrAWayToReadItThePagesKeepTheirOrder() {
        assertTrue(BookdownFile.read("book_filename: rota\n", PAGES).isEmpty());
        assertTrue(BookdownFile.read("rmd_files:\n  latex: [\"apple.Rmd\"]\n", PAGES).isEmpty());
        assertTrue(BookdownFile.read("rmd_files: [\"index.Rmd\"\n", PAGES).isEmpty(), "YAML that does not parse");
        assertTrue(BookdownFile.read("rmd_files: 3\n", PAGES).isEmpty());
    }
}
