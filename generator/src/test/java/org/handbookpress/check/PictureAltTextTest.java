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
}
