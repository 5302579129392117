package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agenda's lengths keep to one line in a narrow table: "1h 15 min" broke after "15" in an A5 pack. Its times too: in
 * a large-print pack every range broke, "10:00–" over "10:15", or "13:15", "–", "13:45" on three lines.
 */
class AgendaLengthPrintTest {

    @Test
    void aLengthNeverWrapsInAnA5Agenda(@TempDir Path dir) throws Exception {
        String session = "---\nkind: session\nduration: 2h 30 min\nstart: \"09:30\"\n---\n# Day\n\n"
                + "- [1h 15 min] Getting to know each other through a long series of paired and small-group introductions and rounds\n"
                + "- [1h 15 min] Listening practice in threes with a speaker, a listener and an observer who gives feedback afterwards\n";
        String text = packText(dir, session, "pocket\n    title: Pocket\n    include:\n      - day.md\n    paper: A5", "pocket.pdf");
        assertTrue(text.contains("1h 15 min"), text);
    }

    @Test
    void aTimeRangeNeverWrapsInALargePrintAgenda(@TempDir Path dir) throws Exception {
        String session = "---\nkind: session\nduration: 2h\nstart: \"13:15\"\n---\n# Afternoon\n\n"
                + "- [30 min] Lunch\n"
                + "- [1h 15 min] Coach a real under-10s group, in pairs, with the game sense slides as a reminder\n"
                + "- [15 min] Close\n";
        String text = packText(dir, session, "day\n    title: Day\n    include:\n      - day.md\n    editions: [large-print]",
                "day-large-print.pdf");
        for (String range : new String[] {"13:15–13:45", "13:45–15:00", "15:00–15:15", "13:15–15:15"}) {
            assertTrue(text.contains(range), range + " on one line:\n" + text);
        }
    }

    /** The text of {@code pdf} in downloads/ after building a handbook of one session, {@code day.md}, in the pack {@code pack}. */
    private static String packText(Path dir, String session, String pack, String pdf) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Plans\npacks:\n  - id: " + pack + "\n",
                "index.md", "# Home\n\nWelcome.\n", "day.md", session));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        try (PDDocument printed = Loader.loadPDF(result.output().resolve("downloads/" + pdf).toFile())) {
            return new PDFTextStripper().getText(printed);
        }
    }
}
