package org.handbookpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A list's comma is the language's: Arabic script's, Chinese and Japanese's, and the Latin one elsewhere. */
class ListCommaTest {

    @Test
    void eachScriptHasItsComma() {
        List<String> items = List.of("x", "y");
        assertEquals("x، y", ListComma.join(items, Locale.forLanguageTag("ar")));
        assertEquals("x، y", ListComma.join(items, Locale.forLanguageTag("fa")));
        assertEquals("x、y", ListComma.join(items, Locale.forLanguageTag("ja")));
        assertEquals("x, y", ListComma.join(items, Locale.forLanguageTag("en-GB")));
        assertEquals("x, y", ListComma.join(items, Locale.forLanguageTag("he")));
    }
}
