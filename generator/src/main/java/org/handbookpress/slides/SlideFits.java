package org.handbookpress.slides;

import java.util.Map;
import java.util.TreeMap;

/**
 * The size each too-full slide is printed at, in percent (90, 80 or 70; 100 for a slide that fits), and whether it then
 * fits its page, as {@link SlidesPdf} measured it on the slides PDF. The slides PDF and the handouts (the deck's own and
 * the packs') print such a slide at that size and cut off at its frame what still does not fit, so that a slide keeps
 * to its own page and a handout's frame is never left empty.
 *
 * @param percents slide number (1-based) → percent, only for the slides printed smaller
 * @param cut      the slide numbers whose content does not fit even at the smallest size, and is cut off
 */
public record SlideFits(Map<Integer, Integer> percents, java.util.Set<Integer> cut) {

    /** The sizes a slide may be printed at, largest first (print/slide-style.ftlh has rules for each). */
    static final int[] STEPS = {90, 80, 70};

    public static final SlideFits NONE = new SlideFits(Map.of(), java.util.Set.of());

    public SlideFits {
        percents = java.util.Collections.unmodifiableMap(new TreeMap<>(percents));
        cut = java.util.Set.copyOf(cut);
    }

    /** The percent slide {@code number} is printed at. */
    public int percent(int number) {
        return percents.getOrDefault(number, 100);
    }

    /**
     * The step a slide is printed at when its content needs {@code scale} of its size to fit (1 or more: it fits as it
     * is, but the layout engine still pushed a line past the page): the largest step at or under it, else the smallest.
     */
    static int step(double scale) {
        for (int step : STEPS) {
            if (scale * 100 >= step) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }
}
