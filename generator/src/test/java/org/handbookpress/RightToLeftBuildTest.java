package org.handbookpress;

import org.handbookpress.testing.VeraPdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook in Arabic is written right to left everywhere: every page, the 404 page and the slide deck say
 * {@code dir="rtl"}, and its PDFs print (a session's agenda, a pack's contents and lists included) without a finding
 * that the script cannot be printed. A handbook in English has no {@code dir} at all.
 */
class RightToLeftBuildTest {

    private static final Map<String, String> ARABIC = Map.of(
            "handbook.yml", """
                    title: دليل المتطوعين
                    organisation: جمعية جسور
                    language: ar-EG
                    packs:
                      - id: induction
                        title: حقيبة المتطوع
                        include:
                          - session.md
                          - agreement.md
                    """,
            "index.md", "# أهلاً بكم\n\nهذا الدليل للمتطوعين؛ اقرأه قبل مناوبتك الأولى.\n",
            "agreement.md", "---\nkind: agreement\n---\n# اتفاق المجموعة\n\n- **الاحترام:** نصغي حتى ينتهي المتحدث.\n- السرية (Confidentiality) مهمة.\n\n> [!NOTE]\n> المتطوع الذي يخالف الاتفاق يتحدث أولاً مع منسق المتطوعين.\n",
            "session.md", "---\nkind: session\nstart: 10:00\nduration: 1h\n---\n# خطة الجلسة\n\n## البرنامج\n\n"
                    + "- [30 min] الترحيب\n  - [20 min] عرض تقديمي\n  - [10 min] أسئلة وأجوبة\n- [30 min] تمرين الإصغاء\n",
            "slides.md", "---\nkind: slides\n---\n# أهلاً بكم في جسور\n\n---\n\n## من نحن\n\n- جمعية صغيرة يديرها متطوعون\n");

