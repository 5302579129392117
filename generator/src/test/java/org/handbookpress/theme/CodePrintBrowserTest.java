package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.DevToolsBrowser;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page with a code block printed from the browser (a trainer's Ctrl+P), on A4: a line of code longer than the paper is
 * wide wraps onto the next line. On a screen the block scrolls sideways; on paper nothing scrolls, and the end of the
 * command (its options, the folder it writes to) was cut off at the block's edge, under a scroll bar drawn on the paper.
 */
class CodePrintBrowserTest {

    @TempDir
    Path temp;

    @Test
    void aLineOfCodeLongerThanThePaperWrapsRatherThanBeingCutOff() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Code Club Handbook\nlanguage: en-GB\n",
                "index.md", "# Home\n\nWelcome.\n",
                "toolkit/setup.md", "# Setting up the laptops\n\nRun this once on every laptop.\n\n```bash\n"
                        + "curl -fsSL https://downloads.example.org/codeclub/installers/2026/autumn-term/install.sh | bash -s --"
                        + " --with-python --with-scratch --offline-cache=/var/cache/lastword\n```\n"));
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withTimestamp(TestHandbooks.TIMESTAMP).withoutPdfs(), BuildLog.SILENT).run();
        byte[] pdf;
        try (DevToolsBrowser browser = DevToolsBrowser.start(temp, 1280, 900, List.of())) {
            browser.navigate(site.resolve("toolkit/setup.html").toUri().toString());
            pdf = Base64.getDecoder().decode(browser.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "preferCSSPageSize", true, "displayHeaderFooter", false, "printBackground", true)).path("data").asText());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrintedCharacters characters = new PrintedCharacters();
            String text = characters.getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("--offline-cache=/var/cache/lastword"), "the whole command is printed: " + text);
            // The theme's print margin is 16 mm a side: nothing of the code is drawn beyond it.
            float edge = doc.getPage(0).getMediaBox().getWidth() - 16 / 25.4f * 72 + 1;
            List<String> off = characters.all.stream().filter(c -> c.getXDirAdj() + c.getWidthDirAdj() > edge)
                    .map(c -> c.getUnicode() + " at " + c.getXDirAdj()).limit(10).toList();
            assertEquals(List.of(), off, "characters beyond the right margin (" + edge + " pt)");
        }
    }
}
