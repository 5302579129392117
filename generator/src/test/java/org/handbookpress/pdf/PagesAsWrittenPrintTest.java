package org.handbookpress.pdf;

import org.handbookpress.testing.VeraPdf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page as people write them, a heading level skipped and a picture with no alt text (each a warning on the website),
 * still prints a PDF/UA-1 and PDF/A-3u document: whole real folders' packs failed veraPDF's 7.4.2-1 (Kubernetes'
 * community, 13 times) and 7.3-1 (MkDocs Material's docs, 6).
 */
class PagesAsWrittenPrintTest {

    @Test
    void skippedHeadingsAndUnnamedPicturesStillPrintAnAccessiblePdf(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Notes\npacks:\n  - id: pack\n    title: Pack\n    include: [notes.md]\n", "index.md", "# Home\n\nWelcome.\n",
                "notes.md", "# Meeting notes\n\n#### Actions\n\n- Book the hall.\n\n![](rota.png)\n\n## Next time\n\nTea.\n"));
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", content.resolve("rota.png").toFile());
        new HandbookBuild(BuildOptions.of(content, dir.resolve("site")).withTimestamp(TestHandbooks.TIMESTAMP), BuildLog.SILENT).run();
        VeraPdf.assertPdfUaAndPdfA(dir.resolve("site/downloads/pack.pdf"));
    }
}
