package org.handbookpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.findings.Severity;
import org.handbookpress.work.Progress;
import org.handbookpress.testing.KeptLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing summary and the progress lines, as a build log receives them. */
class BuildSummaryTest {

    /** A log that keeps every line. */
    static final class Lines extends KeptLog {
        String row(String label) {
            return lines().stream().filter(l -> l.strip().startsWith(label + " ")).findFirst()
                    .map(l -> l.substring(l.indexOf('|') + 1).strip()).orElseThrow(() -> new AssertionError(label + " not in " + lines()));
        }
    }

    @Test
    void theSummarySaysWhatTheBuildMade(@TempDir Path dir) throws Exception {
        Path content = Path.of(BuildSummaryTest.class.getResource("/handbooks/slides-four/content").toURI());
        Path out = dir.resolve("site");
        Lines log = new Lines();
        BuildResult result = new HandbookBuild(BuildOptions.of(content, out).withTimestamp(TestHandbooks.TIMESTAMP), log).run();

        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(out)) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        int pdfPages = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfPages += doc.getNumberOfPages();
            }
        }
        assertTrue(log.lines().contains("Handbook built"), log.lines().toString());
        assertEquals(String.valueOf(result.pages()), log.row("Pages"));
        assertEquals("3", log.row("Slide decks"), "three decks with slides; the empty one makes none");
        assertEquals(pdfs.size() + " (" + pdfPages + " pages)", log.row("PDFs"));
        assertEquals("1", log.row("Files copied"));
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notices = result.findings().stream().filter(f -> f.severity() == Severity.NOTICE).count();
        assertEquals("0 error(s), " + warnings + " warning(s), " + notices + " notice(s)", log.row("Findings"));
        String stages = log.row("Stages");
        for (String stage : List.of("load", "markdown", "html passes", "glossary", "checks", "slides", "pdfs", "layouts", "write")) {
            assertTrue(stages.contains(stage + " "), stages);
        }
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("Total in ")), log.lines().toString());
        assertEquals(result.summary().pdfs(), pdfs.size());
    }

    @Test
    void thePrintChecksTimeIsThePdfsNotTheDecks(@TempDir Path dir) throws Exception {
        // A check prints nothing, but checks every printed page's characters against the PDF fonts: the PDFs' work. It
        // was counted under "slides", which a handbook without decks showed as its fourth-longest stage.
        Path content = Path.of(BuildSummaryTest.class.getResource("/handbooks/slides-four/content").toURI());
        Lines log = new Lines();
        new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP).checkingOnly(), log).run();
        assertTrue(log.row("Stages").contains("pdfs "), log.row("Stages"));
    }

    @Test
    void longStagesAndCountsAreReportedSparingly() {
        Lines log = new Lines();
        AtomicLong now = new AtomicLong();
        BuildProgress progress = new BuildProgress(log, now::get, 5_000, null);
        progress.stage("pdfs");
        Progress pdfs = progress.counter("PDFs");
        pdfs.done(1, 10);
        now.set(3_000);
        progress.tick();
        pdfs.done(2, 10);
        assertEquals(List.of(), log.lines(), "nothing in the first five seconds");
        now.set(6_000);
        pdfs.done(3, 10);
        pdfs.done(4, 10);
        progress.tick();
        assertEquals(List.of("Handbook: PDFs 3/10 after 6 s"), log.lines(), "one count, and no 'still running' beside it");
        now.set(11_500);
        progress.tick();
        pdfs.done(5, 10);
        assertEquals(List.of("Handbook: PDFs 3/10 after 6 s", "Handbook: pdfs still running after 11 s",
                "Handbook: PDFs 5/10 after 11 s"), log.lines());
        now.set(12_000);
        progress.tick();
        pdfs.done(10, 10);
        assertEquals(3, log.lines().size(), "at most one line of each kind per period, and none for the last item");
        progress.stage("layouts");
        now.set(13_000);
        progress.close();
        assertEquals(List.of("pdfs", "layouts"), List.copyOf(progress.times().keySet()));
        assertEquals(12_000L, progress.times().get("pdfs"));
        assertEquals(1_000L, progress.times().get("layouts"));
    }
}
