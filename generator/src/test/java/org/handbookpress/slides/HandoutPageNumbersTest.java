package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck's handout printed on its own numbers its pages as a page's own PDF and a pack do, "Page 1 of 2" in the deck's
 * language: it printed a bare "1", which told a volunteer holding one sheet nothing of how many there were.
 */
class HandoutPageNumbersTest {

    private static final String DECK = """
            ---
            title: Deck
            kind: slides
            ---

            ## One

            ---

            ## Two

            ---

            ## Three

            ---

            ## Four
            """;

    /** On A5 (the first pack's paper) a handout prints one slide a page, on a default page of its own size too. */
    @ParameterizedTest
    @CsvSource({"en-GB, A4, Page 1 of 2, Page 2 of 2", "fr, A4, Page 1 sur 2, Page 2 sur 2", "de, A4, Seite 1 von 2, Seite 2 von 2",
            "cy, A5, Tudalen 1 o 4, Tudalen 2 o 4"})
    void eachPageSaysWhichItIsOfHowMany(String language, String paper, String first, String second, @TempDir Path dir)
            throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Handbook\nlanguage: " + language + "\npacks:\n  - id: pocket\n    title: Pocket\n"
                        + "    paper: " + paper + "\n    include: [index.md]\n",
                "index.md", "# Home\n\nHello.\n",
                "training/deck.md", DECK));
        Path site = dir.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/deck-handout.pdf").toFile())) {
            assertEquals(paper.equals("A5") ? 4 : 2, pdf.getNumberOfPages(), "three slides a page, one on A5");
            assertEquals(first, foot(pdf, 1));
            assertEquals(second, foot(pdf, 2));
        }
    }

    /** The words in the page's bottom margin (its last 16 mm): the foot, not the sheet's title, which may count too. */
    private static String foot(PDDocument pdf, int page) throws java.io.IOException {
        float margin = pdf.getPage(page - 1).getMediaBox().getHeight() - 16 / 25.4f * 72;
        StringBuilder foot = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                if (glyphs.get(0).getYDirAdj() > margin) {
                    foot.append(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return foot.toString().strip();
    }
}
