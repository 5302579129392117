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

    @Test
    void withoutRmdFilesOrAWayToReadItThePagesKeepTheirOrder() {
        assertTrue(BookdownFile.read("book_filename: rota\n", PAGES).isEmpty());
        assertTrue(BookdownFile.read("rmd_files:\n  latex: [\"apple.Rmd\"]\n", PAGES).isEmpty());
        assertTrue(BookdownFile.read("rmd_files: [\"index.Rmd\"\n", PAGES).isEmpty(), "YAML that does not parse");
        assertTrue(BookdownFile.read("rmd_files: 3\n", PAGES).isEmpty());
    }
}
