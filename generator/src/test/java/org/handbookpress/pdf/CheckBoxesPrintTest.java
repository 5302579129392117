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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ticked task prints ticked (the layout engine draws every checkbox empty), in a font the PDF embeds, still PDF/UA. */
class CheckBoxesPrintTest {

    @Test
    void aTickedTaskPrintsATickedBox(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Tasks\n", "index.md", "# Home\n\nWelcome.\n",
                "tasks.md", "---\nkind: chapter\n---\n# Tasks\n\n- [x] Put your phone away\n- [ ] Book the room\n\n<input type=\"checkbox\" checked> Raw and ticked\n"));
        BuildResult result = new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP),
                BuildLog.SILENT).run();
        Path pdf = result.output().resolve("downloads/tasks.pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", "");
        }
        assertTrue(text.contains("☑Putyourphoneaway") && text.contains("☐Booktheroom") && text.contains("☑Rawandticked"), text);
        assertTrue(new GlyphCoverage().covers(CheckBoxes.TICKED.codePointAt(0)) && new GlyphCoverage().covers(CheckBoxes.UNTICKED.codePointAt(0)));
        assertTrue(result.findings().stream().noneMatch(f -> f.code().startsWith("pdf.")), result.findings().toString());
        VeraPdf.assertPdfUaAndPdfA(pdf);
    }
}
