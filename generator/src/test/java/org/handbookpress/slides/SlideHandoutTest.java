package org.handbookpress.slides;

import org.handbookpress.labels.PageLabels;
import org.handbookpress.render.LabelMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.pdf.HtmlToPdf;
import org.handbookpress.pdf.PdfMetadata;
import org.handbookpress.render.ThemeEngine;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack takes a deck's handout into its own print document, as the PDF pack stage does. */
class SlideHandoutTest {

    static final String MARKDOWN = """
            # Pack deck

            Note: Say hello.

            ---

            ## Two

            ---

            ## Three

            ---

            ## Four

            Note: The last word.
            """;

    @Test
    void aPackOnLetterPaperPrintsTheHandoutOnA4PagesOfItsOwn(@TempDir Path dir) throws Exception {
        SlideDeck deck = SlideDeckTest.deck(MARKDOWN, "notes");
        SlideHandout handout = new SlideHandout(new ThemeEngine(null, Locale.UK),
                Map.of("title", "Test", "organisation", "Test Charity", "language", "en-GB"), null,
                path -> LabelMethod.of(PageLabels.english().handbook()));
        SlideHandout.Html html = handout.html(deck, "pack.html");
        assertTrue(html.css().contains("@page hb-handout"), html.css());
        assertTrue(html.body().startsWith("<div class=\"hb-handout\">"), html.body());

        String pack = "<html lang=\"en-GB\"><head><title>Pack</title><style>@page { size: Letter; margin: 22mm 18mm 20mm 20mm; }\n"
                + "body { font-family: 'Liberation Sans'; }\n" + html.css() + "</style></head><body>"
                + "<h1>Workbook</h1><p>A Letter page.</p>" + html.body() + "<h2 style=\"page-break-before: always\">Glossary</h2></body></html>";
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(pack), dir, new PdfMetadata("Pack", "Test Charity", "A pack", "en-GB",
                Instant.parse("2026-11-01T00:00:00Z")), doc -> { });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(4, pdf.getNumberOfPages(), "Letter cover page, two handout pages, Letter glossary");
            assertEquals(PDRectangle.LETTER.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1);
            for (int i = 1; i <= 2; i++) {
                assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(i).getMediaBox().getWidth(), 1);
                assertEquals(PDRectangle.A4.getHeight(), pdf.getPage(i).getMediaBox().getHeight(), 1);
            }
            assertEquals(PDRectangle.LETTER.getWidth(), pdf.getPage(3).getMediaBox().getWidth(), 1);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(3);
            text.setEndPage(3);
            String second = text.getText(pdf);
            assertTrue(second.contains("Four") && second.contains("The last word."), "the notes column has room: " + second);
        }
    }

    @Test
    void aPackThatHasRewrittenLinksKeepsThem() throws Exception {
        SlideDeck deck = SlideDeckTest.deck("""
                ## Linked

                ![A picture](images/a.png) See [the chapter](#part-toolkit-listening).
                """, null);
        SlideHandout handout = new SlideHandout(new ThemeEngine(null, Locale.UK),
                Map.of("title", "Test", "organisation", "Test Charity", "language", "en-GB"), null,
                path -> LabelMethod.of(PageLabels.english().handbook()));
        org.jsoup.nodes.Element body = Jsoup.parse(handout.html(deck, SlideFits.NONE, org.handbookpress.content.Paper.A4).body()).body();
        assertEquals("images/a.png", body.selectFirst(".frame img").attr("src"));
        assertEquals("#part-toolkit-listening", body.selectFirst(".frame a").attr("href"));
    }

    /**
     * A numbered list of ten steps or more in the notes beside a slide: indented 14 px, as a bulleted list is, its "10."
     * began left of the column, whose edge cut its "1" off. Every marker starts inside the column, where its title does.
     */
    @Test
    void aNumberedListsTwoDigitMarkersStayInsideTheNotesColumn(@TempDir Path dir) throws Exception {
        StringBuilder steps = new StringBuilder("# Rota\n\nNote:\n");
        for (int i = 1; i <= 12; i++) {
            steps.append(i).append(". Step ").append(i).append('\n');
        }
        java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = printedA4(steps.toString(), dir);
        String text = glyphs.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode).reduce("", String::concat);
        int title = text.indexOf("Speaker notes");
        int ten = text.indexOf("10.");
        assertTrue(title >= 0 && ten >= 0, text);
        float columnLeft = glyphs.get(title).getXDirAdj();
        assertTrue(glyphs.get(ten).getXDirAdj() >= columnLeft - 0.5,
                "the '1' of '10.' at " + glyphs.get(ten).getXDirAdj() + ", the column's edge at " + columnLeft);
    }

    /**
     * A word in the notes longer than the column is wide (a Welsh place name) ran on past its edge, which cut it off: it
     * breaks, as a web address does at its slashes, and every letter is inside the page's margins.
     */
    @Test
    void aLongWordOrAddressInTheNotesBreaksInsideTheColumn(@TempDir Path dir) throws Exception {
        String address = "https://www.example.org/volunteering/safeguarding-and-wellbeing/forms/incident-report-form-2026.pdf";
        String place = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
        java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = printedA4("# Reporting\n\nNote:\nThe form is at " + address
                + " for everyone. The group meets in " + place + " on Tuesdays.\n", dir);
        String text = glyphs.stream().map(org.apache.pdfbox.text.TextPosition::getUnicode).reduce("", String::concat);
        assertTrue(text.contains("incident-report-form-2026.pdf") && text.contains("on Tuesdays"), text);
        float rightMargin = PDRectangle.A4.getWidth() - 14 / 25.4f * 72;
        for (org.apache.pdfbox.text.TextPosition glyph : glyphs) {
            assertTrue(glyph.getXDirAdj() + glyph.getWidthDirAdj() <= rightMargin + 0.5,
                    "'" + glyph.getUnicode() + "' of '" + text + "' at " + glyph.getXDirAdj() + ", past the margin at " + rightMargin);
        }
    }

    /** The glyphs of a deck's handout (with its notes) printed on A4 with 14 mm margins, as its own PDF is. */
    private static java.util.List<org.apache.pdfbox.text.TextPosition> printedA4(String markdown, Path dir) throws Exception {
        SlideDeck deck = SlideDeckTest.deck(markdown, "notes");
        SlideHandout handout = new SlideHandout(new ThemeEngine(null, Locale.UK),
                Map.of("title", "Test", "organisation", "Test Charity", "language", "en-GB"), null,
                path -> LabelMethod.of(PageLabels.english().handbook()));
        SlideHandout.Html html = handout.html(deck, SlideFits.NONE, org.handbookpress.content.Paper.A4);
        String doc = "<html lang=\"en-GB\"><head><title>Handout</title><style>@page { size: A4; margin: 14mm; }\n"
                + "body { font-family: 'Liberation Sans'; }\n" + html.css() + "</style></head><body>" + html.body() + "</body></html>";
        byte[] bytes = new HtmlToPdf().render(Jsoup.parse(doc), dir, new PdfMetadata("Handout", "Test Charity", "A handout", "en-GB",
                Instant.parse("2026-11-01T00:00:00Z")), pdf -> { });
        java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            }.writeText(pdf, new java.io.StringWriter());
        }
        return glyphs;
    }

    @Test
    void ruledLinesMakeRoomForLongerNotes() {
        HandoutColumn column = HandoutColumn.of(org.handbookpress.content.Paper.A4, false);
        int full = HandoutNotes.split("", column).ruledLines();
        assertTrue(full >= 10, "a row of ruled lines: " + full);
        assertTrue(HandoutNotes.split("<p>" + "word ".repeat(60) + "</p>", column).ruledLines() < full);
        assertEquals(full, HandoutNotes.linesOnly(column).ruledLines(), "notes not printed, the lines stay");
    }
}
