package org.handbookpress.slides;

import org.handbookpress.content.Paper;

/**
 * The room the handout gives a slide's speaker notes and ruled lines, in CSS px, as print/handout-style.ftlh lays it out:
 * beside the slide on A4 and Letter (the handout's width less the 432 px frame, the 20 px gap and 6 px of padding), under
 * it on A5 (the whole width less the padding). The handout is as wide as its page less the margins: its own on its own
 * (14 mm each side), the pack's in a pack (20 mm and 18 mm, on A5 14 mm and 13 mm). A row is 306 px high, but 280 px in a
 * pack on Letter, whose margins leave less room for three rows.
 *
 * @param width  of the notes' text
 * @param height of the notes and ruled lines together; what goes below is clipped
 */
record HandoutColumn(double width, double height) {

    private static final double PX_PER_MM = 96 / 25.4;
    private static final double FRAME = 432;
    private static final double GAP = 20;
    private static final double PADDING = 6;
    private static final double ROW = 306;
    private static final double LETTER_PACK_ROW = 280;

    /** The column of a handout printed on {@code paper}, in a pack or on its own. */
    static HandoutColumn of(Paper paper, boolean inPack) {
        return switch (paper) {
            case A5 -> new HandoutColumn(121 * PX_PER_MM - PADDING, ROW);
            case LETTER -> beside(inPack ? 177.9 : 187.9, inPack ? LETTER_PACK_ROW : ROW);
            case A4 -> beside(inPack ? 172 : 182, ROW);
        };
    }

    private static HandoutColumn beside(double handoutMm, double height) {
        return new HandoutColumn(handoutMm * PX_PER_MM - FRAME - GAP - PADDING, height);
    }
}
