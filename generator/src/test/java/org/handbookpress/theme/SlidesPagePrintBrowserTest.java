package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slides page printed from the browser: the speaker notes print (closed, on screen), the deck's buttons do not. */
class SlidesPagePrintBrowserTest {

    @TempDir
    Path temp;

    @Test
    void closedNotesPrintAndTheDeckLinksDoNot() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Decks\n",
                "index.md", "# Home\n\nWelcome.\n",
                "deck.md", "---\nkind: slides\n---\n# Welcome\n\nNote: Greet people at the door.\n\n---\n\n## Next\n\n- A point\n"));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        Path pdf = temp.resolve("printed.pdf");
        Process process = new ProcessBuilder(List.of(HeadlessChromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + temp.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve("deck.html").toUri().toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile()).start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "Chromium printed in 90 s");
        String text;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Greet people at the door."), text);
        assertFalse(text.contains("Present the slides"), text);
    }
}
