package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small handbook with a 4-slide deck and an overfull deck, and checks what the slides stage wrote. */
class SlidesBuildTest {

    static final Instant WHEN = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    static Path content() throws Exception {
        return Path.of(SlidesBuildTest.class.getResource("/handbooks/slides-four/content").toURI());
    }

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        result = new HandbookBuild(BuildOptions.of(content(), site).withTimestamp(WHEN), BuildLog.SILENT).run();
    }

    static Document html(String path) throws Exception {
        Path file = site.resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @Test
    void theDeckHasFourSlidesWithTheirSpeakerNotes() throws Exception {
        Document deck = html("training/four-slides.slides.html");
        List<Element> slides = deck.select("div.reveal > div.slides > section");
        assertEquals(4, slides.size());
        for (Element slide : slides) {
            assertEquals(1, slide.select("> aside.notes").size(), "notes of " + slide.id());
        }
        assertEquals("Welcome the group and say what the four slides cover.", slides.get(0).selectFirst("aside.notes").text());
        assertFalse(deck.text().contains("Note:"), "the Note: marker is not shown");
        assertFalse(slides.get(1).ownText().contains("Point at the agenda"));
        assertEquals("Four Slides", slides.get(0).selectFirst("h1").text(), "the title slide keeps its heading");
        assertNotNull(slides.get(1).selectFirst("table"));
        assertNotNull(slides.get(1).selectFirst(".callout-tip"));
        assertNotNull(slides.get(2).selectFirst("pre > code"));
        assertNotNull(slides.get(2).selectFirst("img[alt]"));
        assertTrue(slides.get(3).attr("aria-label").startsWith("Slide 4 of 4"));
    }

    @Test
    void theDeckLoadsRevealFromTheSiteByRelativePathsAndItsLinksResolve() throws Exception {
        Document deck = html("training/four-slides.slides.html");
        Path folder = site.resolve("training");
        List<String> resources = deck.select("script[src], link[href], img[src]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")).toList();
        assertTrue(resources.contains("../assets/vendor/reveal/reveal.js"), resources.toString());
        assertTrue(resources.contains("../assets/vendor/reveal/plugin/notes.js"), resources.toString());
        assertTrue(resources.contains("../assets/vendor/reveal/reveal.css"), resources.toString());
        assertTrue(resources.contains("../assets/slides.css"), resources.toString());
        for (String resource : resources) {
            assertFalse(resource.matches("(?i)^(https?:)?//.*"), "loads from the network: " + resource);
            assertTrue(Files.isRegularFile(folder.resolve(resource).normalize()), "missing: " + resource);
        }
        String script = Files.readString(site.resolve("assets/slides.js"));
        assertTrue(script.contains("RevealNotes") && script.contains("slideNumber"), "speaker view and slide numbers");
        Element link = deck.selectFirst("aside.notes a");
        assertEquals("../toolkit/listening.html#leave-silences", link.attr("href"));
        assertTrue(Files.isRegularFile(folder.resolve("../toolkit/listening.html").normalize()));
        assertTrue(Files.isRegularFile(folder.resolve(deck.selectFirst("a.deck-skip").attr("href"))));
    }

    @Test
    void theReadablePageShowsEachSlideAndLinksToTheDeckAndPdfs() throws Exception {
        Document page = html("training/four-slides.html");
        assertEquals(4, page.select("section.slide-card").size());
        assertEquals(4, page.select("section.slide-card details.slide-notes").size());
        assertEquals(1, page.select("h1").size(), "the title slide's h1 becomes an h2 on the page");
        Path folder = site.resolve("training");
        for (String label : List.of("Present the slides", "Slides (PDF)", "Handout (PDF)")) {
            Element link = page.selectFirst("a:containsOwn(" + label + ")");
            assertNotNull(link, label);
            assertTrue(Files.isRegularFile(folder.resolve(link.attr("href")).normalize()), label + " → " + link.attr("href"));
        }
    }

    @Test
    void theSlidesPdfHasOneLandscape16By9PagePerSlide() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/four-slides-slides.pdf").toFile())) {
            assertEquals(4, pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "landscape");
                assertEquals(16.0 / 9.0, box.getWidth() / box.getHeight(), 0.01);
            }
            List<String> outline = java.util.stream.StreamSupport.stream(
                    pdf.getDocumentCatalog().getDocumentOutline().children().spliterator(), false).map(PDOutlineItem::getTitle).toList();
            assertEquals(List.of("1. Four Slides", "2. A table and a callout", "3. Code and a picture", "4. Questions"), outline);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(pdf);
            assertTrue(second.contains("Check-in") && second.contains("Keep the rounds short."), second);
            assertFalse(second.contains("Point at the agenda"), "speaker notes stay out of the slides");
            PDResources third = pdf.getPage(2).getResources();
            boolean picture = false;
            for (COSName name : third.getXObjectNames()) {
                picture |= third.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(picture, "the picture is drawn on slide 3");
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
    }

    @Test
    void theHandoutIsA4PortraitThreeSlidesAPageWithTheNotes() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/four-slides-handout.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages(), "ceil(4 / 3) pages");
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1);
            }
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(pdf);
            assertTrue(first.contains("Slide 1 of 4") && first.contains("Slide 3 of 4") && !first.contains("Slide 4 of 4"), first);
            assertTrue(first.contains("Point at the agenda on the wall."), "handout: notes prints the speaker notes");
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("downloads/training/too-full-handout.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertFalse(new PDFTextStripper().getText(pdf).contains("Nobody can read this"), "no notes without handout: notes");
        }
    }

    static String text(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(page);
            text.setEndPage(page);
            return text.getText(doc);
        }
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aTooFullSlideIsPrintedSmallerOnOnePageOfItsOwnInEveryPdf() throws Exception {
        Path slides = site.resolve("downloads/training/too-full-slides.pdf");
        assertEquals(3, pages(slides), "a page a slide, the too-full one included");
        String second = text(slides, 2);
        assertTrue(second.contains("First point") && second.contains("Tenth point"), "smaller, all ten points fit: " + second);
        assertTrue(second.contains("2 / 3"), second);
        assertTrue(text(slides, 3).contains("The last slide fits") && text(slides, 3).contains("3 / 3"));
        // The handout's frame and the pack's handout print it too, at the same size: never an empty frame.
        String handout = text(site.resolve("downloads/training/too-full-handout.pdf"), 1);
        assertTrue(handout.contains("A slide with far too much on it") && handout.contains("First point"), handout);
        Path pack = site.resolve("downloads/trainer-pack.pdf");
        StringBuilder packText = new StringBuilder();
        for (int page = 1; page <= pages(pack); page++) {
            packText.append(text(pack, page));
        }
        assertTrue(packText.toString().contains("A slide with far too much on it") && packText.toString().contains("First point"),
                packText.toString());
    }

    @Test
    void aSlideTooFullEvenAt70PercentIsCutOffAtTheEndOfItsPage() throws Exception {
        Path slides = site.resolve("downloads/training/far-too-full-slides.pdf");
        assertEquals(2, pages(slides));
        String first = text(slides, 1);
        assertTrue(first.contains("Point number 1 ") && !first.contains("Point number 60 ") && first.contains("1 / 2"), first);
        assertTrue(text(slides, 2).contains("After it") && text(slides, 2).contains("2 / 2"));
        // Its frame on the handouts runs past the end of the page: once the layout engine moved it all off the frame.
        assertTrue(text(site.resolve("downloads/training/far-too-full-handout.pdf"), 1).contains("Point number 1 "));
        Path pack = site.resolve("downloads/trainer-pack.pdf");
        String last = text(pack, pages(pack));
        assertTrue(last.contains("Sixty points") && last.contains("Point number 1 "), last);
        Finding finding = result.findings().stream().filter(f -> f.code().equals("slides.overflow"))
                .filter(f -> f.file().equals("training/far-too-full.md")).findFirst().orElseThrow();
        assertTrue(finding.message().endsWith("print it at 70% of its size, and still cut off what does not fit at the bottom of the slide"),
                finding.message());
    }

    @Test
    void anOverfullSlideIsAWarningNamingTheDeckAndTheSlide() {
        List<Finding> overflow = result.findings().stream().filter(f -> f.code().equals("slides.overflow"))
                .filter(f -> f.file().equals("training/too-full.md")).toList();
        assertEquals(1, overflow.size(), overflow.toString());
        Finding finding = overflow.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("training/too-full.md", finding.file());
        assertEquals(13, finding.line(), "the line of the slide's heading");
        assertTrue(finding.message().contains("slide 2 of 3") && finding.message().contains("training/too-full.slides.html"), finding.message());
        assertTrue(finding.message().matches(".* print it at [789]0% of its size to fit"), finding.message());
    }

    @Test
    void anEmptyDeckAndAnUnknownHandoutSettingAreReported() {
        Finding empty = result.findings().stream().filter(f -> f.code().equals("slides.empty")).findFirst().orElseThrow();
        assertEquals("training/nothing-yet.md", empty.file());
        assertFalse(Files.exists(site.resolve("training/nothing-yet.slides.html")), "no deck without slides");
        Finding handout = result.findings().stream().filter(f -> f.code().equals("front-matter.handout")).findFirst().orElseThrow();
        assertEquals("training/too-full.md", handout.file());
        assertEquals(4, handout.line());
        assertTrue(handout.message().contains("'sometimes'"), handout.message());
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        Path again = tmp.resolve("again");
        new HandbookBuild(BuildOptions.of(content(), again).withTimestamp(WHEN), BuildLog.SILENT).run();
        for (String file : List.of("training/four-slides.slides.html", "training/four-slides.html",
                "downloads/training/four-slides-slides.pdf", "downloads/training/four-slides-handout.pdf")) {
            assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }
}
