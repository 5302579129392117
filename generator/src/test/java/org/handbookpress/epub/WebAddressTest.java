package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void anAddressABrowserFollowsIsOneABookMayHold() {
        String fine = "https://example.org/a?b=1#c";
        assertSame(fine, WebAddress.valid(fine));
        // Mattermost's handbook links an address pasted twice: a second '#'.
        assertEquals("https://h.example/about#companyhttps://h.example/about%23company",
                WebAddress.valid("https://h.example/about#companyhttps://h.example/about#company"));
        assertEquals("https://example.org/our%20rota%7Cweek", WebAddress.valid("https://example.org/our rota|week"));
        assertEquals("https://example.org/100%25", WebAddress.valid("https://example.org/100%"));
        // The GDS Way links https:///www.notifications.service.gov.uk.
        assertEquals("https://www.example.gov.uk", WebAddress.valid("https:///www.example.gov.uk"));
        // "tried http://. 3 times", linked by GitHub's autolinks: no host, no address.
        assertEquals(null, WebAddress.valid("http://."));
    }

    @Test
    void aPictureWrittenIntoAStyleSheetIsAnAddress() {
        org.jsoup.nodes.Element style = org.jsoup.Jsoup.parse("<style>:root { --icon: url('data:image/svg+xml;charset=utf-8,<svg "
                + "xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"/></svg>'); } p { background: url(ok.png) }</style>").selectFirst("style");
        WebAddress.encodeDataUrls(style);
        assertEquals(":root { --icon: url('data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3Cpath%20d=%22M0%200%22/%3E%3C/svg%3E'); }"
                + " p { background: url(ok.png) }", style.data());
    }
}
