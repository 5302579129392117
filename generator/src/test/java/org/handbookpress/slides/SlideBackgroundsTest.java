package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide's own background, as Quarto writes it on the slide's heading and reveal.js's Markdown in a comment: shown
 * behind the slide in the deck and on its page of the slides PDF, the words on a panel of paper, and reported when a
 * value is not what it must be.
 */
class SlideBackgroundsTest {

    static final String DECK = """
            ---
            title: Welcome evening
            kind: slides
            slide-level: 2
            ---

            ## Welcome {background-image="../images/hall.png" background-opacity="0.5"}

            Good to see you.

            ## Ground rules {background-color="#003366"}

            - Listen
            - Be kind

            ## In reveal.js's words

            <!-- .slide: data-background-color="#660000" data-transition="zoom" -->

            Text.

            Note: say hello

            ## {background-image="../images/hall.png"}

            ## Plain {background-color="url(x.png)" background-size="huge"}

            Words.
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
        Files.writeString(content.resolve("handbook.yml"), "title: Backgrounds\nlanguage: en-GB\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("index.md"), "# Home\n\nSee the [welcome evening](training/deck.md).\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("training/deck.md"), DECK, StandardCharsets.UTF_8);
        BufferedImage photo = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 36; y++) {
                photo.setRGB(x, y, (x * 4) << 16 | (y * 7) << 8 | 120);
            }
        }
        ImageIO.write(photo, "png", content.resolve("images/hall.png").toFile());
        site = tmp.resolve("site");
        result = new HandbookBuild(BuildOptions.of(content, site).withTimestamp(SlidesBuildTest.WHEN), BuildLog.SILENT).run();
    }

    static Document html(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theDeckShowsEachBackgroundBehindItsSlideAndTheWordsOnAPanel() throws Exception {
        List<Element> slides = html("training/deck.slides.html").select("div.slides > section");
        assertEquals(5, slides.size(), "the picture alone is a slide of its own");

        Element welcome = slides.get(0);
        assertTrue(welcome.hasClass("slide-on-background") && welcome.hasClass("title-slide"), welcome.className());
        assertEquals("../images/hall.png", welcome.attr("data-background-image"));
        assertTrue(Files.isRegularFile(site.resolve("training").resolve(welcome.attr("data-background-image")).normalize()));
        assertEquals("0.5", welcome.attr("data-background-opacity"));
        assertEquals("cover", welcome.attr("data-background-size"));
        assertEquals("Welcome", welcome.selectFirst("> div.slide-panel > h2").text(), "the heading's list is not in its words");

        assertEquals("#003366", slides.get(1).attr("data-background-color"));
        assertNotNull(slides.get(1).selectFirst("> div.slide-panel > ul"));
        assertEquals("#660000", slides.get(2).attr("data-background-color"), "reveal.js's comment");
        assertEquals("say hello", slides.get(2).selectFirst("aside.notes").text());

        Element picture = slides.get(3);
        assertEquals("../images/hall.png", picture.attr("data-background-image"));
        assertNull(picture.selectFirst(".slide-panel"), "no panel with nothing on it");

        Element plain = slides.get(4);
        assertFalse(plain.hasClass("slide-on-background"));
        assertTrue(plain.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("data-background")), plain.outerHtml());
        assertEquals("Plain", plain.selectFirst("h2").text());
    }

    @Test
    void noMarkerReachesAPageTheSearchOrTheDeck() throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|js|json)$")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("hb-slide-background"), file.toString());
                assertFalse(text.contains(".slide:"), file + " keeps reveal.js's comment");
            }
        }
        Document page = html("training/deck.html");
        assertTrue(page.select("[hidden] img, img[src$=hall.png]").isEmpty(), "the readable page shows no background picture");
    }

    @Test
    void aValueThatIsNoBackgroundIsReportedOnItsLineAndThePictureIsNoAltTextMatter() {
        List<Finding> findings = result.findings();
        List<Finding> background = findings.stream().filter(f -> f.code().equals("slides.background")).toList();
        assertEquals(3, background.size(), background.toString());
        assertTrue(background.stream().anyMatch(f -> f.line() == 18 && f.message().contains("data-transition=\"zoom\"")), background.toString());
        assertTrue(background.stream().anyMatch(f -> f.line() == 26 && f.message().contains("'url(x.png)'")), background.toString());
        assertTrue(background.stream().anyMatch(f -> f.line() == 26 && f.message().contains("size 'huge'")), background.toString());
        assertTrue(findings.stream().noneMatch(f -> f.code().equals("image.alt-missing") || f.code().equals("syntax.attributes-ignored")),
                findings.toString());
    }

    /**
     * A picture on another website, written as an address in the heading's list: Markdown's autolinks made the address a
     * link before the list was read, so the list stayed in the heading as words and nothing was said. Now the list is
     * read and the picture reported as every picture from elsewhere is, on its line, quoted or not.
     */
    @Test
    void aBackgroundFromAnotherWebsiteIsReportedNotLeftInTheHeading(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "# Home\n\nSee the [deck](deck.md).\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("deck.md"), """
                ---
                kind: slides
                ---

                ## Welcome {background-image="https://example.org/hall.jpg"}

                Glad to see you.

                ## Rules {background-image=https://example.org/rules.png background-opacity="0.4"}

                - Listen
                """, StandardCharsets.UTF_8);
        var options = BuildOptions.of(content, dir.resolve("site")).withTimestamp(SlidesBuildTest.WHEN).withoutPdfs();
        org.handbookpress.BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(org.handbookpress.BuildFailure.class,
                () -> new HandbookBuild(options, BuildLog.SILENT).run(), "a picture from elsewhere is an error");
        List<String> remote = failure.findings().stream().filter(f -> f.code().equals("image.remote"))
                .map(f -> f.line() + " " + f.message()).toList();
        assertEquals(2, remote.size(), failure.findings().toString());
        assertTrue(remote.get(0).startsWith("5 ") && remote.get(0).contains("https://example.org/hall.jpg"), remote.toString());
        assertTrue(remote.get(1).startsWith("9 ") && remote.get(1).contains("https://example.org/rules.png"), remote.toString());
    }

    @Test
    void theSlidesPdfFillsTheSlidesPageWithItsBackgroundAndTheHandoutPrintsNone() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/deck-slides.pdf").toFile())) {
            assertEquals(5, pdf.getNumberOfPages());
            assertTrue(hasPicture(pdf.getPage(0)), "the photograph behind the title");
            assertTrue(stream(pdf.getPage(1)).contains("0 0.2 0.4 rg"), "#003366 behind the second slide");
            assertTrue(stream(pdf.getPage(2)).contains("0.4 0 0 rg"), "#660000 behind the third");
            assertTrue(hasPicture(pdf.getPage(3)), "the slide of the picture alone");
            assertFalse(hasPicture(pdf.getPage(4)) || stream(pdf.getPage(4)).contains("0.4 0 0 rg"), "the plain slide has none");
        }
        org.handbookpress.testing.VeraPdf.assertPdfUaAndPdfA(site.resolve("downloads/training/deck-slides.pdf"));
        try (PDDocument handout = Loader.loadPDF(site.resolve("downloads/training/deck-handout.pdf").toFile())) {
            for (PDPage page : handout.getPages()) {
                assertFalse(hasPicture(page) || stream(page).contains("0 0.2 0.4 rg"), "the handout saves the ink");
            }
        }
    }

    private static boolean hasPicture(PDPage page) {
        return page.getResources().getXObjectNames().iterator().hasNext();
    }

    private static String stream(PDPage page) throws Exception {
        try (var in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
