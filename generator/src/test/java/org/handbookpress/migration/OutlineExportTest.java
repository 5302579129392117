package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection as Outline's Markdown export writes it, written for this test: empty paragraphs as lines holding a
 * backslash, notices, a toggle block between lines of plus signs, and mentions of a person and of a document.
 */
class OutlineExportTest {

    @Test
    void anOutlineCollectionBuildsAsOutlineShowsIt(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/Volunteering"));
        Files.writeString(content.resolve("../Volunteering.md"), """
                # Volunteering

                Ask @[Sam Okafor](mention://6f1c2d3e/user/0b1c2d3e) if you are stuck.

                \\

                :::warning
                Never share a mentee's phone number.
                :::

                \\
                \\
                +++
                What if a session is cancelled?

                Tell your coordinator the same day.

                +++

                Start with @[Induction](mention://11112222/document/abcDEF1234) and the [checklist](Volunteering/Induction.md).
                """);
        Files.writeString(content.resolve("Induction.md"), "# Induction\n\n\\\n1. Read the [Volunteering](../Volunteering.md) page\\.\n");
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(dir.resolve("content"), out).withTimestamp(TestHandbooks.TIMESTAMP)
                .withoutPdfs(), BuildLog.SILENT).run();
        assertEquals(java.util.List.of("config.missing"), result.findings().stream().map(f -> f.code()).toList(),
                "no link left to Outline's own addresses, nothing unsafe: " + result.findings());

        Element body = Jsoup.parse(Files.readString(out.resolve("Volunteering.html"))).selectFirst("div.page-body");
        assertTrue(body.select("p").stream().noneMatch(p -> p.text().contains("\\")), body.html());
        assertEquals("Ask @Sam Okafor if you are stuck.", body.selectFirst("p").text());
        Element fold = body.selectFirst("details");
        assertEquals("What if a session is cancelled?", fold.selectFirst("summary").text());
        assertEquals("Tell your coordinator the same day.", fold.selectFirst("p").text());
        assertTrue(body.text().contains("Start with Induction and the checklist."), body.text());
        Element induction = Jsoup.parse(Files.readString(out.resolve("Volunteering/Induction.html"))).selectFirst("div.page-body");
        assertEquals("ol", induction.child(1).tagName(), induction.html());
    }
}
