package org.handbookpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hash#tag.html|hash%23tag.html",
            "q?mark.html|q%3Fmark.html",
            "pct%20x.html|pct%2520x.html",
            "colon: x.html|colon%3A%20x.html",
            "café gŵyl.html|caf%C3%A9%20g%C5%B5yl.html",
            "toolkit/01-setting-up.html|toolkit/01-setting-up.html",
            "q&a/it's (new)!.html|q&a/it's%20(new)!.html",
            "a+b=c;d,e@f~g.html|a+b=c;d,e@f~g.html",
            "emoji 😀.html|emoji%20%F0%9F%98%80.html",
            "quote\"<less>.html|quote%22%3Cless%3E.html"})
    void encodesEachSegmentAndKeepsTheSlashes(String sitePath, String href) {
        assertEquals(href, UrlPath.encode(sitePath));
        assertEquals(sitePath, UrlPath.decode(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hash#tag.html", "q?mark.html", "pct%20x.html", "colon: x.html", "café gŵyl.html",
            "a/b c/d#e?f%g:h.html", "[brackets]{braces}|pipe\\back`tick^.html"})
    void anEncodedPathIsAValidRelativeUriThatNamesTheFile(String sitePath) throws URISyntaxException {
        URI uri = new URI(UrlPath.encode(sitePath));
        assertNull(uri.getScheme(), "no scheme");
        assertNull(uri.getRawQuery(), "no query");
        assertNull(uri.getRawFragment(), "no fragment");
        assertEquals(sitePath, uri.getPath(), "java.net.URI decodes it back per RFC 3986");
    }

    @Test
    void decodesByRfc3986NotAsAForm() {
        assertEquals("a+b.md", UrlPath.decode("a+b.md"));
        assertEquals("a b.md", UrlPath.decode("a%20b.md"));
        assertEquals("q?mark.md", UrlPath.decode("q%3fmark.md"));
    }

    @Test
    void aPercentThatIsNoEscapeIsLeftAsWritten() {
        assertEquals("100%.md", UrlPath.decode("100%.md"));
        assertEquals("100%zz.md", UrlPath.decode("100%zz.md"));
        assertEquals("bad%FF.md", UrlPath.decode("bad%FF.md"), "not UTF-8");
        assertEquals("end%2", UrlPath.decode("end%2"));
    }

    @Test
    void fragmentsAndAbsoluteUrls() {
        assertEquals("croeso-i'r-g%C5%B5yl", UrlPath.encodeFragment("croeso-i'r-gŵyl"));
        assertEquals("a%20b%23c/d?e:f@g", UrlPath.encodeFragment("a b#c/d?e:f@g"));
        assertEquals("https://example.org/hb/colon%3A%20x.html", UrlPath.absolute("https://example.org/hb/", "colon: x.html"));
        assertEquals("https://example.org/hb/odd/q%3Fmark.html", UrlPath.absolute("https://example.org/hb", "odd/q?mark.html"));
    }
}
