package org.handbookpress.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy as Google Docs' "Download as Markdown" writes it, written for this test in the export's own shape: headings in
 * bold with ids in braces that keep the heading's punctuation ({@code {#1.-purpose}}), a contents list whose entries end
 * in a tab and a page number, links to headings by Google's own names ({@code #heading=h.…}), empty heading lines, a
 * diagram in a heading's style, and pictures written into the page as {@code data:} addresses.
 */
class GoogleDocsExportTest {

    private static final String PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static final String POLICY = """
            # **Safeguarding Policy**

            **Version 3**\s\s
            **Review date: March 2027**

            ## **Contents** {#contents}

            [Contents\t1](#contents)

            [1\\. Purpose\t2](#1.-purpose)

            [**Who to contact\t2**](#heading=h.5urjexmaywqx)

            [3.1 Online safety\tii](#3.1-online-safety)

            ##\s

            ## **1\\. Purpose** {#1.-purpose}

            This policy keeps children and adults at risk safe\\.

            #### **![][image1]**

            ## **Who to contact**

            Call the lead the same day\\. See [Section 3.1](#heading=h.3znysh7), [1\\. Purpose](#heading=h.aaaa11) and
            [the complaints procedure](#heading=h.zz99zz).

            ### **3.1 Online safety** {#3.1-online-safety}

            Mentors do not use personal social media with mentees\\.

            ### **3.10 Photographs** {#3.10-photographs}

            Ask before taking any\\.

            [image1]: <data:image/png;base64,%s>
            """.formatted(PIXEL);

    @Test
    void aGoogleDocsExportBuildsWithItsLinksFound(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("Safeguarding policy.md"), POLICY);
        Path out = dir.resolve("out");
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(),
                BuildLog.SILENT).run();
        List<Finding> findings = result.findings();
        assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), findings.toString());

        Document page = Jsoup.parse(Files.readString(out.resolve("Safeguarding policy.html")));
        Element body = page.selectFirst("div.page-body");
        // Ids keep their dots, as Pandoc reads them: "1.-purpose" was cut to the id "1" and a class "-purpose".
        assertNotNull(body.getElementById("1.-purpose"));
        assertNotNull(body.getElementById("3.1-online-safety"));
        assertTrue(body.select(".-purpose").isEmpty());
        // The contents list's page numbers are gone, in figures and in roman numerals, bold or not.
        List<String> entries = body.select("p > a[href^=#]").eachText();
        assertEquals(List.of("Contents", "1. Purpose", "Who to contact", "3.1 Online safety"), entries.subList(0, 4));
        // Google's names for headings are found by the words of the link, or by the number it gives.
        assertEquals("#who-to-contact", body.selectFirst("a:contains(Who to contact)").attr("href"));
        assertEquals("#3.1-online-safety", body.selectFirst("a:contains(Section 3.1)").attr("href"));
        assertEquals(2, body.select("a[href=#1.-purpose]").size(), "the contents' entry and the link by Google's name");
        Element complaints = body.selectFirst("a:contains(complaints procedure)");
        assertFalse(complaints.hasAttr("href"), "a link that finds no heading goes nowhere, its words kept");
        assertEquals(List.of("Safeguarding policy.md:27 link.bookmark"), codes(findings, "link.bookmark"));

        // No heading without words on the page; the empty line is one warning, with no empty section or skipped level.
        assertTrue(body.select("h1, h2, h3, h4, h5, h6").stream().noneMatch(h -> h.text().isBlank()), body.html());
        assertEquals(List.of("Safeguarding policy.md:16 heading.empty"), codes(findings, "heading."));
        assertEquals(List.of(), codes(findings, "placeholder.empty-section"));
        // The diagram in a heading's style is a paragraph holding it.
        Element diagram = body.selectFirst("img[src^=data:image/png]");
        assertEquals("p", diagram.closest("p, h1, h2, h3, h4, h5, h6").tagName());
        // Its missing alt text is reported without the thousands of characters of its address.
        Finding alt = findings.stream().filter(f -> f.code().equals("image.alt-missing")).findFirst().orElseThrow();
        assertEquals("a PNG picture written into the page (0.1 KB) has no alt text", alt.message());
        assertFalse(alt.fix().contains("base64"), alt.fix());
    }

    private static List<String> codes(List<Finding> findings, String prefix) {
        return findings.stream().filter(f -> f.code().startsWith(prefix)).map(f -> f.file() + ":" + f.line() + " " + f.code()).toList();
    }
}
