package org.handbookpress.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.content.HeadingText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's only {@code #} heading, a shorter form of its front matter's title, repeats the title: it is not a section
 * shown as {@code ##} under it with a notice (a federation's 208 group policies titled "Transport Policy — Kendal" over
 * "# Transport Policy" each had one). Among several {@code #} headings, a shorter one is still a section.
 */
class ShorterTitleHeadingTest {

    @Test
    void anOnlyHeadingInTheTitlesWordsRepeatsIt() {
        assertEquals(true, HeadingText.repeats("Transport Policy", "Transport Policy — Kendal", true));
        assertEquals(true, HeadingText.repeats("transport policy", "Kendal's transport policy", true));
        assertEquals(false, HeadingText.repeats("Transport Policy", "Transport Policy — Kendal", false), "one of several");
        assertEquals(false, HeadingText.repeats("Policy transport", "Transport Policy — Kendal", true), "not in a row");
        assertEquals(false, HeadingText.repeats("Trans", "Transport Policy", true), "whole words only");
        assertEquals(true, HeadingText.repeats("Meetings", "meetings", false), "the same text, as before");
    }

    @Test
    void theHeadingGoesAsTheTitlesWouldAndItsSectionsKeepTheirLevel(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("c"), Map.of(
                "handbook.yml", "title: Food bank federation\n",
                "index.md", "# Home\n\nWelcome.\n",
                "groups/kendal/transport.md", "---\ntitle: Transport Policy — Kendal\n---\n\n# Transport Policy\n\nLifts in our own cars.\n\n"
                        + "## Insurance\n\nBusiness cover.\n",
                "groups/leek/meetings.md", "---\ntitle: Meetings and agendas\n---\n\n# Meetings\n\nMonthly.\n\n# Agendas\n\nSent a week ahead.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.build(content, out);
        assertEquals(List.of("groups/leek/meetings.md"), result.findings().stream().filter(f -> f.code().equals("page.sections-at-top"))
                .map(f -> f.file()).toList());
        Document transport = Jsoup.parse(Files.readString(out.resolve("groups/kendal/transport.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Transport Policy — Kendal"), transport.select("h1").eachText());
        assertEquals(List.of("Insurance"), transport.select("main h2").eachText());
        Document meetings = Jsoup.parse(Files.readString(out.resolve("groups/leek/meetings.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Meetings and agendas"), meetings.select("h1").eachText());
        assertEquals(List.of("Meetings", "Agendas"), meetings.select("main .page-body h2").eachText());
    }
}
