package org.handbookpress.pdf;

import org.handbookpress.testing.VeraPdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as a pack prints them, in the standard and the large-print edition, read back with PDFBox. */
class PrintedTablesTest {

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path content = TestHandbooks.write(temp, Map.of(
                "handbook.yml", """
                        title: Stock
                        packs:
                          - id: pack
                            title: Pack
                            include: [stock.md, register.md, services.md, rota.md, deck.md]
                            editions: [standard, large-print]
                        """,
                "index.md", "# Home\n\nWelcome.\n",
                "stock.md", """
                        # Stock

                        | Item | Shelf | Count |
                        |---|:---:|---:|
                        | Apples | B | 7 |
                        | Pears | A | 1234 |
                        """,
                "services.md", "# Services\n\n| # | Activity | What they help with | Phone | Website |\n|---:|---|---|---|---|\n"
                        + java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> "| " + n + " | Skateboarding"
                                + " | Care assessments, safeguarding referrals | 01632 960 2" + (10 + n)
                                + " | <https://www.riverside.gov.uk/adult-social-care/assessments-and-referrals/> |\n")
                                .collect(java.util.stream.Collectors.joining()),
                "deck.md", "---\ntitle: Supplies\nkind: slides\n---\n\n# Supplies\n\n| Thing | Count |\n|---|---:|\n| Pens | 3 |\n"
                        + "| Paper | 250 |\n",
                "rota.md", "# Rota\n\n" + "| Safeguarding ".repeat(9) + "|\n" + "|---".repeat(9) + "|\n"
                        + "| Befriending ".repeat(9) + "|\n",
                "register.md", "# Register\n\n| Volunteer | Started | Length | Team |\n|---|---|---|---|\n"
                        + java.util.stream.IntStream.rangeClosed(1, 70)
                                .mapToObj(n -> String.format(Locale.ROOT, "| Member%02d | 2026-01-%02d | 1h | Visiting |\n", n, n % 28 + 1))
                                .collect(java.util.stream.Collectors.joining())));
        result = TestHandbooks.build(content, temp.resolve("site"));
        site = result.output();
    }

    /** A word as text extraction finds it, where it is drawn (points from the page's left and top). */
    record Word(String text, int page, float left, float right, float top) {
    }

    static List<Word> words(String pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    // A run of text as extraction groups it may hold several words, parted by spaces.
                    int start = 0;
                    for (int i = 0; i <= positions.size(); i++) {
                        if (i == positions.size() || positions.get(i).getUnicode().isBlank()) {
                            if (i > start) {
                                add(positions.subList(start, i));
                            }
                            start = i + 1;
                        }
                    }
                }

                private void add(List<TextPosition> word) {
                    StringBuilder text = new StringBuilder();
                    word.forEach(p -> text.append(p.getUnicode()));
                    TextPosition first = word.get(0);
                    TextPosition last = word.get(word.size() - 1);
                    words.add(new Word(text.toString(), getCurrentPageNo(), first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(doc, new StringWriter());
        }
        return words;
    }

    static Word word(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' not printed as a word: " + words.stream().map(Word::text).toList()));
    }

    @Test
    void markdownsRightAndCentredColumnsPrintSo() throws IOException {
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            List<Word> all = words(pdf);
            int page = word(all, "Apples").page();
            List<Word> words = all.stream().filter(w -> w.page() == page).toList();
            Word seven = word(words, "7");
            Word number = word(words, "1234");
            assertEquals(number.right(), seven.right(), 1f, pdf + ": Count is right-aligned, " + seven + " over " + number);
            assertTrue(number.left() < seven.left() - 5, pdf + ": " + seven + " over " + number);
            Word b = word(words, "B");
            Word a = word(words, "A");
            assertEquals((a.left() + a.right()) / 2, (b.left() + b.right()) / 2, 1f, pdf + ": Shelf is centred, " + b + " over " + a);
            Word shelf = word(words, "Shelf");
            assertEquals((shelf.left() + shelf.right()) / 2, (b.left() + b.right()) / 2, 1f, pdf + ": its heading too");
        }
    }

    @Test
    void aSlidesTableKeepsItsAlignmentInTheHandout() throws IOException {
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            List<Word> all = words(pdf);
            int page = word(all, "Pens").page();
            List<Word> words = all.stream().filter(w -> w.page() == page).toList();
            Word three = word(words, "3");
            Word number = word(words, "250");
            assertEquals(number.right(), three.right(), 1f, pdf + ": Count is right-aligned, " + three + " over " + number);
        }
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowOnEveryPage() throws IOException {
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            List<Word> words = words(pdf);
            Map<Integer, Float> firstRow = new TreeMap<>();
            for (Word w : words) {
                if (w.text().matches("Member\\d\\d")) {
                    firstRow.merge(w.page(), w.top(), Math::min);
                }
            }
            assertTrue(firstRow.size() >= 2, pdf + ": the register should go on to a second page: " + firstRow);
            for (Map.Entry<Integer, Float> page : firstRow.entrySet()) {
                assertTrue(words.stream().anyMatch(w -> w.page() == page.getKey() && w.text().equals("Volunteer")
                                && w.top() < page.getValue()),
                        pdf + ": page " + page.getKey() + " has rows of the register but not its header over them");
            }
        }
    }

    /** The copies of the header row are drawn, not tagged again: a screen reader reads each header cell once. */
    @Test
    void theRepeatedHeaderRowIsTaggedOnce() throws IOException {
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                List<java.util.Set<Integer>> headerCells = new ArrayList<>();
                headerCells(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), false, doc, headerCells);
                assertTrue(headerCells.size() >= 4, pdf + ": the register's header cells, among others: " + headerCells);
                assertTrue(headerCells.stream().allMatch(pages -> pages.size() == 1),
                        pdf + ": the pages each header cell's text is tagged on: " + headerCells);
            }
        }
    }

    /** For each header cell (TH in a THead), the pages (from 0) its marked content, and its children's, is on. */
    private static void headerCells(List<Object> kids, boolean inHead, PDDocument doc, List<java.util.Set<Integer>> cells) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                boolean head = inHead || "THead".equals(e.getStructureType());
                if (head && "TH".equals(e.getStructureType())) {
                    java.util.Set<Integer> pages = new java.util.TreeSet<>();
                    pagesOf(e, doc, pages);
                    cells.add(pages);
                } else {
                    headerCells(e.getKids(), head, doc, cells);
                }
            }
        }
    }

    private static void pagesOf(PDStructureElement e, PDDocument doc, java.util.Set<Integer> pages) {
        for (Object k : e.getKids()) {
            if (k instanceof Integer) {
                pages.add(doc.getPages().indexOf(e.getPage()));
            } else if (k instanceof PDMarkedContentReference r) {
                pages.add(doc.getPages().indexOf(r.getPage() != null ? r.getPage() : e.getPage()));
            } else if (k instanceof PDStructureElement child) {
                pagesOf(child, doc, pages);
            }
        }
    }

    @Test
    void aPaginatedTableStaysPdfUaAndPdfA() throws Exception {
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            VeraPdf.assertPdfUaAndPdfA(site.resolve(pdf));
        }
    }

    /** The rota's nine columns do not fit across the page with their words whole: they break rather than run off it. */
    @Test
    void cellsBreakNoOrdinaryWordAndANumberColumnIsAsNarrowAsItsNumbers() throws IOException {
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
        float mm = 72f / 25.4f;
        for (String pdf : List.of("downloads/pack.pdf", "downloads/pack-large-print.pdf")) {
            List<Word> words = words(pdf);
            for (String whole : List.of("Length", "Phone", "Skateboarding", "assessments,", "safeguarding", "01632")) {
                assertTrue(words.stream().anyMatch(w -> w.text().equals(whole)), pdf + ": '" + whole + "' is broken: "
                        + words.stream().map(Word::text).filter(t -> t.length() < whole.length() && whole.startsWith(t) || t.contains(whole.substring(0, 4))).toList());
            }
            Word hash = word(words, "#");
            Word activity = words.stream().filter(w -> w.text().equals("Activity") && w.page() == hash.page()).findFirst().orElseThrow();
            assertTrue(activity.left() - hash.left() < 12 * mm, pdf + ": the # column is " + (activity.left() - hash.left()) / mm + " mm wide");
            String all;
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                // In the order drawn, a cell at a time, without the line ends within a cell.
                all = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            }
            assertTrue(all.contains("https://www.riverside.gov.uk/adult-social-care/assessments-and-referrals/"),
                    pdf + ": the web address prints whole, on as many lines as it takes");
        }
    }
}
