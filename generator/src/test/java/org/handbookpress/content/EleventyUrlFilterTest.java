package org.handbookpress.content;

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
 * Eleventy's {@code url} filter on a relative path gives it back as written, so the browser reads it from the page's own
 * (pretty) address: {@code {{ '../debrief/' | url }}} on {@code /hiring/interviews/} is {@code /hiring/debrief/}. 18F's
 * guides write 170 links so; they were read from the top of the site, each a {@code link.outside} or {@code link.broken}
 * error that the published site does not have.
 */
class EleventyUrlFilterTest {

    @Test
    void aRelativePathThroughTheUrlFilterIsReadFromThePagesAddress(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Volunteer handbook\n",
                "index.md", "# Volunteer handbook\n\nStart with [recruiting](recruiting/).\n",
                "recruiting/index.md", """
                        ---
                        permalink: /recruiting/
                        ---
                        # Recruiting

                        First the [first call]({{ 'first-call/' | url }}), then the [meeting]({{ "./meeting/" | url }}).
                        """,
                "recruiting/first-call.md", """
                        ---
                        permalink: /recruiting/first-call/
                        ---
                        # The first call

                        Afterwards, write up the [meeting]({{ '../meeting/#notes' | url }}).
                        """,
                "recruiting/meeting.md", "---\npermalink: /recruiting/meeting/\n---\n# The meeting\n\n## Notes\n\nKeep them short.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.")), result.findings().toString());
        Document index = Jsoup.parse(Files.readString(out.resolve("recruiting/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("first-call.html", "meeting.html"), index.select("main p a").eachAttr("href"));
        Document call = Jsoup.parse(Files.readString(out.resolve("recruiting/first-call.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("meeting.html#notes"), call.select("main p a").eachAttr("href"));
    }
}
