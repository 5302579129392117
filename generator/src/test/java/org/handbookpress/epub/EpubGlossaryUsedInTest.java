package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-book's glossary lists, under "Used in", the book's own pages in the book's order, as the PDF does: a coach
 * workbook's listed the Volunteer Recruitment Policy, not in the book, as words a reader could not follow, and its
 * slide deck, the book's first part, last (the website's order).
 */
class EpubGlossaryUsedInTest {

    private static final String GLOSSARY = "---\nkind: glossary\n---\n# The words we use\n\nHeadcount\n: Counting the players.\n\n"
            + "DBS check\n: A criminal record check.\n";

    @Test
    void usedInListsTheBooksPagesInItsOrder(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Coaches\npacks:\n  - id: workbook\n    title: Workbook\n    include:\n"
                        + "      - training/deck.md\n      - toolkit/\n      - glossary.md\n    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/01-safe.md", "---\nkind: chapter\n---\n# Keeping safe\n\nDo a headcount at every break.\n",
                "training/deck.md", "---\nkind: slides\n---\n# Safe sessions\n\nA headcount at the start.\n",
                "policies/recruitment.md", "---\nkind: policy\nreviewed: 2026-10-01\nreview-every: 12 months\n---\n# Recruitment\n\n"
                        + "A DBS check for every coach, and a headcount of referees.\n",
                "glossary.md", GLOSSARY));
        Path epub = TestHandbooks.build(content, dir.resolve("site")).output().resolve("downloads/workbook.epub");
        Map<String, byte[]> entries = EpubEditionTest.unzip(Files.readAllBytes(epub));
        Document glossary = EpubEditionTest.xml(entries, "OEBPS/page-003.xhtml");
        Element headcount = glossary.getElementById("term-headcount").nextElementSibling();
        assertEquals(List.of("Safe sessions", "Keeping safe"), headcount.select(".glossary-used-in li").eachText(),
                "the deck (page-001) before the chapter (page-002); the policy, outside the book, left out");
        assertEquals(List.of("page-001.xhtml", "page-002.xhtml"), headcount.select(".glossary-used-in li a").eachAttr("href"));
        Element dbs = glossary.getElementById("term-dbs-check").nextElementSibling();
        assertNull(dbs.selectFirst(".glossary-used-in"), "used only outside the book: no list, as in the PDF");
        EpubEditionTest.assertValid(epub);
    }

    /**
     * The website's glossary lists a term's first 10 pages; a book's page after them in reading order is listed in the
     * book's glossary all the same, as the PDF lists it (the e-book's list was cut from the website's: empty here).
     */
    @Test
    void usedInListsTheBooksPagesBeyondTheWebsitesFirstTen(@TempDir Path dir) throws Exception {
        Map<String, String> files = new java.util.HashMap<>(Map.of(
                "handbook.yml", "title: Coaches\npacks:\n  - id: workbook\n    title: Workbook\n    include:\n"
                        + "      - toolkit/\n      - glossary.md\n    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/01-safe.md", "---\nkind: chapter\n---\n# Keeping safe\n\nDo a headcount at every break.\n",
                "glossary.md", GLOSSARY));
        for (int i = 10; i < 22; i++) {
            files.put("notes/n" + i + ".md", "# Note " + i + "\n\nA headcount on the bus.\n");
        }
        Path epub = TestHandbooks.build(TestHandbooks.write(dir, files), dir.resolve("site")).output().resolve("downloads/workbook.epub");
        Map<String, byte[]> entries = EpubEditionTest.unzip(Files.readAllBytes(epub));
        Document glossary = EpubEditionTest.xml(entries, "OEBPS/page-002.xhtml");
        Element headcount = glossary.getElementById("term-headcount").nextElementSibling();
        assertEquals(List.of("Keeping safe"), headcount.select(".glossary-used-in li").eachText());
        assertEquals(List.of("page-001.xhtml"), headcount.select(".glossary-used-in li a").eachAttr("href"));
        EpubEditionTest.assertValid(epub);
    }
}
