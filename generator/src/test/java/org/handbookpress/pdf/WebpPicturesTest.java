package org.handbookpress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WebP pictures, as web pages are saved more and more (WordPress, Squarespace, phones' editors): the PDF engine cannot
 * read them, and the PDFs left them out with an image.not-printable warning for each; they are printed from a PNG the
 * build makes of them, lossy (VP8) and lossless (VP8L) alike, at their own size. The fixtures were made from the slide
 * tests' circle.png with cwebp.
 */
class WebpPicturesTest {

    @Test
    void webpPicturesArePrintedInTheChapterAndThePack(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Garden Club\npacks:\n  - id: club-pack\n    title: Club pack\n    include: [beds.md]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "beds.md", "---\ntitle: Raised beds\nkind: chapter\n---\n\nThe bed plan:\n\n![A round bed](pictures/round.webp)\n\n"
                        + "The same, saved without loss:\n\n![A round bed again](pictures/round-exact.webp)\n"));
        Files.createDirectories(content.resolve("pictures"));
        Files.copy(Path.of("src/test/resources/pictures/circle-lossy.webp"), content.resolve("pictures/round.webp"));
        Files.copy(Path.of("src/test/resources/pictures/circle-lossless.webp"), content.resolve("pictures/round-exact.webp"));

        BuildResult result = TestHandbooks.build(content, dir.resolve("site"));

        assertEquals(List.of(), result.findings().stream().filter(f -> f.code().startsWith("image.") || f.code().startsWith("pdf."))
                .map(f -> f.code() + " " + f.file() + ":" + f.line() + " " + f.message()).toList());
        for (String pdf : List.of("downloads/beds.pdf", "downloads/club-pack.pdf")) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve("site").resolve(pdf).toFile())) {
                assertEquals(List.of("320×180", "320×180"), pictures(doc), pdf + ": both pictures, at their own size");
            }
        }
        assertTrue(Files.exists(dir.resolve("site/pictures/round.webp")), "the site shows the WebP file itself");
    }

    private static List<String> pictures(PDDocument doc) throws java.io.IOException {
        List<String> sizes = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    sizes.add(image.getWidth() + "×" + image.getHeight());
                }
            }
        }
        return sizes;
    }
}
