package org.handbookpress.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text that runs off the side of the page in a laid-out PDF, read back from the PDF itself: the
 * position of every character, as PDFBox's text extraction sees it, against the page's media box.
 * Reading the result is more reliable than predicting the layout engine, which may clip a table
 * column or a word it cannot break without saying so.
 */
final class PageOverflow {

    /** A character counts as off the page when it ends more than this many points past the edge. */
    private static final float TOLERANCE = 1f;

    private PageOverflow() {
    }

    /** The runs of text (words, as extraction groups them) that reach past a page's left or right edge, once each. */
    static List<String> find(PDDocument pdf) throws IOException {
        Set<String> wide = new LinkedHashSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    float left = p.getXDirAdj();
                    float right = left + p.getWidthDirAdj();
                    if (right > box.getWidth() + TOLERANCE || left < -TOLERANCE) {
                        wide.add(text.strip());
                        return;
                    }
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(pdf, new StringWriter());
        wide.remove("");
        return List.copyOf(wide);
    }
}
