package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example workbook's large-print edition (editions: [standard, large-print]), read with PDFBox. */
class LargePrintTest {

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = TestHandbooks.example().output();
    }

    private static PDDocument open(String path) throws IOException {
        return Loader.loadPDF(site.resolve(path).toFile());
    }

    /** The smallest size, in points, at which any character of the document is drawn. */
    private static float smallestFontSize(PDDocument pdf) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(pdf);
        return smallest[0];
    }

    @Test
    void nothingIsPrintedSmallerThan16PointAndTheStandardEditionIsSmaller() throws IOException {
        try (PDDocument large = open("downloads/mentor-training-workbook-large-print.pdf");
             PDDocument standard = open("downloads/mentor-training-workbook.pdf")) {
            float min = smallestFontSize(large);
            assertTrue(min >= 16f - 0.01f, "smallest text in large print: " + min + " pt");
            assertTrue(smallestFontSize(standard) < 12f, "the standard edition keeps its compact sizes");
            assertTrue(large.getNumberOfPages() > standard.getNumberOfPages() * 3 / 2,
                    "reflowed, not scaled: " + large.getNumberOfPages() + " pages against " + standard.getNumberOfPages());
            for (PDPage page : large.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1.0);
            }
            assertTrue(large.getDocumentInformation().getTitle().endsWith("(large print)"));
            PDFTextStripper third = new PDFTextStripper();
            third.setStartPage(3);
            third.setEndPage(3);
            assertTrue(third.getText(large).contains("Page 3 of " + large.getNumberOfPages()), "the footer numbers the pages");
        }
    }

    @Test
    void theContentsPageNumbersPointAtTheParts() throws IOException {
        try (PDDocument pdf = open("downloads/mentor-training-workbook-large-print.pdf")) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(3);
            String contents = stripper.getText(pdf);
            int checked = 0;
            for (String part : List.of("Setting up a group", "Listening well", "Group Agreement", "The words we use")) {
                Matcher m = Pattern.compile(Pattern.quote(part) + "[ .]*(\\d+)\\s").matcher(contents);
                assertTrue(m.find(), part + " in the contents: " + contents);
                int page = Integer.parseInt(m.group(1));
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("\n" + part + "\n") || text.startsWith(part + "\n") || text.contains(part + "\n"),
                        part + " should start on page " + page + ":\n" + text);
                checked++;
            }
            assertEquals(4, checked);
        }
    }

    @Test
    void itsTextIsTheStandardEditionsText() throws IOException {
        try (PDDocument large = open("downloads/mentor-training-workbook-large-print.pdf");
             PDDocument standard = open("downloads/mentor-training-workbook.pdf")) {
            Map<String, Integer> a = characters(standard, 22, 20);
            Map<String, Integer> b = characters(large, 20, 22);
            Map<String, String> differences = new TreeMap<>();
            for (String w : new TreeSet<>(java.util.stream.Stream.concat(a.keySet().stream(), b.keySet().stream()).toList())) {
                if (!a.getOrDefault(w, 0).equals(b.getOrDefault(w, 0))) {
                    differences.put(w, a.getOrDefault(w, 0) + " ≠ " + b.getOrDefault(w, 0));
                }
            }
            assertEquals(Map.of(), differences, "characters counted in the standard edition ≠ in large print");
        }
    }

    /**
     * Every letter of the document's pages, without their running header and footer, with how often it
     * occurs (digits differ: the contents list other page numbers). Text extraction joins words across table cells and line ends, and orders the runs
     * of a line as the layout drew them, both of which differ between editions; counting the characters
     * is immune to that and still finds any word, line or picture caption one edition has and the other
     * lacks.
     */
    private static Map<String, Integer> characters(PDDocument pdf, float topMm, float bottomMm) throws IOException {
        // The running header and footer sit in the page margins: keep only what is drawn between them
        // (by each character's baseline, which for body text is always inside the margins).
        float mm = 72f / 25.4f;
        StringBuilder all = new StringBuilder();
        // Bold text (headings, a table's header row) counts once for each different line of it: a table's header row
        // is printed again over its rows on each page the table goes on to, which is more pages in large print.
        java.util.Set<String> boldLines = new java.util.LinkedHashSet<>();
        StringBuilder bold = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float top = topMm * mm;
                    float bottom = p.getPageHeight() - bottomMm * mm;
                    if (p.getYDirAdj() > top && p.getYDirAdj() < bottom) {
                        (p.getFont().getName().contains("Bold") ? bold : all).append(p.getUnicode());
                    }
                }
                all.append(' ');
                bold.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                all.append('\n');
                boldLines.add(bold.toString().strip());
                bold.setLength(0);
            }
        };
        stripper.getText(pdf);
        boldLines.add(bold.toString().strip());
        boldLines.forEach(line -> all.append('\n').append(line).append('\n'));
        // The handout's sheet headings ("Deck · handout · page 2 of 4"), each a line of its own, follow its page breaks too.
        String text = all.toString().toLowerCase(Locale.ROOT).replaceAll("(?m)^[^\\n]{0,120} · handout( · page \\d+ of \\d+)?\\s*$", " ");
        Map<String, Integer> counts = new TreeMap<>();
        text.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(Character.toString(c), 1, Integer::sum));
        return counts;
    }

    /**
     * The large-print handout keeps each slide, its notes and its lines to write on to one page: its six lines came
     * after the slide whatever room it had left, and under the example's slide with a picture ("Listening first") two
     * of them ran onto a page of their own, a sheet with nothing on it but its running header and footer.
     */
    @Test
    void noPageOfTheLargePrintHandoutIsLeftWithOnlyItsRunningHeaderAndFooter() throws IOException {
        try (PDDocument pdf = open("downloads/mentor-training-workbook-large-print.pdf")) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> bare = new java.util.ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // The running header (the pack's title, the part's) and the footer (the organisation, the page number).
                long lines = stripper.getText(pdf).lines().filter(l -> !l.isBlank()).count();
                if (lines <= 3) {
                    bare.add(page);
                }
            }
            assertEquals(List.of(), bare, "pages with nothing but the running header and footer");
        }
    }

    @Test
    void theDownloadsPageAndPagesLinkTheLargePrintBesideTheStandardCopy() throws IOException {
        Document downloads = Jsoup.parse(site.resolve("downloads.html").toFile());
        assertNotNull(downloads.selectFirst("a[href=downloads/mentor-training-workbook-large-print.pdf]"), downloads.body().html());
        assertNotNull(downloads.selectFirst("a[href=downloads/mentor-training-workbook.pdf]"));
    }
}
