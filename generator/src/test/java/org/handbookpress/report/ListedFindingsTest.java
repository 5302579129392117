package org.handbookpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Report;
import org.handbookpress.findings.Severity;
import org.junit.jupiter.api.Test;

/**
 * A page of filler text, or one fault on thousands of lines, lists the first 20 findings of each code and one closing
 * finding for the rest; the counts and whether the build passed take every finding.
 */
class ListedFindingsTest {

    /** filler.md: 3,000 lorem ipsum warnings and 30 missing pictures (errors) on lines 5, 7, 9…; two TODOs; other.md: one. */
    private static List<Finding> fillerPage() {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add(new Finding("filler.md", 5 + 2 * i, 3, Severity.WARNING, "placeholder.lorem-ipsum", "placeholder text left in: 'Lorem ipsum'",
                    "replace the dummy text with the real text"));
        }
        for (int i = 0; i < 30; i++) {
            all.add(Finding.error("filler.md", 5 + 2 * i, "image.missing", "image 'pic" + i + ".png' not found", "add pic" + i + ".png"));
        }
        all.add(Finding.warning("filler.md", 8, "placeholder.todo", "placeholder text left in: 'TODO'", "finish this part"));
        all.add(Finding.warning("filler.md", 90, "placeholder.todo", "placeholder text left in: 'TODO'", "finish this part"));
        all.add(Finding.error("other.md", 1, "image.missing", "image 'x.png' not found", "add it"));
        return all;
    }

    @Test
    void listsTwentyOfACodeInAFileAndSaysHowManyMore() {
        List<Finding> listed = ListedFindings.of(fillerPage());
        assertEquals(20 + 1 + 20 + 1 + 2 + 1, listed.size());
        assertEquals(2990, ListedFindings.unlisted(fillerPage()));

        List<Finding> lorem = listed.stream().filter(f -> f.code().equals("placeholder.lorem-ipsum")).toList();
        Finding closing = lorem.get(20);
        assertEquals(new Finding("filler.md", 45, 0, Severity.WARNING, "placeholder.lorem-ipsum",
                "2980 more warnings of this kind in this file, not listed (lines 45 to 6003): a report lists the first 20 of a kind in a file,"
                        + " and counts them all", "replace the dummy text with the real text; then build again to list any left"), closing);
        assertEquals(43, lorem.get(19).line(), "the first 20 as found, in report order");

        Finding errors = listed.stream().filter(f -> f.code().equals("image.missing") && f.column() == 0 && f.message().startsWith("10 more"))
                .findFirst().orElseThrow();
        assertEquals(Severity.ERROR, errors.severity(), "errors left out are said to be errors");
        assertEquals(45, errors.line());
        assertEquals("mend those listed, then build again to list the rest", errors.fix(), "each had a fix of its own");

        assertEquals(List.copyOf(listed.stream().sorted(Finding.REPORT_ORDER).toList()), listed, "in report order");
        assertEquals(3, listed.stream().filter(f -> !f.file().equals("filler.md") || f.code().equals("placeholder.todo")).count(),
                "a kind under the limit is listed whole");
    }

    /** The JSON report is for tools (a CI's annotations), which place every finding: it lists them all, as before. */
    @Test
    void theJsonReportListsEveryFindingAndThePreviewsPageTwentyOfAKind() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.of(new Report(fillerPage(), 0, false)));
        assertFalse(json.get("passed").asBoolean());
        JsonNode summary = json.get("summary");
        assertEquals(31, summary.get("errors").asInt());
        assertEquals(3002, summary.get("warnings").asInt());
        assertEquals(3033, json.get("findings").size());
        // The preview's page of the report is for reading: it lists them as the log does, under the same counts.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(HtmlReport.render(new Report(fillerPage(), 0, false), "Filler", "en"));
        assertEquals(45, page.select("tbody tr").size());
        assertTrue(page.selectFirst("p.failed").text().contains("31 error(s), 3002 warning(s)"), page.selectFirst("p.failed").text());
    }

    @Test
    void aHandbookUnderTheLimitIsListedWhole() {
        List<Finding> few = fillerPage().subList(0, 20);
        assertEquals(few, ListedFindings.of(few));
        assertEquals(0, ListedFindings.unlisted(few));
    }
}
