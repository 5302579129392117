package org.handbookpress.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Locale;

/**
 * Items of a list joined with the comma the language writes: "، " in Arabic script (Arabic, Persian, Urdu…), "、" in
 * Chinese and Japanese, ", " elsewhere. A Latin comma between two Arabic words reads as a stray mark, and in a
 * right-to-left line it sits on the wrong side of its space.
 */
public final class ListComma {

    private ListComma() {
    }

    public static String join(Collection<String> items, Locale language) {
        return String.join(of(language), items);
    }

    static String of(Locale language) {
        for (int script : UScript.getCode(ULocale.forLocale(language))) {
            if (script == UScript.ARABIC) {
                return "، ";
            }
            if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                return "、";
            }
        }
        return ", ";
    }
}
