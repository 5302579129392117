package org.handbookpress.epub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drawing that loads a font from another website is in the book as the site serves it, cleaned: the book held the
 * file as it was, so an e-reader would ask Google for the font, and epubcheck rejected it (RSC-006).
 */
class EpubDrawingsTest {

    @Test
    void theBookHoldsTheCleanedDrawing(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" role="img" aria-label="Our week">
                  <style>
                    @import url(https://fonts.googleapis.com/css2?family=Nunito);
                    text { font-family: Nunito, sans-serif; }
                  </style>
                  <text x="5" y="30">Our week</text>
                </svg>
                """;
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of(
                "handbook.yml", "title: Probe\nlanguage: en-GB\npacks:\n  - id: book\n    title: Book\n    include: [week.md]\n    editions: [epub]\n",
                "index.md", "# Home\n\nWelcome.\n", "week.md", "# Week\n\n![Our week](week.svg)\n", "week.svg", svg));
        Path out = TestHandbooks.build(content, dir.resolve("site")).output();
        Path book = out.resolve("downloads/book.epub");
        EpubEditionTest.assertValid(book);
        try (ZipFile zip = new ZipFile(book.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".svg")).findFirst().orElseThrow();
            String inBook = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(inBook.contains("googleapis"), inBook);
            assertTrue(inBook.contains("Our week"), inBook);
        }
    }
}
