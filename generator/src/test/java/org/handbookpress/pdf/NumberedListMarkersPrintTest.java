package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * A numbered list's numbers print inside the text area, in the standard edition and in large print, on a page and on a
 * slide of a deck's large-print handout. The lists were indented 6 mm whatever the size of their numbers: at 18 pt
 * every number began left of the text area and was cut off ("1." printed as "."), and at the standard size "10." lost its "1".
 */
class NumberedListMarkersPrintTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        StringBuilder rules = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            rules.append(i).append(". Rule number ").append(i).append('\n');
        }
        Path content = TestHandbooks.write(tmp.resolve("content"), Map.of(
                "handbook.yml", """
                        title: Coaches
                        language: en-GB
                        packs:
                          - id: workbook
                            title: Workbook
                            include: [rules.md, deck.md]
                            editions: [standard, large-print]
                        """,
                "rules.md", "---\ntitle: Rules\nkind: chapter\n---\n\n# Rules\n\n" + rules,
                "deck.md", "---\ntitle: Deck\nkind: slides\n---\n\n## Four rules\n\n1. Two adults, always\n2. Never alone with a child\n"));
        site = tmp.resolve("site");
        TestHandbooks.build(content, site);
    }

    @Test
    void theNumbersStartInsideTheTextAreaInBothEditions() throws IOException {
        for (String pdf : List.of("downloads/workbook.pdf", "downloads/workbook-large-print.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                List<Line> lines = lines(doc);
                // The chapter's heading starts at the text area's edge (the running head names it too, at the right).
                float margin = (float) lines.stream().filter(l -> l.text().equals("Rules")).mapToDouble(Line::x).min().orElseThrow();
                List<Line> numbered = lines.stream().filter(l -> l.text().matches("\\d+\\.\\s*(Rule number \\d+|Two adults, always)")).toList();
                assertEquals(13, numbered.size(), pdf + ": " + lines);
                for (Line line : numbered) {
                    assertTrue(line.x() >= margin - 0.5f, pdf + ": '" + line.text() + "' starts at " + line.x()
                            + " pt, left of the text area at " + margin + " pt");
                }
            }
        }
    }

    record Line(String text, float x) {
    }

    /** Each line of text with the left edge of its first character, in points. */
    private static List<Line> lines(PDDocument doc) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                lines.add(new Line(text.strip(), positions.get(0).getXDirAdj()));
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return lines;
    }
}