    @Test
    void everyPageOfAnArabicHandbookIsRightToLeft(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("site");
        BuildResult result = TestHandbooks.build(TestHandbooks.write(dir, ARABIC), output);

        for (String page : List.of("index.html", "agreement.html", "session.html", "404.html", "slides.slides.html",
                "glossary.html", "search.html")) {
            Path file = output.resolve(page);
            if (Files.exists(file) || !page.equals("glossary.html")) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(html.contains("<html lang=\"ar-EG\" dir=\"rtl\">"), page + ": " + html.substring(0, 200));
            }
        }
        List<Finding> unprintable = result.findings().stream().filter(f -> f.code().equals("pdf.script-unsupported")).toList();
        assertEquals(List.of(), unprintable);
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertFalse(pdfs.isEmpty(), "PDFs printed");
            for (Path pdf : pdfs) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc),
                            java.text.Normalizer.Form.NFKC);
                    assertFalse(text.isBlank(), pdf.toString());
                    assertPdfUaAndPdfA(pdf);
                    if (pdf.getFileName().toString().startsWith("induction")) {
                        assertTrue(text.contains("خطة الجلسة"), pdf + ": " + text); // the contents and the part, in order
                        assertTrue(text.contains("عرض تقديمي"), pdf + ": " + text);
                    }
                }
            }
        }
    }

    /**
     * The page footer's "الصفحة 1 من 2" (page 1 of 2): the layout engine drew the space after the words on their far side,
     * so the page's number touched the word for "page". Every number in the footer stands apart from the Arabic to its right.
     */
    @Test
    void theFootersPageNumberStandsApartFromItsWords(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("site");
        TestHandbooks.build(TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: دليل المتطوعين\norganisation: جمعية جسور\nlanguage: ar\n",
                "index.md", "# أهلاً بكم\n\nمرحبا.\n",
                "agreement.md", "---\nkind: agreement\n---\n# اتفاق المجموعة\n\nنصغي حتى ينتهي المتحدث.\n")), output);
        List<org.apache.pdfbox.text.TextPosition> footer = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(output.resolve("downloads/agreement.pdf").toFile())) {
            float bottom = doc.getPage(0).getMediaBox().getHeight() - 72; // the lowest inch: the footer's line
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.stream().filter(g -> g.getYDirAdj() > bottom).forEach(footer::add);
                }
            };
            glyphs.setStartPage(1);
            glyphs.setEndPage(1);
            glyphs.writeText(doc, new java.io.StringWriter());
        }
        List<org.apache.pdfbox.text.TextPosition> digits = footer.stream().filter(g -> Character.isDigit(g.getUnicode().charAt(0))).toList();
        assertFalse(digits.isEmpty(), "a footer with numbers");
        int besideArabic = 0;
        for (org.apache.pdfbox.text.TextPosition digit : digits) {
            float end = digit.getXDirAdj() + digit.getWidthDirAdj();
            var right = footer.stream().filter(g -> !g.getUnicode().isBlank())
                    .filter(g -> Math.abs(g.getYDirAdj() - digit.getYDirAdj()) < 2 && g.getXDirAdj() > digit.getXDirAdj())
                    .min(java.util.Comparator.comparing(org.apache.pdfbox.text.TextPosition::getXDirAdj));
            if (right.isPresent() && !Character.isDigit(right.get().getUnicode().charAt(0))
                    && Character.UnicodeBlock.of(right.get().getUnicode().charAt(0)).toString().startsWith("ARABIC")) {
                besideArabic++;
                float gap = right.get().getXDirAdj() - end;
                assertTrue(gap >= 1, "the number " + digit.getUnicode() + " touches '" + right.get().getUnicode() + "' (a gap of " + gap + " pt)");
            }
        }
        assertTrue(besideArabic >= 1, "the page number beside its word for page: " + besideArabic);
    }

    /**
     * An Arabic page's footer names an organisation in Latin letters, then the date: "Brightpath Youth Mentoring · 1
     * ديسمبر 2026". By the bidirectional algorithm the day, after the Latin name, joined the name's left-to-right run, and
     * was printed at the name's end, cut from its month (an independent youth-mentoring handbook's Arabic chapter). A
     * right-to-left mark after the name keeps the date whole, reading from the right: the name, the day, the month, the
     * year; the mark itself is not drawn (the fonts drew a tick for it).
     */
    @Test
    void aLatinOrganisationsNameInAnArabicFooterLeavesTheDateWhole(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("site");
        TestHandbooks.build(TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: دليل المتطوعين\norganisation: Jusoor Trust\nlanguage: ar\n",
                "index.md", "# أهلاً بكم\n\nمرحبا.\n",
                "agreement.md", "---\nkind: agreement\n---\n# اتفاق المجموعة\n\nنصغي حتى ينتهي المتحدث.\n")), output);
        List<org.apache.pdfbox.text.TextPosition> footer = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(output.resolve("downloads/agreement.pdf").toFile())) {
            float bottom = doc.getPage(0).getMediaBox().getHeight() - 72;
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2; // the organisation and date; the page number is right
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.stream().filter(g -> g.getYDirAdj() > bottom && g.getXDirAdj() < middle).forEach(footer::add);
                }
            };
            glyphs.setStartPage(1);
            glyphs.setEndPage(1);
            glyphs.writeText(doc, new java.io.StringWriter());
        }
        double latinStart = footer.stream().filter(g -> g.getUnicode().matches("[A-Za-z]"))
                .mapToDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj).min().orElseThrow();
        List<Double> digits = footer.stream().filter(g -> Character.isDigit(g.getUnicode().charAt(0)))
                .map(g -> (double) g.getXDirAdj()).toList();
        assertEquals(5, digits.size(), "the day and the year: " + footer);
        assertTrue(digits.stream().allMatch(x -> x < latinStart), "the date, day included, is to the left of the name (after it, "
                + "reading from the right): " + footer.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode).toList());
        assertTrue(footer.stream().noneMatch(g -> g.getUnicode().contains("\u200F")), "the mark is not drawn");
    }

    /**
     * Left-to-right marks around an English name in Arabic text, as a translator's keyboard puts them, steer the order
     * and print nothing: DejaVu Sans has a glyph for each mark, and the PDF drew a tick either side of "Brightpath (UK)"
     * (an independent youth-mentoring handbook's Arabic chapter). The name still reads in its place, and the PDF is
     * still PDF/UA and PDF/A.
     */
    @Test
    void directionMarksInArabicTextAreNotDrawn(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("site");
        TestHandbooks.build(TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: دليل المتطوعين\norganisation: جمعية جسور\nlanguage: ar\n",
                "index.md", "# أهلاً بكم\n\nمرحبا.\n",
                "agreement.md", "---\nkind: agreement\n---\n# اتفاق المجموعة\n\nاتصل بـ \u200EBrightpath (UK)\u200E اليوم.\n")), output);
        Path pdf = output.resolve("downloads/agreement.pdf");
        List<org.apache.pdfbox.text.TextPosition> drawn = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    drawn.addAll(positions);
                }
            };
            glyphs.writeText(doc, new java.io.StringWriter());
        }
        assertTrue(drawn.stream().noneMatch(g -> g.getUnicode().contains("\u200E") || g.getUnicode().contains("\u200F")),
                "no mark drawn: " + drawn.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode).toList());
        assertTrue(drawn.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode).collect(java.util.stream.Collectors.joining())
                .contains("Brightpath (UK)"), "the name reads left to right in its place");
        assertPdfUaAndPdfA(pdf);
    }

    /** Right-to-left text (reordered, shaped) keeps the PDFs tagged PDF/UA and PDF/A-3u, as veraPDF checks them. */
    private static void assertPdfUaAndPdfA(Path pdf) throws Exception {
        VeraPdf.assertPdfUaAndPdfA(pdf);
    }

    @Test
    void anEnglishHandbookHasNoDirection(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("site");
        TestHandbooks.build(TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Handbook\nlanguage: en-GB\n",
                "index.md", "# Welcome\n\nHello.\n",
                "slides.md", "---\nkind: slides\n---\n# Hello\n\n---\n\n## Us\n\n- a charity\n")), output);
        try (Stream<Path> files = Files.walk(output)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(html, StandardCharsets.UTF_8).contains("dir=\"rtl\""), html.toString());
            }
        }
    }
}
