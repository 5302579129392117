package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training activity's facts in its front matter (time, format, prereq, materials, as Mozilla's Open Leadership
 * Training Series writes its 25 activities) are shown above its text. Before, they were dropped as unknown keys, and a
 * reader did not learn what to bring. Only with prereq or materials: a Quarto page's time and format: html stay its own.
 */
class ActivityFactsBoxTest {

    @Test
    void anActivitysFactsAreShownAboveIt(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Volunteer training\n",
                "index.md", "# Home\n\nStart with [the map](map.md).\n",
                "map.md", "# The map\n\nDraw the area.\n",
                "listening.md", """
                        ---
                        title: Listening in pairs
                        time: "30 min"
                        format: "A conversation in pairs, then a short talk with the group"
                        prereq: "Have drawn [the map](map.md) of your area"
                        materials: "A timer and a notebook"
                        ---

                        Take turns to talk for five minutes.
                        """,
                "report.qmd", "---\ntitle: Report\nformat: html\ntime: 3pm\n---\n\nNumbers.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("config.unknown-key: unknown front-matter key 'format' in 1 file", "config.unknown-key: unknown front-matter key 'time' in 1 file"),
                result.findings().stream().filter(f -> f.code().startsWith("config.") || f.code().startsWith("link."))
                        .map(f -> f.code() + ": " + f.message().replaceAll(" — .*| \\(.*", "")).sorted().toList(),
                "the Quarto page's keys are reported as before; the activity's are read");
        Document page = Jsoup.parse(Files.readString(out.resolve("listening.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Time", "Format", "Before you start", "You will need"), page.select("main .activity-facts dt").eachText());
        assertEquals(List.of("30 min", "A conversation in pairs, then a short talk with the group", "Have drawn the map of your area",
                "A timer and a notebook"), page.select("main .activity-facts dd").eachText());
        assertEquals("map.html", page.selectFirst("main .activity-facts dd a").attr("href"));
        String text = page.selectFirst("main").text();
        assertTrue(text.indexOf("A timer and a notebook") < text.indexOf("Take turns to talk"), "above the text");
        assertTrue(Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)).select(".activity-facts").isEmpty());
    }

    /**
     * A fact written as a YAML list ({@code materials:} then {@code - paper}, {@code - pens}) shows every item, as a list, on
     * the page and in its PDF. Before, only the first item was shown and the rest were silently lost.
     */
    @Test
    void aFactWrittenAsAListShowsEveryItem(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "map.md", "# The map\n\nDraw the area.\n",
                "index.md", "# Home\n\nStart with [the street](street.md).\n",
                "street.md", """
                        ---
                        title: Mapping the street
                        kind: chapter
                        time: 45 min
                        prereq:
                          - "Have drawn [the map](map.md)"
                          - Know the street's name
                        materials:
                          - paper
                          - coloured pens
                          - a clipboard
                        ---

                        Walk the street together.
                        """));
        Path out = dir.resolve("out");
        TestHandbooks.build(content, out);
        Document page = Jsoup.parse(Files.readString(out.resolve("street.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Time", "Before you start", "You will need"), page.select("main .activity-facts dt").eachText());
        assertEquals(List.of("paper", "coloured pens", "a clipboard"),
                page.select("main .activity-facts div:has(dt:contains(You will need)) dd li").eachText());
        assertEquals(List.of("Have drawn the map", "Know the street's name"),
                page.select("main .activity-facts div:has(dt:contains(Before you start)) dd li").eachText());
        assertEquals("map.html", page.selectFirst("main .activity-facts li a").attr("href"));
        assertEquals("45 min", page.select("main .activity-facts dd").first().text(), "a single value stays text, no list");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("downloads/street.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (String item : List.of("paper", "coloured pens", "a clipboard", "Know the street's name")) {
                assertTrue(text.contains(item), item + " in the PDF:\n" + text);
            }
        }
    }

    /**
     * A link in a fact that names nothing is reported at the fact's line, as one in the text is at its own; in a list's
     * item, at the item's line.
     */
    @Test
    void aBrokenLinkInAFactIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        assertEquals(List.of("index.md:4:link.broken"), brokenLinks(dir.resolve("value"),
                "---\ntitle: Home\ntime: 10 min\nmaterials: \"[The form](form.md)\"\n---\n\nText.\n"));
        assertEquals(List.of("index.md:5:link.broken"), brokenLinks(dir.resolve("list"),
                "---\ntitle: Home\nmaterials:\n  - pens\n  - \"[The form](form.md)\"\n---\n\nText.\n"));
    }

    private static List<String> brokenLinks(Path dir, String index) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of("index.md", index));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> TestHandbooks.build(content, dir.resolve("out")));
        return failure.findings().stream().filter(f -> f.code().startsWith("link."))
                .map(f -> f.file() + ":" + f.line() + ":" + f.code()).toList();
    }
}
