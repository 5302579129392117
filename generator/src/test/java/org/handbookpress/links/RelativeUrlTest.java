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
            "a/b/c.html, assets/theme.css, ../../assets/theme.css"})
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
