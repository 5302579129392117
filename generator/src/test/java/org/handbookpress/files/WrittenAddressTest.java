package org.handbookpress.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrittenAddressTest {

    @Test
    void aSchemeIsALetterThenLettersDigitsAndPlusDotOrDashThenAColon() {
        for (String address : new String[] {"https://example.org/", "mailto:jo@example.org", "cid:image001.png@01D9",
                "javascript:alert(1)", "data:image/png;base64,AAAA", "git+ssh://host/repo", "x-custom.v1:thing", "HTTPS://X"}) {
            assertTrue(WrittenAddress.hasScheme(address), address);
            assertTrue(WrittenAddress.isNoPath(address), address);
        }
        for (String path : new String[] {"policies/safeguarding.md", "../images/a.png", "#top", "", "1st:chapter.md",
                "a b:c.md", "/x.html", "?q=1"}) {
            assertFalse(WrittenAddress.hasScheme(path), path);
        }
    }

    @Test
    void aNetworkPathIsNoPathOfTheHandbookThoughItHasNoScheme() {
        assertFalse(WrittenAddress.hasScheme("//cdn.example.org/x.js"));
        assertTrue(WrittenAddress.isNoPath("//cdn.example.org/x.js"));
        assertFalse(WrittenAddress.isNoPath("/from-the-root.html"), "a path from the root is a path, if one leaving the site");
    }

    @Test
    void onlyAnAddressWithAHostNamesAServer() {
        assertTrue(WrittenAddress.namesAServer("https://example.org/a.png"));
        assertTrue(WrittenAddress.namesAServer("ftp://example.org/a.png"));
        assertTrue(WrittenAddress.namesAServer("//example.org/a.png"));
        assertFalse(WrittenAddress.namesAServer("javascript:alert(1)"));
        assertFalse(WrittenAddress.namesAServer("cid:image001.png"));
        assertFalse(WrittenAddress.namesAServer("mailto:jo@example.org"));
        assertFalse(WrittenAddress.namesAServer("images/a.png"));
    }
}
