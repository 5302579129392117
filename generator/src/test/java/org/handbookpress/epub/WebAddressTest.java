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
    }
}
