package org.handbookpress.sanitise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Normalising a URL that holds nothing invisible skips the regex: the answer is the regex's either way. */
class SiteUrlTest {

    @Test
    void normaliseIsTheRegexReplacementWithOrWithoutInvisibleCharacters() {
        List<String> parts = List.of("a", "/", "\\", ":", "java", "script", "\t", "\n", "\u0001", "\u0000", " ", "\u007f", "\u0080",
                "\u00a0", "\u2028", "é", "%20");
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder url = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                url.append(parts.get(random.nextInt(parts.size())));
            }
            String text = url.toString();
            assertEquals(text.replaceAll("[\\x00-\\x20\\x7f]", "").replace('\\', '/'), SiteUrl.normalise(text), text);
        }
        assertEquals(SiteUrl.SCRIPT, SiteUrl.of("java\u0001script:alert(1)", ""));
        assertEquals(SiteUrl.REMOTE, SiteUrl.of("/\\evil.example/x.css", ""));
        assertEquals(SiteUrl.LOCAL, SiteUrl.of("a/b.html#x", "toolkit"));
    }
}
