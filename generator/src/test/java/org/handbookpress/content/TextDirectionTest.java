package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void languagesWrittenRightToLeftWithOrWithoutARegion() {
        for (String tag : new String[] {"ar", "ar-EG", "ar_SA", "he", "he-IL", "iw", "fa", "fa-AF", "ur", "ps", "yi", "dv",
                "ckb", "sd", "ug", "AR", "az-Arab", "pa-Arab"}) {
            assertTrue(TextDirection.rightToLeft(tag), tag);
            assertEquals("rtl", TextDirection.of(tag), tag);
        }
    }

    @Test
    void everyOtherLanguageIsLeftToRight() {
        for (String tag : new String[] {"en", "en-GB", "cy", "pl", "zh-Hant", "ja", "hi", "ku-Latn", "az", "tr", "sd-Deva",
                "", " ", "not a tag", "x-private"}) {
            assertFalse(TextDirection.rightToLeft(tag), tag);
            assertEquals("ltr", TextDirection.of(tag), tag);
        }
        assertFalse(TextDirection.rightToLeft(null));
    }
}
