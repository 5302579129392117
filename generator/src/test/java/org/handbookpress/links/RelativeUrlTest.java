package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeUrlTest {

    @ParameterizedTest
    @CsvSource({
            "index.html, toolkit/a.html, toolkit/a.html",
            "toolkit/a.html, toolkit/b.html, b.html",
            "toolkit/a.html, policies/s.html, ../policies/s.html",
            "toolkit/a.html, index.html, ../index.html",
            "a/b/c.html, a/d.html, ../d.html",
            "a/b/c.html, assets/theme.css, ../../assets/theme.css",
            "index.html, colon: x.html, colon%3A%20x.html",
            "odd/q?mark.html, odd/hash#tag.html, hash%23tag.html",
            "café gŵyl/a.html, café gŵyl/pct%20x.html, pct%2520x.html",
            "odd/a.html, café gŵyl/b.html, ../caf%C3%A9%20g%C5%B5yl/b.html"})
    void between(String from, String to, String expected) {
        assertEquals(expected, RelativeUrl.between(from, to));
    }

    @ParameterizedTest
    @CsvSource({"toolkit, ../policies/s.md, policies/s.md", "toolkit, ./b.md, toolkit/b.md", "'', images/x.png, images/x.png",
            "toolkit, ../, ''"})
    void resolve(String folder, String relative, String expected) {
        assertEquals(expected, RelativeUrl.resolve(folder, relative));
    }

    @org.junit.jupiter.api.Test
    void climbingOutIsRefused() {
        assertNull(RelativeUrl.resolve("toolkit", "../../etc/passwd"));
    }
}
