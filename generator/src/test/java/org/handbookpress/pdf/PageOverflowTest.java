package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Text off the page is found by extracting only the pages with text near a side edge, with the same result as extracting all. */
class PageOverflowTest {

    @Test
    void findsTextPastEitherEdgeOnlyOnThePagesWhereItIs() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            page(pdf, 72, "Text well inside the margins.");
            page(pdf, PDRectangle.A4.getWidth() - 60, "Runs past the right edge of the page");
            page(pdf, 72, "Inside again.");
            page(pdf, -40, "Starts left of the page");
            page(pdf, PDRectangle.A4.getWidth() - 100, "Ends"); // near the edge (within 100 pt) but inside it

            assertEquals(List.of("Runs past the right edge of the page", "Starts left of the page"), PageOverflow.find(pdf));
            assertEquals(everyPage(pdf), PageOverflow.find(pdf), "the same as extracting every page");
            BitSet near = PageOverflow.pagesNearAnEdge(pdf);
            assertEquals(BitSet.valueOf(new long[] {0b10100}), near, "pages 2 and 4 only (numbered from 1): " + near);
        }
    }

    @Test
    void aPageWithTextWithinTheNearMarginIsExtractedButReportsNothingInside() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            page(pdf, 6, "Close to the left edge but on the page"); // 6 pt from the edge: looked at, not reported
            assertEquals(1, PageOverflow.pagesNearAnEdge(pdf).cardinality());
            assertEquals(List.of(), PageOverflow.find(pdf));
        }
    }

    private static void page(PDDocument pdf, float x, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(x, 700);
            content.showText(text);
            content.endText();
        }
    }

    /** The check as it was before the first pass: every page extracted. */
    private static List<String> everyPage(PDDocument pdf) throws IOException {
        BitSet all = new BitSet();
        all.set(1, pdf.getNumberOfPages() + 1);
        return PageOverflow.find(pdf, all);
    }
}
