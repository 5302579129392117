package org.handbookpress.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide text is in the handout's speaker notes, measured with the advance widths of Liberation Sans Bold, the widest
 * face of the font the notes print in (regular and italic share the regular widths, which are narrower): an estimate
 * that errs on the long side, so that the part of the notes given to the column beside a slide is never more than it
 * holds. A character the font lacks (the engine draws it from DejaVu Sans) counts a full em, wider than any it has.
 */
final class NoteWidths {

    private static final String FONT = "/liberation/LiberationSans-Bold.ttf";
    /** Characters below this are measured from the font; it covers the Latin, Greek, Cyrillic and Arabic blocks. */
    private static final int MEASURED = 0x2100;

    /** The advance of each character below {@link #MEASURED}, in em; 1 where the font lacks it. */
    private static final double[] ADVANCES = load();

    private NoteWidths() {
    }

    /** The width of {@code text} set at {@code fontSize} px, in px. */
    static double width(CharSequence text, double fontSize) {
        return text.codePoints().mapToDouble(NoteWidths::advance).sum() * fontSize;
    }

    /** The advance of a character, in em. */
    static double advance(int codePoint) {
        return codePoint >= 0 && codePoint < MEASURED ? ADVANCES[codePoint] : 1;
    }

    private static double[] load() {
        double[] advances = new double[MEASURED];
        try (InputStream in = NoteWidths.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is not on the class path (the openpdf-fonts-extra jar)");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                double unitsPerEm = font.getUnitsPerEm();
                for (int c = 0; c < MEASURED; c++) {
                    int glyph = cmap.getGlyphId(c);
                    advances[c] = glyph == 0 ? 1 : font.getAdvanceWidth(glyph) / unitsPerEm;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return advances;
    }
}
