package org.handbookpress.pdf;

import org.handbookpress.testing.VeraPdf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.handbookpress.testing.EveryElementPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every element a page may hold (the sanitiser's list) prints its words in the page's PDF: the layout engine has
 * no fallback where a browser has one, and leaves text out, or stops the print, without a word (a samp did), and a
 * page's own style sheet is applied, not printed as text; and the PDF is still PDF/UA-1 and PDF/A-3u (its drawings'
 * figures got no alternative text). (SVG text is drawn as outlines: seen, not extracted.)
 */
class EveryElementPrintsTest {

    @Test
    void everyAllowedElementPrintsItsWords(@TempDir Path dir) throws Exception {
        EveryElementPage fixture = EveryElementPage.make();
        List<String> words = fixture.words;
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Elements\n", "index.md", "# Home\n\nWelcome.\n", "elements.md", fixture.markdown));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.output().resolve("downloads/elements.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        List<String> missing = words.stream().filter(w -> !text.contains(w)).toList();
        assertTrue(missing.isEmpty(), "words not in the PDF: " + missing + "\nfindings: " + result.findings());
        // The page's style sheet is applied, as in a browser, not printed as text.
        assertTrue(text.contains("SHOUTEDWORD") && !text.contains("text-transform") && !text.contains("BrandSans"), text);
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
        // Tagged and archival as every PDF is: the drawings' figures need alternative text (InlineDrawings).
        VeraPdf.assertPdfUaAndPdfA(result.output().resolve("downloads/elements.pdf"));
    }
}
