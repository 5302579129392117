package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Marp deck ({@code marp: true}), as trainers write decks in VS Code, is a deck as Marp shows it: it was a page, its
 * speaker notes (HTML comments) lost, "bg" the alt text of its background photographs, and its settings (theme,
 * paginate) unknown keys.
 */
class MarpDecksTest {

    @Test
    void aMarpDeckIsADeckWithItsNotesAndBackgrounds(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nHello.\n",
                "welcome.md", """
                        ---
                        marp: true
                        theme: gaia
                        paginate: true
                        title: Welcome to mentoring
                        author: Training team
                        description: The first morning of the mentors' course
                        ---

                        <!-- _class: lead -->

                        # Welcome to mentoring

                        Our first morning together.

                        <!-- Thank everyone for coming. -->

                        ---

                        <!-- _backgroundColor: #003366 -->

                        ## Ground rules

                        - One voice at a time

                        <!--
                        Go through each rule slowly.

                        Ask what is missing.
                        -->

                        ---

                        ![bg](hall.png)

                        ## Questions?
                        """,
                "split.md", "---\nmarp: true\nheadingDivider: 2\n---\n\n# Split\n\nOne.\n\n## Two\n\nTwo.\n\n## Three\n\nThree.\n"));
        Files.copy(Path.of("src/test/resources/handbooks/slides-four/content/images/circle.png"), content.resolve("hall.png"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of(), result.findings().stream().filter(f -> !f.code().equals("config.missing") && !f.code().startsWith("image."))
                .map(f -> f.code() + " " + f.message()).toList(), "Marp's settings are known; a closing title slide is no empty section");

        Document deck = Jsoup.parse(Files.readString(out.resolve("welcome.slides.html"), StandardCharsets.UTF_8));
        assertEquals(3, deck.select("section[id^=slide-]").size());
        assertEquals(List.of("Thank everyone for coming.", "Go through each rule slowly. Ask what is missing."),
                deck.select("section aside.notes").eachText(), "each slide's comments are its notes, in their paragraphs");
        assertEquals("#003366", deck.selectFirst("#slide-2").attr("data-background-color"));
        assertEquals("hall.png", deck.selectFirst("#slide-3").attr("data-background-image"), "![bg](…) is the slide's background");
        assertTrue(deck.select("img[alt=bg]").isEmpty());
        assertTrue(deck.text().contains("Welcome to mentoring") && !deck.text().contains("_class"), deck.text());

        Document split = Jsoup.parse(Files.readString(out.resolve("split.slides.html"), StandardCharsets.UTF_8));
        assertEquals(3, split.select("section[id^=slide-]").size(), "headingDivider: 2 starts a slide at each '##'");
    }
}
