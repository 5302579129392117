package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture's alt text given in the attribute list after it (Pandoc's alt, Quarto's fig-alt) is alt text. */
class PictureAltTextTest {

    private static final String SQUARE = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";

    @Test
    void altTextInTheAttributeListCountsAsAltText(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.qmd", """
                        # Pictures

                        ![](hall.svg){fig-alt="The main hall set out with twelve chairs"}

                        ![](door.svg){alt='The side door' width=50%}

                        ![](kitchen.svg){width=50%}
                        """,
                "hall.svg", SQUARE, "door.svg", SQUARE, "kitchen.svg", SQUARE));
        Path site = dir.resolve("site");
        BuildResult result = TestHandbooks.build(content, site);
        assertEquals(List.of("index.qmd:7"), result.findings().stream().filter(f -> f.code().equals("image.alt-missing"))
                .map(f -> f.file() + ":" + f.line()).toList(), "only the picture without any");
        assertEquals("The main hall set out with twelve chairs",
                Jsoup.parse(Files.readString(site.resolve("index.html"))).selectFirst("img[src=hall.svg]").attr("alt"));
    }

    @Test
    void altTextWithQuotesInsideItIsReadWhole(@TempDir Path dir) throws Exception {
        // Pandoc escapes the quotes inside a value (\"Novice\"), and the Markdown takes the backslashes away: read as
        // ending at the first inner quote, the list was no list, and the page showed it as text with an empty alt.
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "index.md", """
                        # Pictures

                        ![](levels.svg){alt="Three people, labelled \\"Novice\\", \\"Competent\\" and \\"Expert\\". An arrow points right."}

                        ![](map.svg){alt='Sam\\'s map of the hall' width=50%}
                        """,
                "levels.svg", SQUARE, "map.svg", SQUARE));
        Path site = dir.resolve("site");
        BuildResult result = TestHandbooks.build(content, site);
        org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(site.resolve("index.html")));
        assertEquals("Three people, labelled \"Novice\", \"Competent\" and \"Expert\". An arrow points right.",
                page.selectFirst("img[src=levels.svg]").attr("alt"));
        assertEquals("Sam's map of the hall", page.selectFirst("img[src=map.svg]").attr("alt"));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().equals("image.alt-missing")).toList());
        org.junit.jupiter.api.Assertions.assertFalse(page.selectFirst("main").text().contains("alt="), page.selectFirst("main").text());
    }
}
