package org.handbookpress.findings;

import java.util.List;

/** How a finding names some of many things: the first few, then how many more ("a.md, b.md and 3 more"). */
public final class Listed {

    private Listed() {
    }

    /** The first {@code named} of {@code items}, joined with commas, and " and N more" when there are more. */
    public static String first(List<String> items, int named) {
        return String.join(", ", items.subList(0, Math.min(named, items.size())))
                + (items.size() > named ? " and " + (items.size() - named) + " more" : "");
    }
}
