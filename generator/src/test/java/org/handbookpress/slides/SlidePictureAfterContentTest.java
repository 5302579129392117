package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture written after a slide's table, as a coach puts a diagram under the timings: nothing follows it to stand
 * beside, so it is not floated to the right below the table, where the PDF engine, finding no room, moved it onto the
 * next slide's page, over that slide's heading, and no overflow was reported (the page count was unchanged).
 */
class SlidePictureAfterContentTest {

    static final String DECK = """
            ---
            title: Coach induction
            kind: slides
            ---

            ## Session shape

            | Part | Under-9s |
            |---|--:|
            | Warm-up | 10 min |
            | Skill practice | 15 min |
            | Small-sided game | 25 min |
            | Cool-down | 5 min |

            ![A training area set out with cones](../images/pitch.png)

            Note: walk through the table.

            ---

            ## Any questions?

            Ask the welfare officer.
            """;

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("training"));
        Files.createDirectories(content.resolve("images"));
        Files.writeString(content.resolve("handbook.yml"), "title: Coaches\nlanguage: en-GB\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("index.md"), "# Home\n\nSee the [slides](training/deck.md).\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("training/deck.md"), DECK, StandardCharsets.UTF_8);
        ImageIO.write(new BufferedImage(300, 180, BufferedImage.TYPE_INT_RGB), "png", content.resolve("images/pitch.png").toFile());
        site = tmp.resolve("site");
        result = new HandbookBuild(BuildOptions.of(content, site).withTimestamp(SlidesBuildTest.WHEN), BuildLog.SILENT).run();
    }

    @Test
    void aPictureWithNothingAfterItIsNotSetBesideAnything() throws Exception {
        List<Element> slides = Jsoup.parse(site.resolve("training/deck.slides.html").toFile(), "UTF-8")
                .select("div.slides > section");
        Element figure = slides.get(0).selectFirst("p.slide-figure");
        assertFalse(figure.hasClass("slide-figure-beside"), figure.outerHtml());
    }

    @Test
    void theSlidesPdfPrintsThePictureOnItsOwnSlideAndReportsTheSlideWhenTooFull() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/deck-slides.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals(1, pictures(pdf, 0), "the picture is on the slide it is written on");
            assertEquals(0, pictures(pdf, 1), "and not over the next slide");
        }
        // Under the table the picture does not fit at full size: said, and printed smaller, as any too-full slide is.
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("slides.overflow") && f.line() == 6),
                result.findings().toString());
    }

    private static int pictures(PDDocument pdf, int page) throws Exception {
        PDResources resources = pdf.getPage(page).getResources();
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }
}
