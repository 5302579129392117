package org.handbookpress.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Locale;

/**
 * A language's alphabetical order: CLDR's collation (ICU4J), not the JDK's. The JDK sorts Ukrainian's Ґ as a Г with an
 * accent ("Ґарант" before "Гора") where it is the letter after Г, and puts Latin before Cyrillic in a Ukrainian list
 * where CLDR puts the language's own script first (as it does Arabic's in Arabic); Welsh's CH, DD, LL… are the letters
 * they are in a Welsh dictionary, and a name by code point put "Llanfair…" before "aberdar" and "Éclair" after "zebra".
 * Frozen, so one serves every thread.
 */
public final class Alphabetical {

    private Alphabetical() {
    }

    /** The language's collation at {@code strength} ({@link Collator#PRIMARY}: letters only; Ä is A in German). */
    public static Collator collator(Locale language, int strength) {
        return collator(language, strength, false);
    }

    /**
     * Titles and names in the language's order: accents count, case does not ("Round" and "round" keep their order),
     * and a number among the letters counts as the number it is, as a file manager lists files: "Step 2" before
     * "Step 10", "quiz9/" before "quiz10/". Letter by letter, a training module's steps 10 to 12 came between its
     * first and second (step_1.md … step_12.md have no leading number to be ordered by).
     */
    public static Comparator<Object> order(Locale language) {
        return collator(language, Collator.SECONDARY, true);
    }

    private static Collator collator(Locale language, int strength, boolean numbersByValue) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language));
        collator.setStrength(strength);
        if (numbersByValue && collator instanceof RuleBasedCollator rules) {
            rules.setNumericCollation(true);
        }
        return collator.freeze();
    }
}
