package org.handbookpress.links;

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
 * A page whose {@code permalink:} put it elsewhere than its file on the old site (the guide's first page,
 * {@code guide/about/index.md}, at {@code /guide/}) has its relative links read from that address too, as the
 * browser read them there: {@code ./plan/} is {@code /guide/plan/}. Before, each was a broken link.
 */
class PermalinkFolderLinksTest {

    @Test
    void aRelativeLinkIsReadFromThePagesOwnAddressToo(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Events handbook\n",
                "index.md", "# Events handbook\n\nStart with [the guide](guide/about/index.md).\n",
                "guide/about/index.md", """
                        ---
                        permalink: /guide/
                        ---
                        # About this guide

                        First [plan the day](./plan/), then [book the hall](plan/hall/).
                        """,
                "guide/plan/index.md", "---\npermalink: /guide/plan/\n---\n# Planning the day\n\nPick a date.\n",
                "guide/plan/hall.md", "---\npermalink: /guide/plan/hall/\n---\n# Booking the hall\n\nCall the caretaker.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.") && !f.code().equals("link.old-address")),
                result.findings().toString());
        Document about = Jsoup.parse(Files.readString(out.resolve("guide/about/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("../plan/index.html", "../plan/hall.html"), about.select("main p a").eachAttr("href"));
    }

    /**
     * The same where the pages' files are not at their addresses at all, as an Eleventy site built from its top keeps them
     * ({@code content/guide/about/index.md} at {@code /guide/}): the link finds the page whose permalink is that address.
     */
    @Test
    void aRelativeLinkFindsThePageWhosePermalinkItNames(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir, Map.of(
                "handbook.yml", "title: Events handbook\n",
                "index.md", "# Events handbook\n\nStart with [the guide](content/guide/about/index.md).\n",
                "content/guide/about/index.md", "---\npermalink: /guide/\n---\n# About this guide\n\nFirst [plan the day](./plan/).\n",
                "content/guide/plan/index.md", "---\npermalink: /guide/plan/\n---\n# Planning the day\n\nPick a date.\n"));
        Path out = dir.resolve("out");
        BuildResult result = TestHandbooks.buildWithoutPdfs(content, out);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("link.") && !f.code().equals("link.old-address")),
                result.findings().toString());
        Document about = Jsoup.parse(Files.readString(out.resolve("content/guide/about/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("../plan/index.html"), about.select("main p a").eachAttr("href"));
    }
}
