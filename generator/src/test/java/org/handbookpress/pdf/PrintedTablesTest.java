package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as a pack prints them, in the standard and the large-print edition, read back with PDFBox. */
class PrintedTablesTest {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = TestHandbooks.write(temp, Map.of(
                "handbook.yml", """
                        title: Stock
                        packs:
                          - id: pack
                            title: Pack
                            include: [stock.md]
                            editions: [standard, large-print]
                        """,
                "index.md", "# Home\n\nWelcome.\n",
                "stock.md", """
                        # Stock

                        | Item | Shelf | Count |
                        |---|:---:|---:|
                        | Apples | B | 7 |
                        | Pears | A | 1234 |
                        """));
        site = TestHandbooks.build(content, temp.resolve("site")).output();
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
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    words.add(new Word(text, getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj()));
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
            List<Word> words = words(pdf);
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
}
