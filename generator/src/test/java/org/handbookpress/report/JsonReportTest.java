package org.handbookpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.handbookpress.findings.Finding;
import org.handbookpress.findings.Severity;
import org.handbookpress.findings.Report;

class JsonReportTest {

    private static final List<Finding> FINDINGS = List.of(
            new Finding("policies/b.md", 4, 7, Severity.WARNING, "placeholder.todo", "text \"TBC\" left in\\ here\n\ttab \u0001", null),
            Finding.error("a.md", 12, "image.missing", "image 'x.png' not found – café ✓", "add the file"),
            Finding.notice("a.md", 2, "review.due-soon", "due soon", "plan it"));

    @Test
    void isWellFormedJsonWithTheDocumentedFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.of(new Report(FINDINGS, 3, true)));
        assertEquals(1, json.get("version").asInt());
        assertTrue(json.get("strict").asBoolean());
        assertFalse(json.get("passed").asBoolean());
        JsonNode summary = json.get("summary");
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(1, summary.get("notices").asInt());
        assertEquals(3, summary.get("silenced").asInt());
        JsonNode findings = json.get("findings");
        assertEquals(3, findings.size());
        // Report order: by file, then line.
        assertEquals("a.md", findings.get(0).get("file").asText());
        assertEquals(2, findings.get(0).get("line").asInt());
        assertEquals("image.missing", findings.get(1).get("code").asText());
        assertEquals("error", findings.get(1).get("severity").asText());
        assertEquals("image 'x.png' not found – café ✓", findings.get(1).get("message").asText());
        JsonNode escaped = findings.get(2);
        assertEquals("text \"TBC\" left in\\ here\n\ttab \u0001", escaped.get("message").asText());
        assertEquals(7, escaped.get("column").asInt());
        assertEquals("", escaped.get("fix").asText());
        for (JsonNode f : findings) {
            assertEquals(List.of("file", "line", "column", "severity", "code", "message", "fix"),
                    iterable(f.fieldNames()));
        }
    }

    @Test
    void halfASurrogatePairInAMessageIsEscapedSoTheReportIsWritten(@TempDir Path dir) throws Exception {
        // A page's "&#xD800;" reaches a finding as half a surrogate pair, which UTF-8 cannot encode: writing the report
        // failed, and the last build's report, which said it passed, stayed in place for a failed build.
        Path file = dir.resolve("target/handbook-report.json");
        ReportFile.write(file, dir.resolve("content"), new Report(List.of(), 0, false));
        String message = "the term '\uD800' is used with \uD83D\uDE00 and '\uDC00'";
        ReportFile.write(file, dir.resolve("content"), new Report(List.of(Finding.error("glossary.md", 3, "x.y", message, "f")), 0, false));
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.contains("'\\ud800' is used with \uD83D\uDE00 and '\\udc00'"), text);
        JsonNode json = new ObjectMapper().readTree(text);
        assertFalse(json.get("passed").asBoolean());
        assertEquals(message, json.get("findings").get(0).get("message").asText());
    }

    @Test
    void aReportWithALongNameIsWrittenOverTheLastOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // 250 characters, within the 255 a name may have; the partial file beside it was named after it, and longer.
        Path file = dir.resolve("target").resolve("r".repeat(245) + ".json");
        ReportFile.write(file, dir.resolve("content"), new Report(List.of(), 0, false));
        ReportFile.write(file, dir.resolve("content"), new Report(List.of(Finding.error("a.md", 1, "x.y", "broken", "fix")), 0, false));
        assertFalse(new ObjectMapper().readTree(java.nio.file.Files.readString(file)).get("passed").asBoolean(),
                "the failed build's report, not the last one");
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), left.map(p -> p.getFileName().toString()).toList(), "no partial file left");
        }
    }

    @Test
    void aReportThatCannotBeWrittenTakesTheLastOneAway(@TempDir Path dir) throws Exception {
        // The last build passed; this one failed, and its report could not be written (a full disk): the last report,
        // left in place, would tell a CI gate that this build passed.
        Path file = dir.resolve("target/handbook-report.json");
        ReportFile.write(file, dir.resolve("content"), new Report(List.of(), 0, false));
        Report failed = new Report(List.of(Finding.error("a.md", 1, "x.y", "broken", "fix")), 0, false);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ReportFile.write(file, dir.resolve("content"), null, failed, (partial, text) -> {
                    throw new java.io.IOException("No space left on device");
                }));
        assertTrue(e.getMessage().startsWith("No space left on device; the last build's report there was removed"), e.getMessage());
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(file.getParent())) {
            assertEquals(List.of(), left.toList(), "neither the last report nor a partial file is left");
        }
        // The next build that can write it does, in the same place.
        ReportFile.write(file, dir.resolve("content"), failed);
        assertFalse(new ObjectMapper().readTree(java.nio.file.Files.readString(file)).get("passed").asBoolean());
    }

    @Test
    void emptyReportPassesAndIsStable() throws Exception {
        String text = JsonReport.of(new Report(List.of(), 0, false));
        assertEquals(text, JsonReport.of(new Report(List.of(), 0, false)));
        JsonNode json = new ObjectMapper().readTree(text);
        assertTrue(json.get("passed").asBoolean());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void strictTurnsWarningsIntoAFailure() {
        List<Finding> warnings = List.of(Finding.warning("a.md", 1, "x.y", "m", "f"));
        assertTrue(new Report(warnings, 0, false).passed());
        assertFalse(new Report(warnings, 0, true).passed());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
