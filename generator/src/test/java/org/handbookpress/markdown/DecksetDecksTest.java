package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A Deckset deck (Suncoast's handbook keeps one beside each lesson: "theme: Next, 1" on its first line, slides parted
 * by '---', notes on lines starting '^', "# [fit] JSON") is a deck: it was a page opening with its settings as a
 * paragraph, "[fit]" in its headings and its notes shown as text.
 */
class DecksetDecksTest {

    @Test
    void aDecksetDeckIsADeckWithItsNotes(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "index.md", "# Home\n\nFooter: the words at the foot of a letter.\n\n---\n\nMore.\n",
                "fit.md", "# [fit] Questions?\n\nAsk anything.\n",
                "lecture.md", """
                        theme: Next, 1
                        autoscale: true

                        # [fit] JSON

                        ---

                        # Formats

                        [.column]

                        - XML
                        - JSON

                        [.column]

                        Both are text.

                        ^ Ask the group which they have seen.
                        ^ Then show both.

                        ---

                        ![fit](shape.png)
                        """));
        Files.copy(Path.of("src/test/resources/handbooks/slides-four/content/images/circle.png"), content.resolve("shape.png"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.file().equals("lecture.md")).map(f -> f.code() + " " + f.message())
                .filter(f -> !f.startsWith("image.alt-missing")).toList());

        Document deck = Jsoup.parse(Files.readString(out.resolve("lecture.slides.html"), StandardCharsets.UTF_8));
        assertEquals(3, deck.select("section[id^=slide-]").size());
        assertEquals("JSON", deck.selectFirst("#slide-1 h1").text());
        assertTrue(deck.title().startsWith("JSON"), deck.title());
        assertEquals(List.of("Ask the group which they have seen. Then show both."), deck.select("section aside.notes").eachText());
        assertEquals(List.of("XML JSON", "Both are text."), deck.select("#slide-2 .columns > .column").eachText(), "[.column] starts a column");
        assertFalse(deck.text().contains("theme:") || deck.text().contains("[.column]") || deck.text().contains("^"), deck.text());
        assertEquals("", deck.selectFirst("#slide-3 img").attr("alt"), "'fit' is where the picture goes, not what it shows");

        assertEquals("Questions?", Jsoup.parse(Files.readString(out.resolve("fit.html"), StandardCharsets.UTF_8)).selectFirst("main h1").text());
        assertFalse(Files.exists(out.resolve("index.slides.html")), "a page opening with 'Footer:' is no deck");
        assertTrue(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("Footer: the words"));
    }
}
