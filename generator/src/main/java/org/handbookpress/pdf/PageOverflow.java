package org.handbookpress.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Text that runs off the side of the page in a laid-out PDF, read back from the PDF itself: the
 * position of every character, as PDFBox's text extraction sees it, against the page's media box.
 * Reading the result is more reliable than predicting the layout engine, which may clip a table
 * column or a word it cannot break without saying so.
 *
 * <p>Text extraction is slow (it was a quarter of the time of printing a PDF), and almost every page has
 * all its text well inside the margins. So a first pass only looks at where each glyph is drawn
 * ({@link GlyphEdges}, and {@link EdgeScan} for what it leaves), and the full extraction runs on the pages with a glyph within {@link #NEAR} points
 * of a side edge or past it: the result is the same as extracting every page.
 */
final class PageOverflow {

    /** A character counts as off the page when it ends more than this many points past the edge. */
    private static final float TOLERANCE = 1f;

    private PageOverflow() {
    }

    /**
     * How close to a side edge a glyph makes its page worth extracting: far more than the tolerance, so that
     * the first pass's arithmetic (the glyph's advance, not the extraction's adjusted width) cannot miss a page.
     */
    static final float NEAR = 12f;

    /** The runs of text (words, as extraction groups them) that reach past a page's left or right edge, once each. */
    static List<String> find(PDDocument pdf) throws IOException {
        return find(pdf, pagesNearAnEdge(pdf));
    }

    /** As {@link #find(PDDocument)}, extracting only the given pages (numbered from 1). */
    static List<String> find(PDDocument pdf, BitSet pages) throws IOException {
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
        for (int page = pages.nextSetBit(0); page >= 0; page = pages.nextSetBit(page + 1)) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.writeText(pdf, new StringWriter());
        }
        wide.remove("");
        return List.copyOf(wide);
    }

    /**
     * The pages (numbered from 1) with a glyph drawn within {@link #NEAR} points of the left or right edge, or past it:
     * read by {@link GlyphEdges} where it can, by PDFBox's engine ({@link EdgeScan}) on the pages it leaves.
     */
    static BitSet pagesNearAnEdge(PDDocument pdf) throws IOException {
        GlyphEdges.Scan quick = GlyphEdges.scan(pdf, NEAR);
        BitSet pages = quick.near();
        pages.or(engineScan(pdf, quick.unsure()));
        return pages;
    }

    /** {@link #pagesNearAnEdge} as PDFBox's stream engine reads the given pages (numbered from 1), every glyph through it. */
    static BitSet engineScan(PDDocument pdf, BitSet pages) throws IOException {
        EdgeScan scan = new EdgeScan();
        for (int page = pages.nextSetBit(0); page >= 0; page = pages.nextSetBit(page + 1)) {
            scan.setStartPage(page);
            scan.setEndPage(page);
            scan.writeText(pdf, new StringWriter());
        }
        return scan.pages;
    }

    /**
     * Walks the pages' content as text extraction does, but only notes where each glyph starts and ends
     * along the line, without making the text positions and words that extraction builds from them.
     */
    private static final class EdgeScan extends PDFTextStripper {
        private final BitSet pages = new BitSet();
        private float left;
        private float width;

        EdgeScan() {
            addOperator(new FontOnce(this));
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            left = page.getCropBox().getLowerLeftX();
            width = page.getMediaBox().getWidth();
            super.processPage(page);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            float start = textRenderingMatrix.getTranslateX() - left;
            float end = start + displacement.getX() * textRenderingMatrix.getScalingFactorX();
            if (Math.min(start, end) < NEAR || Math.max(start, end) > width - NEAR) {
                pages.set(getCurrentPageNo());
            }
        }
    }

    /**
     * Tf, with each font made once per document: in a PDF still in memory the fonts are not indirect objects,
     * so PDFBox's resource cache does not keep them, and it would read a font's widths again at every Tf.
     */
    private static final class FontOnce extends SetFontAndSize {
        private final Map<COSDictionary, PDFont> fonts = new IdentityHashMap<>();

        FontOnce(PDFStreamEngine context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            COSDictionary resources = getContext().getResources() == null ? null
                    : getContext().getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (operands.size() < 2 || !(operands.get(0) instanceof COSName name) || !(operands.get(1) instanceof COSNumber size)
                    || resources == null || !(resources.getDictionaryObject(name) instanceof COSDictionary dictionary)) {
                super.process(operator, operands);
                return;
            }
            PDFont font = fonts.get(dictionary);
            if (font == null) {
                font = PDFontFactory.createFont(dictionary);
                fonts.put(dictionary, font);
            }
            getContext().getGraphicsState().getTextState().setFontSize(size.floatValue());
            getContext().getGraphicsState().getTextState().setFont(font);
        }
    }
}
