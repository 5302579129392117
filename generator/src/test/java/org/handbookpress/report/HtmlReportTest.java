package org.handbookpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Report;

class HtmlReportTest {

    @Test
    void listsFindingsByFileEscapedAndSelfContained() {
        List<Finding> findings = List.of(
                Finding.warning("toolkit/a.md", 3, "placeholder.todo", "placeholder <script>alert(1)</script> left in", "finish it"),
                Finding.error("toolkit/a.md", 1, "image.missing", "image 'x.png' not found", "add the file"),
                Finding.notice("b.md", 0, "page.draft", "draft page left out", "remove 'draft: true'"));
        Document page = Jsoup.parse(HtmlReport.render(new Report(findings, 1, false), "Peer Handbook", "en-GB"));
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertEquals("Check report: Peer Handbook", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("main > p").text().startsWith("Failed – 1 error(s), 1 warning(s), 1 notice(s), 1 silenced"));
        assertEquals(List.of("toolkit/a.md", "b.md"), page.select("h2").eachText(), "the file with an error first");
        Element rows = page.select("section").get(0).selectFirst("tbody");
        assertEquals("1", rows.child(0).child(0).text(), "sorted by line");
        assertEquals("error", rows.child(0).child(1).text());
        assertEquals("placeholder <script>alert(1)</script> left in", rows.child(1).child(2).text());
        assertTrue(page.select("script").isEmpty(), "messages are escaped, never markup");
        assertTrue(page.select("link, img, [src]").isEmpty(), "no outside requests");
        assertEquals("col", page.selectFirst("th").attr("scope"));
        assertEquals(page.selectFirst("h2").id(), page.selectFirst("table").attr("aria-labelledby"));
    }

    @Test
    void sayWhenThereIsNothingToReport() {
        Document page = Jsoup.parse(HtmlReport.render(new Report(List.of(), 0, true), "H", "en"));
        assertTrue(page.text().contains("Passed"));
        assertTrue(page.text().contains("No problems found."));
    }
}
