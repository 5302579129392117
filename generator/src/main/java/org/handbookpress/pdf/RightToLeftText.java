package org.handbookpress.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the PDF engine, on ICU. OpenHTMLtoPDF lays text out left to right, a character at a time,
 * unless it is given two plug-ins: a splitter, which cuts a paragraph into runs of one direction by the Unicode
 * bidirectional algorithm (so an English name or a number inside Arabic keeps its own order), and a reorderer, which
 * joins Arabic letters (each character replaced by its initial, medial, final or isolated presentation form, lam-alef
 * as one ligature) before the text is measured, and turns each right-to-left run into the order its glyphs are drawn
 * in, brackets mirrored. The engine's own plug-ins do neither, and the ICU-based ones it offers are a separate artifact
 * not published for this version.
 *
 * <p>The PDF's text layer (copy, search, a screen reader) is the drawn glyphs: presentation forms in drawing order, which
 * text extraction that follows the Unicode bidi algorithm reads back in logical order.
 */
final class RightToLeftText implements BidiReorderer {

    /** Letters joined, lam-alef a ligature (the text one character shorter), digits and the rest untouched. */
    private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;
    private static final int UNSHAPE = ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;

    /** ArabicShaping keeps nothing between calls once made, so one of each serves every print, on any thread. */
    private final ArabicShaping shaper = new ArabicShaping(SHAPE);
    private final ArabicShaping unshaper = new ArabicShaping(UNSHAPE);

    /** A splitter for each paragraph the engine lays out: ICU's {@link Bidi} keeps the paragraph it was last given. */
    static BidiSplitterFactory splitters() {
        return Splitter::new;
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        // A run the splitter found right to left, in logical order: reversed, with a combining mark kept after its base
        // letter (drawn over it), and each bracket replaced by its mirror image, '(' for ')'.
        // Bidi marks (RLM, LRM, ALM) have done their work in the splitter; the fonts draw a mark for them, so they go.
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    @Override
    public String shapeText(String text) {
        return hasArabic(text) ? shape(shaper, text) : text;
    }

    @Override
    public String deshapeText(String text) {
        return shape(unshaper, text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static String shape(ArabicShaping shaping, String text) {
        try {
            return shaping.shape(text);
        } catch (ArabicShapingException e) {
            return text; // only a fixed-length option can fail (no room for a ligature's space): not ours
        }
    }

    /** Whether the text has a right-to-left character (Hebrew, Arabic, Syriac, Thaana…), the only text that needs these. */
    static boolean present(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && rightToLeft(Character.getDirectionality(c))) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && rightToLeft(Character.getDirectionality(Character.toCodePoint(c, text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean rightToLeft(byte directionality) {
        return directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Whether shaping may change anything: a character of the Arabic blocks, the presentation forms included. */
    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x0600 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
                return true;
            }
        }
        return false;
    }

    /** One paragraph's runs, in the order they are drawn, left to right. */
    private static final class Splitter implements BidiSplitter {

        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            byte level = switch (defaultDirection) {
                case BidiSplitter.RTL -> 1;
                case BidiSplitter.LTR -> 0;
                default -> Bidi.LEVEL_DEFAULT_LTR; // from the paragraph's first strong character
            };
            bidi.setPara(paragraph, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? BidiSplitter.RTL : BidiSplitter.LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return switch (Bidi.getBaseDirection(paragraph)) {
                case Bidi.RTL -> BidiSplitter.RTL;
                case Bidi.LTR -> BidiSplitter.LTR;
                default -> BidiSplitter.NEUTRAL;
            };
        }
    }
}
