package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy written in Word and converted with {@code pandoc policy.docx -t gfm}, in the shape Pandoc 2.17 gives a
 * document written for this test: the title left out (Pandoc keeps it as metadata), each "Heading 1" a {@code #}, Word's
 * contents list as links in links to its hidden {@code _Toc} bookmarks, and a cross-reference to one.
 */
class WordConversionTest {

    private static final String CONVERTED = """
            # Contents

            [1. Purpose [2](#_Toc190001)](#_Toc190001)

            [2. Who to contact [2](#_Toc190002)](#_Toc190002)

            [3. Reporting a concern about a child or an adult at risk [3](#_Toc190003)](#_Toc190003)

            # Purpose

            This policy explains how we keep people safe. See [Who to contact](#_Toc190002)
            and [section 9](#_Ref88810).

            # Who to contact

            | Role | Name       |
            |------|------------|
            | Lead | Sam Okafor |

            # Reporting a concern about a child or an adult at risk

            Tell the lead the same day.
            """;

    @Test
    void aConvertedWordDocumentIsTitledByItsFileAndItsLinksFindTheirHeadings(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("Safeguarding policy.md"), CONVERTED);
        // Not a converted document: its first '#' is its title, as the file's name says, and the second a section.
        Files.writeString(content.resolve("migrating.md"), "# Migrating WordPress\n\nSteps.\n\n# Moving WordPress\n\nMore.\n");
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), result.findings().toString());
        List<String> codes = result.findings().stream().map(f -> f.file() + " " + f.code()).toList();
        assertTrue(codes.contains("Safeguarding policy.md page.sections-at-top"), codes.toString());
        assertTrue(codes.contains("Safeguarding policy.md link.bookmark"), codes.toString());
        assertFalse(codes.contains("Safeguarding policy.md heading.multiple-h1"), codes.toString());
        assertTrue(codes.contains("migrating.md page.sections-at-top"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.endsWith("heading.multiple-h1")), codes.toString());

        var page = Jsoup.parse(Files.readString(out.resolve("Safeguarding policy.html")));
        assertEquals("Safeguarding policy", page.selectFirst("main h1").text());
        Element body = page.selectFirst("div.page-body");
        assertEquals(List.of("Contents", "Purpose", "Who to contact", "Reporting a concern about a child or an adult at risk"),
                body.select("h2").eachText());
        assertTrue(body.select("h1").isEmpty());
        // Each contents entry is one link, its words without the page number, to its heading.
        List<Element> entries = body.select("p:has(> a:only-child)").stream().map(p -> p.child(0)).toList();
        assertEquals(List.of("1. Purpose", "2. Who to contact", "3. Reporting a concern about a child or an adult at risk"),
                entries.stream().map(Element::text).toList());
        assertEquals(List.of("#purpose", "#who-to-contact", "#reporting-a-concern-about-a-child-or-an-adult-at-risk"),
                entries.stream().map(a -> a.attr("href")).toList());
        assertFalse(body.text().contains("](#"), body.text());
        assertEquals("#who-to-contact", body.selectFirst("a:contains(Who to contact):not(:contains(2.))").attr("href"));
        assertFalse(body.selectFirst("a:contains(section 9)").hasAttr("href"));

        var migrating = Jsoup.parse(Files.readString(out.resolve("migrating.html")));
        assertEquals("Migrating WordPress", migrating.selectFirst("main h1").text());
        assertEquals(List.of("Moving WordPress"), migrating.select("div.page-body h2").eachText());
    }
}
