package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WebP picture in a pack's e-book: EPUB 3.3 counts WebP among the formats every reading system shows, so the book
 * holds the file as it is (the PDFs print a PNG made of it), and epubcheck passes the book. Its alt text, or its lack.
 */
class EpubWebpPictureTest {

    /**
     * A picture written in HTML without alt text, which the site gives an empty one (HtmlSanitiser), is still no described
     * picture: the book's accessibility metadata must not claim alternative text for every picture.
     */
    @Test
    void aPictureInHtmlWithoutAltTextIsNotCountedAsDescribed(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Garden Club\nlanguage: en-GB\npacks:\n  - id: book\n    title: Book\n    include: [beds.md]\n"
                        + "    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "beds.md", "# Raised beds\n\nThe bed plan:\n\n<img src=\"round.webp\">\n"));
        Files.copy(Path.of("src/test/resources/pictures/circle-lossy.webp"), content.resolve("round.webp"));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        EpubEditionTest.assertValid(out.resolve("downloads/book.epub"));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("downloads/book.epub").toFile())) {
            String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/package.opf")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertFalse(opf.contains(">alternativeText<"), opf);
        }
    }

    @Test
    void aBookWithAWebpPicturePassesEpubcheck(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Garden Club\nlanguage: en-GB\npacks:\n  - id: book\n    title: Book\n    include: [beds.md]\n"
                        + "    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n",
                "beds.md", "# Raised beds\n\nThe bed plan:\n\n![A round bed](round.webp)\n"));
        Files.copy(Path.of("src/test/resources/pictures/circle-lossy.webp"), content.resolve("round.webp"));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        EpubEditionTest.assertValid(out.resolve("downloads/book.epub"));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("downloads/book.epub").toFile())) {
            assertNotNull(zip.stream().filter(e -> e.getName().endsWith(".webp")).findFirst().orElse(null), "the picture is in the book");
        }
    }
}
