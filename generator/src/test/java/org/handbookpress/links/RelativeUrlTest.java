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

    /** The first way of working it out, by splitting both paths into segments: {@link RelativeUrl#between} must agree. */
    private static String betweenBySplitting(String from, String to) {
        String[] fromParts = from.split("/", -1);
        String[] toParts = to.split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        out.append("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(UrlPath.encode(toParts[i]));
            if (i < toParts.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    @org.junit.jupiter.api.Test
    void betweenAgreesWithSplittingOnGeneratedPaths() {
        java.util.List<String> parts = java.util.List.of("a", "b", "ab", "a.html", "b.html", "/", "/", "//", "café", "q?x", "%20", " ", "..",
                "\uD83D\uDE00", "\uD800", "#");
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder from = new StringBuilder();
            StringBuilder to = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                from.append(parts.get(random.nextInt(parts.size())));
            }
            // Often share a start, as pages of one handbook do.
            to.append(from, 0, random.nextInt(from.length() + 1));
            for (int i = random.nextInt(6); i > 0; i--) {
                to.append(parts.get(random.nextInt(parts.size())));
            }
            assertEquals(betweenBySplitting(from.toString(), to.toString()), RelativeUrl.between(from.toString(), to.toString()),
                    from + " -> " + to);
        }
    }
}
