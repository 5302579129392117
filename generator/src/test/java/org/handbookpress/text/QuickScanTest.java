package org.handbookpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** QuickScan answers as String.contains does, before and after it has noted a text, for texts of any characters. */
class QuickScanTest {

    private static final String PAGE = ("# Volunteer induction\n\nWelcome to the befriending team. Read the [safeguarding policy](policy.md)"
            + " before your first visit, and ask your coordinator about anything that is unclear.[^1]\n\n| Week | Task |\n|---|---|\n"
            + "| 1 | Shadow a visit |\n\n[^1]: Café meetings count as visits — see “Meeting places”.\n").repeat(8);

    @Test
    void answersAsContainsOnEveryAsk() {
        assertTrue(PAGE.length() >= QuickScan.NOTED_FROM, "the page is long enough to be noted");
        List<String> parts = List.of("{{<", "{%", "endcomment", "[^", "[^1]", "policy.md", "Café", "“Meeting", "—", "é", "\n|",
                "visits — see", "import ", "require(", "\n:", "Welcome", "welcome", "xyz", "Shadow a visit |\n\n[^1]", "ü", "#");
        for (int round = 0; round < 2 * QuickScan.ASKS_BEFORE_NOTING; round++) {
            for (String part : parts) {
                assertEquals(PAGE.contains(part), QuickScan.contains(PAGE, part), "'" + part + "' on ask " + (round + 1));
            }
        }
    }

    @Test
    void aNotedTextSaysNoOnlyForWhatItLacks() {
        String text = "abc ".repeat(400) + "{{< ref >}}";
        for (int i = 0; i < QuickScan.ASKS_BEFORE_NOTING; i++) {
            QuickScan.contains(text, "zz");
        }
        assertTrue(QuickScan.contains(text, "{{<"));
        assertTrue(QuickScan.contains(text, "c ab"));
        assertFalse(QuickScan.contains(text, "{{%"));
        assertFalse(QuickScan.contains(text, "cba"));
    }

    @Test
    void agreesWithContainsOnRandomTexts() {
        Random random = new Random(20261207L);
        String alphabet = "ab{}<%#\n é—";
        for (int t = 0; t < 40; t++) {
            StringBuilder text = new StringBuilder();
            int length = QuickScan.NOTED_FROM + random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String page = text.toString();
            List<String> parts = new ArrayList<>();
            for (int p = 0; p < 60; p++) {
                StringBuilder part = new StringBuilder();
                for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                    part.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                parts.add(part.toString());
                parts.add(page.substring(p * 10, p * 10 + 1 + random.nextInt(8)));
            }
            for (String part : parts) {
                assertEquals(page.contains(part), QuickScan.contains(page, part), "'" + part + "' in text " + t);
            }
        }
    }

    @Test
    void twoTextsAskedInTurnAreEachAnsweredRightly() {
        String first = "first page ".repeat(200);
        String second = "second page ".repeat(200);
        for (int i = 0; i < 10; i++) {
            assertTrue(QuickScan.contains(first, "first"));
            assertFalse(QuickScan.contains(first, "second"));
            assertTrue(QuickScan.contains(second, "second"));
            assertFalse(QuickScan.contains(second, "first p"));
        }
    }
}
