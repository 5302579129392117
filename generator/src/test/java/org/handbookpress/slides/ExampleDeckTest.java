package org.handbookpress.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example handbook's deck, content/training/introduction-to-peer-mentoring.md, built as a user would. */
class ExampleDeckTest {

    static final String SOURCE = "training/introduction-to-peer-mentoring.md";

    static Path site;
    static BuildResult result;
    static String markdown;

    @BeforeAll
    static void build() throws Exception {
        Path content = Path.of(System.getProperty("handbook.repoRoot"), "content");
        markdown = Files.readString(content.resolve(SOURCE));
        result = org.handbookpress.TestHandbooks.example();
        site = result.output();
    }

    /** Slides in the source: the body (after the front matter) split on lines that are just "---". */
    static List<String> sourceSlides() {
        String body = markdown.substring(markdown.indexOf("\n---", 3) + 4);
        return List.of(body.split("(?m)^---\\s*$"));
    }

    @Test
    void oneSectionPerSlideWithItsNotes() throws Exception {
        Path file = site.resolve("training/introduction-to-peer-mentoring.slides.html");
        Document deck = Jsoup.parse(file.toFile(), "UTF-8");
        List<Element> sections = deck.select(".reveal .slides > section");
        List<String> source = sourceSlides();
        assertTrue(source.size() >= 8, "the example has a real deck");
        assertEquals(source.size(), sections.size());
        for (int i = 0; i < source.size(); i++) {
            boolean hasNote = source.get(i).contains("\nNote:");
            assertEquals(hasNote ? 1 : 0, sections.get(i).select("aside.notes").size(), "notes of slide " + (i + 1));
        }
        assertTrue(sections.get(4).selectFirst("table") != null, "the weekly-session table is on slide 5");
        assertTrue(sections.get(5).selectFirst("img[src=../images/listening.svg][alt]") != null, "the picture on slide 6");
    }

    @Test
    void revealComesFromTheSiteItselfAndNothingFromTheNetwork() throws Exception {
        Path file = site.resolve("training/introduction-to-peer-mentoring.slides.html");
        Document deck = Jsoup.parse(file.toFile(), "UTF-8");
        List<Element> resources = deck.select("script[src], link[href], img[src], iframe[src], video[src], source[src]");
        assertFalse(resources.isEmpty());
        for (Element e : resources) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(url.matches("(?i)^(https?:)?//.*"), "network resource " + url);
            assertTrue(Files.isRegularFile(file.getParent().resolve(url).normalize()), "missing " + url);
        }
        assertTrue(deck.select("script[src]").stream().map(e -> e.attr("src")).toList()
                .containsAll(List.of("../assets/vendor/reveal/reveal.js", "../assets/vendor/reveal/plugin/notes.js")));
        for (String asset : List.of("assets/vendor/reveal/reveal.js", "assets/vendor/reveal/plugin/notes.js", "assets/slides.js",
                "assets/slides.css")) {
            String text = Files.readString(site.resolve(asset));
            assertFalse(text.matches("(?s).*(src|href)=[\"']https?://.*"), asset + " loads from the network");
        }
        for (Element link : deck.select(".slides a[href]")) {
            String href = link.attr("href");
            String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            assertTrue(href.startsWith("mailto:") || Files.isRegularFile(file.getParent().resolve(path).normalize()), "broken " + href);
        }
    }

    @Test
    void pdfsAreWrittenAndTheDeckFits() throws Exception {
        try (PDDocument slides = Loader.loadPDF(site.resolve("downloads/training/introduction-to-peer-mentoring-slides.pdf").toFile())) {
            assertEquals(sourceSlides().size(), slides.getNumberOfPages());
        }
        try (PDDocument handout = Loader.loadPDF(site.resolve("downloads/training/introduction-to-peer-mentoring-handout.pdf").toFile())) {
            assertEquals((sourceSlides().size() + 2) / 3, handout.getNumberOfPages());
        }
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("slides.")), result.findings().toString());
    }
}
